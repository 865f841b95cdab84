#include "HandoverLog.h"

#include "StoreQuery.h"

namespace omnitill {

HandoverLog::HandoverLog(const Database &database)
    : m_database(database)
{
}

Result<void> HandoverLog::record(const QString &pickupId, const QString &orderNumber, qint64 units, bool offline,
                                 const QDateTime &at)
{
    auto inserted = runQuery(m_database,
                             QStringLiteral("INSERT OR IGNORE INTO handovers (pickup_id, order_no, units, offline, at) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {pickupId, orderNumber, units, offline ? 1 : 0, at.toUTC().toString(Qt::ISODateWithMs)});
    if (!inserted)
        return Error{tr("The hand-over of order %1 could not be recorded: %2").arg(orderNumber, inserted.error())};
    return {};
}

Result<HandoverLog::Totals> HandoverLog::between(const QDateTime &from, const QDateTime &until) const
{
    auto query = runQuery(
        m_database, QStringLiteral("SELECT count(*), coalesce(sum(units), 0) FROM handovers WHERE at >= ? AND at < ?"),
        {from.toUTC().toString(Qt::ISODateWithMs), until.toUTC().toString(Qt::ISODateWithMs)});
    if (!query)
        return Error{query.error()};
    query->next();
    return Totals{query->value(0).toLongLong(), query->value(1).toLongLong()};
}

} // namespace omnitill
