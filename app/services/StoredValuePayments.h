#pragma once

#include "OfflineRedemptions.h"
#include "Result.h"
#include "SaleJournal.h"
#include "StoreSettings.h"
#include "StoredValue.h"
#include "StoredValueClient.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace omnitill {

class CheckoutService;
class Database;
class ReturnService;

// Paying with balances the central store holds: a gift card (typed, scanned or swiped number), the attached
// customer's store credit, the attached customer's points. The central store redeems first, keyed by the sale's
// UUID and a new tender UUID; only what it confirmed becomes a tender on the sale, whose reference names the
// redemption (StoredValueReference). A lost answer is asked again with the same UUIDs (StoredValueClient); if
// it stays lost, nothing is recorded and whatever the central store may have taken is given back at once; a
// till stopped in between gives it back after the restart (recover()).
//
// Money goes back to where it came from, by the redemption's UUID and a refund UUID derived from what caused
// it (so asking again credits once): the whole tender when its sale is voided, a return's (or an exchange's)
// share to the original tenders. A refund waits in the store settings (storedValue.pendingRefunds) from before
// it is sent until the central store has it: one it could not be reached for is asked again before the next
// payment (retryRefunds()) and after a restart (recover()), so a till stopped meanwhile gives nothing less back.
//
// Offline within the manager's caps (setOfflineCaps: store settings storedValue.offlineMaxPerTender and
// storedValue.offlineMaxPerDay, minor units; unset or 0: nothing is taken offline): when the central store cannot
// be reached at all, a gift card or store credit payment up to the caps is taken anyway, flagged offline on the
// tender, the journal and the receipt, and its redemption queued in the outbox (OfflineRedemptions) under the
// same tender UUID, so a redemption that did reach the central store counts once. sendOffline() sends the
// queue once each sale is journaled; beyond the caps the payment is refused with the reason. A refund of a
// redemption still queued waits until it is sent. Points are taken offline the same way within their own caps
// and the customer's cached balance (OfflinePointsPolicy); when the central store then finds the balance short
// (the points were spent elsewhere meanwhile), it takes what is left and the record is kept as a conflict with
// the shortfall in words, for the manager on the sync page.
//
// Points pay at minorPerPoint minor units each: the store setting loyalty.minorPerPoint, 1 when unset (one
// point pays one won, one cent).
class StoredValuePayments : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;

    StoredValuePayments(CheckoutService &checkout, ReturnService &returns, StoredValueClient &client,
                        const Database &database, QObject *parent = nullptr);

    struct OfflineCaps
    {
        qint64 perTender = 0;
        qint64 perDay = 0; // per store-local day
    };
    void setOfflineCaps(OfflineCaps caps) { m_offlineCaps = caps; }
    void setMinorPerPoint(qint64 minorPerPoint) { m_minorPerPoint = std::max<qint64>(1, minorPerPoint); }
    qint64 minorPerPoint() const { return m_minorPerPoint; }
    // What a balance in the method's units pays, in minor units.
    qint64 moneyFor(TenderMethod method, qint64 balance) const;
    // What the sale on screen still owes (what a stored value tender may pay at most).
    qint64 amountDue() const;

    // The balance of a gift card (cardNumber), or the attached customer's store credit or points.
    void balance(TenderMethod method, const QString &cardNumber, StoredValueClient::BalanceDone done);
    // Pays amountMinor of the sale on screen; done says whether the tender is on the sale, or why not.
    void pay(TenderMethod method, const QString &cardNumber, qint64 amountMinor, Done done);
    // The customer's points balance as the central store last answered it here (a lookup, a redemption).
    std::optional<qint64> knownPoints(const QString &customerId) const;
    bool busy() const { return m_busy; }
    int pendingRefunds() const { return int(m_pending.size()); }
    void retryRefunds();
    // Sends the offline redemptions whose sales are journaled with them, drops those whose sales were voided
    // or completed without them; the rest wait. Call whenever the central store may be reachable again.
    void sendOffline();
    // After a restart (CheckoutService::restore() first): a redemption asked for before the till stopped that
    // did not become a tender of its sale is given back. Each redemption is noted in the store settings
    // (storedValue.pendingRedemptions) before it is asked for, and forgotten once recorded or given back. The
    // refunds that were waiting are sent again.
    void recover();

Q_SIGNALS:
    void busyChanged();
    // A refund to a balance reached the central store, or could not (it waits, see retryRefunds()).
    void refunded(TenderMethod method, qint64 amountMinor);
    void refundFailed(const QString &reason);

private:
    struct PendingRefund
    {
        TenderMethod method;
        QUuid redemption;
        QUuid refund;
        qint64 amount; // in the redemption's units
        qint64 amountMinor;
    };

    Result<StoredValueRedemption> redemptionFor(TenderMethod method, const QString &cardNumber,
                                                qint64 amountMinor) const;
    void setBusy(bool busy);
    // The central store could not be reached for this redemption: taken offline within the caps, or refused.
    void takeOffline(const StoredValueRedemption &asked, qint64 amountMinor, const QString &unreachable, Done done);
    [[nodiscard]] Result<void> withinOfflineCaps(qint64 amountMinor) const;
    [[nodiscard]] bool queuedOffline(const QUuid &redemption) const;
    // What the manager reads of an offline points redemption the central store found the balance short for.
    [[nodiscard]] QString pointsShort(const QJsonObject &payload, qint64 shortBy) const;
    // Whether the journaled sale has the offline tender (its reference ends with the tender's UUID).
    [[nodiscard]] static bool hasTender(const QJsonObject &record, const QString &tender);
    // Gives back what a journaled record moved off stored value tenders: a voided sale's tenders, a return's
    // refunds, an exchange's refunds.
    void giveBack(const QJsonObject &record);
    void giveBackEach(const QJsonArray &moves, const QString &cause);
    void send(const PendingRefund &refund);
    // The refunds not yet confirmed, kept across restarts (the refund UUID makes a resend credit once).
    void keepWaiting(const PendingRefund &refund);
    void stopWaiting(const QUuid &refund);
    void saveWaiting();
    void loadWaiting();
    // The redemptions asked for and not yet recorded or given back, kept across restarts.
    QJsonArray unsettled() const;
    void note(const StoredValueRedemption &redemption, qint64 amountMinor);
    void settle(const QUuid &tender);

    CheckoutService &m_checkout;
    StoredValueClient &m_client;
    SaleJournal m_journal;
    const Database &m_database;
    StoreSettings m_settings;
    OfflineRedemptions m_offline;
    OfflineCaps m_offlineCaps;
    bool m_sendingOffline = false;
    qint64 m_minorPerPoint = 1;
    bool m_busy = false;
    QList<PendingRefund> m_pending; // as saved; m_sending: those whose answer is awaited
    QSet<QUuid> m_sending;
    QHash<QString, qint64> m_knownPoints;
};

} // namespace omnitill
