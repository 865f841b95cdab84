#include "PickupCache.h"

#include "Database.h"
#include "StoreQuery.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

PickupCache::PickupCache(const Database &database)
    : m_database(database)
{
}

Result<void> PickupCache::replace(const QJsonArray &orders, const QDateTime &pulledAt)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    if (auto cleared = runQuery(m_database, QStringLiteral("DELETE FROM pickup_cache WHERE offline_pickups = 0"));
        !cleared)
        return Error{cleared.error()};
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        // OR IGNORE: an order whose offline pickup is not sent yet keeps the copy that counts it.
        auto inserted =
            runQuery(m_database,
                     QStringLiteral("INSERT OR IGNORE INTO pickup_cache (order_id, number, snapshot, "
                                    "pulled_at) VALUES (?, ?, ?, ?)"),
                     {order.value(QLatin1String("id")).toString(), order.value(QLatin1String("number")).toString(),
                      compact(order), pulledAt.toUTC().toString(Qt::ISODateWithMs)});
        if (!inserted)
            return Error{inserted.error()};
    }
    return transaction.commit();
}

Result<std::optional<CachedPickup>> PickupCache::find(const QString &reference) const
{
    auto row =
        runQuery(m_database,
                 QStringLiteral("SELECT snapshot, pulled_at, offline_pickups FROM pickup_cache WHERE order_id = ? OR "
                                "number = ? COLLATE NOCASE"),
                 {reference, reference});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return std::optional<CachedPickup>();
    return std::optional<CachedPickup>(CachedPickup{QJsonDocument::fromJson(row->value(0).toByteArray()).object(),
                                                    QDateTime::fromString(row->value(1).toString(), Qt::ISODateWithMs),
                                                    row->value(2).toInt()});
}

Result<void> PickupCache::handOverOffline(const QJsonObject &pickup, const QJsonObject &orderAfter, const QDateTime &at)
{
    return changeOffline(outboxKind, pickup.value(QLatin1String("pickup")).toString(), pickup, orderAfter, at);
}

Result<void> PickupCache::takeBackOffline(const QJsonObject &takeBack, const QJsonObject &orderAfter,
                                          const QDateTime &at)
{
    return changeOffline(returnKind, takeBack.value(QLatin1String("return")).toString(), takeBack, orderAfter, at);
}

Result<qint64> PickupCache::offlineRefundsSince(const QDateTime &since) const
{
    auto sum = runQuery(m_database,
                        QStringLiteral("SELECT COALESCE(SUM(json_extract(payload, '$.refundMinor')), 0) FROM outbox "
                                       "WHERE kind = ? AND created_at >= ?"),
                        {QString(returnKind), since.toUTC().toString(Qt::ISODateWithMs)});
    if (!sum)
        return Error{sum.error()};
    return sum->next() ? sum->value(0).toLongLong() : 0;
}

Result<void> PickupCache::changeOffline(QLatin1StringView kind, const QString &recordId, const QJsonObject &body,
                                        const QJsonObject &orderAfter, const QDateTime &at)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    auto queued = runQuery(
        m_database, QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"),
        {recordId, QString(kind), compact(body), at.toUTC().toString(Qt::ISODateWithMs)});
    if (!queued)
        return Error{queued.error()};
    auto counted = runQuery(m_database,
                            QStringLiteral("UPDATE pickup_cache SET snapshot = ?, offline_pickups = "
                                           "offline_pickups + 1 WHERE order_id = ?"),
                            {compact(orderAfter), orderAfter.value(QLatin1String("id")).toString()});
    if (!counted)
        return Error{counted.error()};
    return transaction.commit();
}

Result<void> PickupCache::settle(const QString &orderId)
{
    auto settled = runQuery(m_database,
                            QStringLiteral("UPDATE pickup_cache SET offline_pickups = offline_pickups - 1 "
                                           "WHERE order_id = ? AND offline_pickups > 0"),
                            {orderId});
    return settled ? Result<void>() : Result<void>(Error{settled.error()});
}

} // namespace omnitill
