#include "CustomerCache.h"

#include "Database.h"
#include "StoreQuery.h"
#include "Transaction.h"

#include <QJsonObject>

namespace omnitill {

const QString CustomerCache::sizeKey = QStringLiteral("sync.customerCacheSize");

CustomerCache::CustomerCache(const Database &database)
    : m_database(database)
{
}

Result<void> CustomerCache::put(const QJsonArray &customers, const QDateTime &at, int size)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    for (const QJsonValue &value : customers) {
        const QJsonObject customer = value.toObject();
        const auto text = [&](const char *key) { return customer.value(QLatin1String(key)).toString(); };
        if (text("id").isEmpty())
            continue;
        auto written = runQuery(
            m_database,
            QStringLiteral("INSERT OR REPLACE INTO customer_cache (customer_id, loyalty_number, phone, name, tier, "
                           "points, points_as_of, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {text("id"), text("loyaltyNumber"), text("phone"), text("name"), text("tier"),
             customer.value(QLatin1String("points")).toInteger(), when, when});
        if (!written)
            return Error{written.error()};
    }
    auto trimmed = runQuery(m_database,
                            QStringLiteral("DELETE FROM customer_cache WHERE customer_id NOT IN (SELECT "
                                           "customer_id FROM customer_cache ORDER BY seen_at DESC LIMIT ?)"),
                            {std::max(0, size)});
    if (!trimmed)
        return Error{trimmed.error()};
    return transaction.commit();
}

Result<std::optional<CachedCustomer>> CustomerCache::byId(const QString &id) const
{
    return findBy("customer_id", id);
}

Result<std::optional<CachedCustomer>> CustomerCache::byLoyaltyNumber(const QString &number) const
{
    return findBy("loyalty_number", number);
}

Result<std::optional<CachedCustomer>> CustomerCache::byPhone(const QString &digits) const
{
    return findBy("phone", digits);
}

Result<qint64> CustomerCache::count() const
{
    auto row = runQuery(m_database, QStringLiteral("SELECT COUNT(*) FROM customer_cache"));
    if (!row)
        return Error{row.error()};
    row->next();
    return row->value(0).toLongLong();
}

Result<std::optional<CachedCustomer>> CustomerCache::findBy(const char *column, const QString &value) const
{
    // column is one of three literals above, never input.
    auto row = runQuery(m_database,
                        QStringLiteral("SELECT customer_id, loyalty_number, name, tier, points, points_as_of "
                                       "FROM customer_cache WHERE %1 = ? AND %1 <> ''")
                            .arg(QLatin1String(column)),
                        {value});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return std::optional<CachedCustomer>();
    return std::optional<CachedCustomer>(CachedCustomer{
        row->value(0).toString(), row->value(1).toString(), row->value(2).toString(), row->value(3).toString(),
        row->value(4).toLongLong(), QDateTime::fromString(row->value(5).toString(), Qt::ISODateWithMs)});
}

} // namespace omnitill
