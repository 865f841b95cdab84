#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace omnitill {

class Database;

// An online order as the pickup cache holds it: the central store's JSON (GET /v1/pickups) and when it was
// pulled, with what was handed over here offline already counted as delivered.
struct CachedPickup
{
    QJsonObject order;
    QDateTime pulledAt;
    int offlinePickups = 0; // handed over or taken back here offline and not yet taken by the central store
};

// The online orders ready for pickup at this store, as last pulled (table pickup_cache, migration 0016), so
// that the till can find and hand them over with the central store out of reach. A pickup made from the
// cache is written in one transaction with its outbox record (kind "pickup", the body of POST /v1/pickups),
// and the order's cached copy keeps it counted as delivered until the central store has taken the pickup
// (settled): a pull in between does not make the order look ready again, so it is not handed over twice.
// A return of such an order taken back offline (kind "online_return", the body of POST /v1/returns with the
// refund in minor units) is kept the same way, its lines' "returned" counted, so it is not refunded twice.
class PickupCache
{
public:
    static constexpr QLatin1StringView outboxKind{"pickup"};
    static constexpr QLatin1StringView returnKind{"online_return"};

    explicit PickupCache(const Database &database);

    // Makes the cache the orders pulled, but for orders with a pickup still waiting to be sent.
    [[nodiscard]] Result<void> replace(const QJsonArray &orders, const QDateTime &pulledAt);
    // By the order's id or its number (any case).
    [[nodiscard]] Result<std::optional<CachedPickup>> find(const QString &reference) const;
    // The pickup (POST /v1/pickups' body, with "pickup" its UUID) queued for the central store, and the order
    // as it is after it (lines' "delivered" counted, "state" picked_up when nothing stays open).
    [[nodiscard]] Result<void> handOverOffline(const QJsonObject &pickup, const QJsonObject &orderAfter,
                                               const QDateTime &at);
    // The return (POST /v1/returns' body, with "return" its UUID and "refundMinor") queued, and the order as it
    // is after it (lines' "returned" counted).
    [[nodiscard]] Result<void> takeBackOffline(const QJsonObject &takeBack, const QJsonObject &orderAfter,
                                               const QDateTime &at);
    // What the returns taken back offline since then refunded, in minor units (sent or not).
    [[nodiscard]] Result<qint64> offlineRefundsSince(const QDateTime &since) const;
    // The central store took (or refused for good) a pickup of this order made from the cache.
    [[nodiscard]] Result<void> settle(const QString &orderId);

private:
    // The outbox record and the order's copy after it, in one transaction.
    [[nodiscard]] Result<void> changeOffline(QLatin1StringView kind, const QString &recordId, const QJsonObject &body,
                                             const QJsonObject &orderAfter, const QDateTime &at);

    const Database &m_database;
};

} // namespace omnitill
