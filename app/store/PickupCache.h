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
    int offlinePickups = 0; // handed over here offline and not yet taken by the central store
};

// The online orders ready for pickup at this store, as last pulled (table pickup_cache, migration 0016), so
// that the till can find and hand them over with the central store out of reach. A pickup made from the
// cache is written in one transaction with its outbox record (kind "pickup", the body of POST /v1/pickups),
// and the order's cached copy keeps it counted as delivered until the central store has taken the pickup
// (settled): a pull in between does not make the order look ready again, so it is not handed over twice.
class PickupCache
{
public:
    static constexpr QLatin1StringView outboxKind{"pickup"};

    explicit PickupCache(const Database &database);

    // Makes the cache the orders pulled, but for orders with a pickup still waiting to be sent.
    [[nodiscard]] Result<void> replace(const QJsonArray &orders, const QDateTime &pulledAt);
    // By the order's id or its number (any case).
    [[nodiscard]] Result<std::optional<CachedPickup>> find(const QString &reference) const;
    // The pickup (POST /v1/pickups' body, with "pickup" its UUID) queued for the central store, and the order
    // as it is after it (lines' "delivered" counted, "state" picked_up when nothing stays open).
    [[nodiscard]] Result<void> handOverOffline(const QJsonObject &pickup, const QJsonObject &orderAfter,
                                               const QDateTime &at);
    // The central store took (or refused for good) a pickup of this order made from the cache.
    [[nodiscard]] Result<void> settle(const QString &orderId);

private:
    const Database &m_database;
};

} // namespace omnitill
