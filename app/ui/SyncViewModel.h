#pragma once

#include "CouponDoubleUses.h"
#include "OutboxQueue.h"
#include "RowListModel.h"
#include "StoreProfile.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace omnitill {

class BackOfficeViewModel;
class CentralClient;
class Connectivity;
class Database;
class PullScheduler;

// The back office's Sync page (issue 11): what waits for the central store (how many of each kind, since when),
// the records it refused (quarantine) with its reasons, each sent again on a manager's word; the coupons used
// twice that the central store's reconciliation found, with this till's receipt (openable as printed,
// "image://receipt/<number>") and the other till's as the central store reported it; and the last successful
// pull of each kind, with the last failure's reason. The till's link state and the clocks' difference are
// Connectivity's (the Sync singleton); this reads the store and asks the central store for the double uses.
// Invariant: a record is sent again only while the back office is open (a manager or supervisor let someone in),
// and the release names the staff member signed in (OutboxQueue::release keeps it).
class SyncViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its sync page")
    Q_PROPERTY(QString waitingText READ waitingText NOTIFY changed)
    Q_PROPERTY(RowListModel *waitingKinds READ waitingKinds CONSTANT)
    Q_PROPERTY(RowListModel *quarantine READ quarantine CONSTANT)
    Q_PROPERTY(RowListModel *doubleUses READ doubleUses CONSTANT)
    Q_PROPERTY(RowListModel *pulls READ pulls CONSTANT)
    Q_PROPERTY(QString doubleUsesNote READ doubleUsesNote NOTIFY changed)
    Q_PROPERTY(qint64 openSequence READ openSequence NOTIFY openChanged)
    Q_PROPERTY(QString receiptSource READ receiptSource NOTIFY openChanged)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>;

    SyncViewModel(const Database &database, Connectivity &connectivity, CentralClient &client, PullScheduler &pulls,
                  BackOfficeViewModel &backOffice, StoreProfile profile, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Who is signed in (a staff number), named in every release.
    void setStaffSource(std::function<QString()> source) { m_staff = std::move(source); }

    QString waitingText() const { return m_waitingText; }
    RowListModel *waitingKinds() { return &m_waitingKinds; }
    RowListModel *quarantine() { return &m_quarantine; }
    RowListModel *doubleUses() { return &m_doubleUses; }
    RowListModel *pulls() { return &m_pulls; }
    QString doubleUsesNote() const { return m_doubleUsesNote; }
    qint64 openSequence() const { return m_openSequence; }
    QString receiptSource() const;
    QString message() const { return m_message; }

    // Reads the outbox and the pulls again, and asks the central store for the double uses.
    Q_INVOKABLE void refresh();
    // Sends a quarantined record (its outbox row) again: it waits in its place and goes with the next send.
    Q_INVOKABLE void retry(qint64 outboxId);
    Q_INVOKABLE void checkDoubleUses();
    // Shows one of this till's receipts as printed (0 closes it).
    Q_INVOKABLE void openReceipt(qint64 sequence);

Q_SIGNALS:
    void changed();
    void openChanged();
    // A record waits again: the senders should go (TillAssembly connects them).
    void recordReleased();

private:
    void readOutbox();
    void readPulls();
    void showDoubleUses(const QList<CouponDoubleUse> &found);
    [[nodiscard]] QVariantMap quarantineRow(const QuarantinedRecord &quarantined) const;
    [[nodiscard]] QString useWords(const CouponUseReceipt &use) const;
    [[nodiscard]] QString time(const QDateTime &at) const;
    [[nodiscard]] QString age(const QDateTime &since) const;
    [[nodiscard]] static QString kindWords(const QString &kind);
    [[nodiscard]] static QString pullWords(const QString &kind);
    [[nodiscard]] static QString wordsFor(const QHash<QString, const char *> &words, const QString &kind);
    void setMessage(const QString &message);

    const Database &m_database;
    OutboxQueue m_outbox;
    CouponDoubleUses m_doubleUseList;
    BackOfficeViewModel &m_backOffice;
    StoreProfile m_profile;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::function<QString()> m_staff;
    QString m_waitingText;
    RowListModel m_waitingKinds{{"kind", "count", "oldest"}};
    RowListModel m_quarantine{{"outboxId", "kind", "record", "receipt", "when", "status", "reason"}};
    RowListModel m_doubleUses{{"coupon", "thisReceipt", "thisUse", "otherUse", "reportedAt"}};
    RowListModel m_pulls{{"kind", "lastSuccess", "lastAttempt", "lastError"}};
    QString m_doubleUsesNote;
    bool m_fetching = false;
    qint64 m_openSequence = 0;
    QString m_message;
};

} // namespace omnitill
