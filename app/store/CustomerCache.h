#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <optional>

namespace omnitill {

class Database;

// A customer as the till last heard of them from the central store, for when it cannot be asked.
struct CachedCustomer
{
    QString id;
    QString loyaltyNumber;
    QString name;
    QString tier;
    qint64 points = 0;
    QDateTime pointsAsOf; // when the central store said so: shown as "as of"
};

// Recent and frequent customers (table customer_cache, migration 0016): the store's regulars as pulled
// (GET /v1/regular-customers) and every customer identified here while the central store answered, so that a
// loyalty or phone number still finds them offline. It never holds more than its size (the setting
// sync.customerCacheSize): the customers pulled or seen longest ago leave first.
class CustomerCache
{
public:
    static const QString sizeKey;
    static constexpr int defaultSize = 2000;

    explicit CustomerCache(const Database &database);

    // Customers as the central store describes them ({"id", "loyaltyNumber", "phone", "name", "tier",
    // "points"}), their points as of `at`; then trims the cache to size. One transaction.
    [[nodiscard]] Result<void> put(const QJsonArray &customers, const QDateTime &at, int size);
    [[nodiscard]] Result<std::optional<CachedCustomer>> byId(const QString &id) const;
    [[nodiscard]] Result<std::optional<CachedCustomer>> byLoyaltyNumber(const QString &number) const;
    // Digits only, as the central store keeps phones.
    [[nodiscard]] Result<std::optional<CachedCustomer>> byPhone(const QString &digits) const;
    [[nodiscard]] Result<qint64> count() const;

private:
    [[nodiscard]] Result<std::optional<CachedCustomer>> findBy(const char *column, const QString &value) const;

    const Database &m_database;
};

} // namespace omnitill
