#include "ReturnHistory.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

ReturnHistory::ReturnHistory(const Database &database)
    : m_database(database)
{
}

Result<QList<QJsonObject>> ReturnHistory::returnsOf(const QString &saleId) const
{
    // Spelled as the journal_original_sale index is, so this reads only the sale's returns.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT record FROM journal WHERE json_extract(record, '$.originalSale') = ? "
                                 "AND json_extract(record, '$.originalSale') IS NOT NULL ORDER BY sequence"));
    query.addBindValue(saleId);
    if (!query.exec())
        return Error{tr("The earlier returns could not be read: %1").arg(query.lastError().text())};
    QList<QJsonObject> records;
    while (query.next())
        records.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    return records;
}

Result<std::optional<qint64>> ReturnHistory::lowestUnitPaid(const QString &sku, const QDateTime &since) const
{
    // Completed sales only (no "kind": returns are not sales), their lines' paid amount per unit; the
    // division rounds down, in the customer's disfavour by less than one minor unit.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT MIN(json_extract(line.value, '$.paid') * 1000 / json_extract(line.value, '$.quantity')) "
        "FROM journal, json_each(journal.record, '$.lines') AS line "
        "WHERE journal.completed_at >= ? AND json_extract(journal.record, '$.kind') IS NULL "
        "AND json_extract(journal.record, '$.status') = 'completed' "
        "AND json_extract(line.value, '$.product.sku') = ? AND json_extract(line.value, '$.quantity') > 0"));
    query.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(sku);
    if (!query.exec() || !query.next())
        return Error{tr("The recent prices could not be read: %1").arg(query.lastError().text())};
    if (query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<qint64> ReturnHistory::creditUsed(const QString &reference) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(json_extract(tender.value, '$.amount')), 0) "
                                 "FROM journal, json_each(journal.record, '$.tenders') AS tender "
                                 "WHERE json_extract(journal.record, '$.status') = 'completed' "
                                 "AND json_extract(tender.value, '$.reference') = ?"));
    query.addBindValue(reference);
    if (!query.exec() || !query.next())
        return Error{tr("The store credit could not be read: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

} // namespace omnitill
