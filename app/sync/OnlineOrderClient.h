#pragma once

#include "OrderSnapshot.h"
#include "Result.h"

#include <QMap>
#include <QObject>
#include <QUuid>
#include <functional>

namespace omnitill {

class CentralClient;
class PickupCache;
class SigningKeys;
struct CentralReply;

// A pickup as the till asks for it: per line number what the customer takes now (of what is still open).
// leaveOpen: what is not taken waits for a later visit instead of going back to stock.
struct PickupDraft
{
    QUuid pickupId; // the idempotency key: a resend after a lost answer gets the same answer
    OrderSnapshot order;
    QMap<int, qint64> quantities;
    bool leaveOpen = false;
    QUuid saleId; // the till's sale that collected the balance of an order paid in store
};

struct ReturnDraft
{
    QUuid returnId;
    OrderSnapshot order;
    QMap<int, qint64> quantities; // each above zero
    QString refundMethod;         // original_payment, store_credit or cash
};

// The till's side of the central store's online orders (GET /v1/orders/{reference}, GET and POST
// /v1/pickups, POST /v1/returns). A scanned order code ("OMO1:…") is verified here first with the held
// signing keys, so a forged or expired code is refused before anything is asked. The central store decides
// every handover; its refusals come back in the cashier's words (expired, already collected, cancelled,
// another store's, more than can come back).
//
// Offline, with a PickupCache, an order ready here is found in the cache (OrderSnapshot::cachedAt says so) and
// handed over from it: the pickup waits in the outbox (PickupSender sends it) and the answer is the till's own,
// marked "offline". Items of such an order (the customer's signed order code verified here, or its number) are
// taken back offline the same way from the cached copy's prices and returnable counts, within the manager's caps
// (setOfflineReturnCaps: refund per return and per store-local day; 0: none), refunded only in cash or as
// store credit (credited by the central store when the return reaches it): a refund to the original online
// payment needs the central store, and says so with what can be done instead.
class OnlineOrderClient : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using FoundOrder = std::function<void(Result<OrderSnapshot>)>;
    using FoundOrders = std::function<void(Result<QList<OrderSnapshot>>)>;
    using Answered = std::function<void(Result<QJsonObject>)>;

    // What online-order returns may refund while the central store is out of reach, in minor units.
    struct OfflineReturnCaps
    {
        qint64 perReturn = 0;
        qint64 perDay = 0; // per store-local day
    };

    OnlineOrderClient(CentralClient &client, const SigningKeys &keys, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The orders ready here as last pulled, for finding and handing them over offline.
    void setPickupCache(PickupCache *cache) { m_cache = cache; }
    void setOfflineReturnCaps(OfflineReturnCaps caps) { m_returnCaps = caps; }

    // By the customer's order code, or the order number typed.
    void find(const QString &scannedOrTyped, FoundOrder done);
    // The orders waiting for pickup at this till's store, oldest first.
    void readyHere(FoundOrders done);
    void pickUp(const PickupDraft &draft, Answered done);
    void takeBack(const ReturnDraft &draft, Answered done);

    // Why this till cannot hand the order over now, in the cashier's words; nullopt when it can.
    [[nodiscard]] static std::optional<QString> pickupRefusal(const OrderSnapshot &order, const QString &storeId);

private:
    void fetch(const QString &reference, const QString &token, FoundOrder done);
    // The order named the way the central store accepts it: the scanned code when there is one.
    static QJsonObject orderReference(const OrderSnapshot &order);
    static QString refusal(const CentralReply &reply, const OrderSnapshot &order);
    // Without the central store nothing about an online order can be decided here (the order code carries no
    // lines or prices): what the cashier can do instead.
    static QString outOfReach(const QString &order);
    // Whether a pickup or return of the order made here offline has not reached the central store yet.
    [[nodiscard]] bool changedOffline(const QString &orderId) const;
    // Posts a handover (the answer, or the refusal in the cashier's words), or makes it from the pickup cache
    // (offline) when the order was found there or the post got no answer.
    void postOrKeep(const QString &path, const QJsonObject &body, const OrderSnapshot &order,
                    std::function<Result<QJsonObject>()> offline, Answered done);
    // The order's cached copy, or notCached when the cache does not hold it.
    [[nodiscard]] Result<QJsonObject> cachedCopy(const QString &orderId, const QString &notCached) const;
    // The order from the pickup cache when the central store did not answer, or why it cannot be had.
    void fromCache(const QString &reference, const QString &token, const QString &unreachable, FoundOrder done);
    // Queues the pickup for the central store and answers as it would, marked offline.
    [[nodiscard]] Result<QJsonObject> handOverOffline(const PickupDraft &draft, const QJsonObject &body);
    // Queues the return for the central store and answers as it would, marked offline, or says why not.
    [[nodiscard]] Result<QJsonObject> takeBackOffline(const ReturnDraft &draft, const QJsonObject &body);
    [[nodiscard]] Result<void> withinReturnCaps(const OrderSnapshot &order, qint64 refundMinor) const;

    CentralClient &m_client;
    const SigningKeys &m_keys;
    PickupCache *m_cache = nullptr;
    OfflineReturnCaps m_returnCaps;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace omnitill
