#include "JournalSearch.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace omnitill {

namespace {
QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

JournalSearch::JournalSearch(const Database &database)
    : m_database(database)
{
}

Result<QList<JournalHit>> JournalSearch::find(const JournalQuery &query) const
{
    QStringList where;
    QVariantList values;
    const auto require = [&](const QString &condition, const QVariant &value) {
        where.append(condition);
        values.append(value);
    };
    if (query.receipt)
        require(QStringLiteral("i.sequence = ?"), *query.receipt);
    if (query.beforeSequence > 0)
        require(QStringLiteral("i.sequence < ?"), query.beforeSequence);
    if (query.from.isValid())
        require(QStringLiteral("i.completed_at >= ?"), utc(query.from));
    if (query.until.isValid())
        require(QStringLiteral("i.completed_at < ?"), utc(query.until));
    if (query.minimumTotal && query.maximumTotal && *query.minimumTotal == *query.maximumTotal) {
        // One amount: an equality, so the total index hands the matches over in receipt order.
        require(QStringLiteral("i.total_minor = ?"), *query.minimumTotal);
    } else {
        if (query.minimumTotal)
            require(QStringLiteral("i.total_minor >= ?"), *query.minimumTotal);
        if (query.maximumTotal)
            require(QStringLiteral("i.total_minor <= ?"), *query.maximumTotal);
    }
    if (!query.customerId.isEmpty())
        require(QStringLiteral("i.customer_id = ?"), query.customerId);
    if (!query.staff.isEmpty())
        require(QStringLiteral("i.staff = ?"), query.staff);
    if (!query.sku.isEmpty())
        require(QStringLiteral("i.sequence IN (SELECT sequence FROM journal_items WHERE sku = ?)"), query.sku);

    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT i.sequence, j.sale_id, i.kind, i.completed_at, i.total_minor, i.customer_id, "
                               "i.staff FROM journal_index i JOIN journal j ON j.sequence = i.sequence %1 "
                               "ORDER BY i.sequence DESC LIMIT ?")
                    .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values))
        sql.addBindValue(value);
    sql.addBindValue(qBound(1, query.limit, 1000));
    if (!sql.exec())
        return Error{tr("The journal could not be searched: %1").arg(sql.lastError().text())};

    QList<JournalHit> hits;
    while (sql.next()) {
        hits.append(JournalHit{sql.value(0).toLongLong(), sql.value(1).toString(), sql.value(2).toString(),
                               QDateTime::fromString(sql.value(3).toString(), Qt::ISODateWithMs),
                               sql.value(4).toLongLong(), sql.value(5).toString(), sql.value(6).toString()});
    }
    return hits;
}

} // namespace omnitill
