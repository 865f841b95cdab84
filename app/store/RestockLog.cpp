#include "RestockLog.h"

#include "Database.h"
#include "StoreQuery.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

RestockLog::RestockLog(const Database &database)
    : m_database(database)
{
}

Result<void> RestockLog::recordOnlineReturn(const QString &returnId, const QString &orderNumber,
                                            const QList<Line> &lines, const QDateTime &at)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO restocks (source, reference, order_no, line_no, sku, "
                                  "quantity, at) VALUES ('online_return', ?, ?, ?, ?, ?, ?)"));
    for (const Line &line : lines) {
        for (const QVariant &value :
             {QVariant(returnId), QVariant(orderNumber), QVariant(line.lineNo), QVariant(line.sku),
              QVariant(line.quantity), QVariant(at.toUTC().toString(Qt::ISODateWithMs))}) {
            insert.addBindValue(value);
        }
        if (!insert.exec())
            return Error{tr("The restock of %1 could not be recorded: %2").arg(line.sku, insert.lastError().text())};
    }
    return transaction.commit();
}

Result<qint64> RestockLog::unitsBack(const QString &sku) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM restocks WHERE sku = ?"));
    query.addBindValue(sku);
    if (!query.exec() || !query.next())
        return Error{tr("The restocks could not be read: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

Result<RestockLog::Totals> RestockLog::between(const QDateTime &from, const QDateTime &until) const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT count(DISTINCT reference), coalesce(sum(quantity), 0) FROM restocks "
                                         "WHERE source = 'online_return' AND at >= ? AND at < ?"),
                          {from.toUTC().toString(Qt::ISODateWithMs), until.toUTC().toString(Qt::ISODateWithMs)});
    if (!query)
        return Error{tr("The restocks could not be read: %1").arg(query.error())};
    query->next();
    return Totals{query->value(0).toLongLong(), query->value(1).toLongLong()};
}

} // namespace omnitill
