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
    QString refundMethod;         // original_payment or store_credit
};

// The till's side of the central store's online orders (GET /v1/orders/{reference}, GET and POST
// /v1/pickups, POST /v1/returns). A scanned order code ("OMO1:…") is verified here first with the held
// signing keys, so a forged or expired code is refused before anything is asked. The central store decides
// every handover; its refusals come back in the cashier's words (expired, already collected, cancelled,
// another store's, more than can come back).
//
// Offline, with a PickupCache, an order ready here is found in the cache (OrderSnapshot::cachedAt says so) and
// handed over from it: the pickup waits in the outbox (PickupSender sends it) and the answer is the till's own,
// marked "offline". Returns need the central store, and say so.
class OnlineOrderClient : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using FoundOrder = std::function<void(Result<OrderSnapshot>)>;
    using FoundOrders = std::function<void(Result<QList<OrderSnapshot>>)>;
    using Answered = std::function<void(Result<QJsonObject>)>;

    OnlineOrderClient(CentralClient &client, const SigningKeys &keys, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The orders ready here as last pulled, for finding and handing them over offline.
    void setPickupCache(PickupCache *cache) { m_cache = cache; }

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
    // A handover's POST: the answer, or the refusal in the cashier's words.
    void post(const QString &path, const QJsonObject &body, const OrderSnapshot &order, Answered done);
    // The order from the pickup cache when the central store did not answer, or why it cannot be had.
    void fromCache(const QString &reference, const QString &token, const QString &unreachable, FoundOrder done);
    // Queues the pickup for the central store and answers as it would, marked offline.
    [[nodiscard]] Result<QJsonObject> handOverOffline(const PickupDraft &draft, const QJsonObject &body);

    CentralClient &m_client;
    const SigningKeys &m_keys;
    PickupCache *m_cache = nullptr;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace omnitill
