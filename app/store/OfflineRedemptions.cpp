#include "OfflineRedemptions.h"

#include "Database.h"
#include "SaleEvent.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

OfflineRedemptions::OfflineRedemptions(const Database &database)
    : m_database(database)
{
}

Result<void> OfflineRedemptions::queue(const QString &tender, const QJsonObject &payload)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(tender);
    insert.addBindValue(QString(kind));
    insert.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    insert.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    if (!insert.exec())
        return Error{tr("The offline redemption could not be saved: %1").arg(insert.lastError().text())};
    return {};
}

Result<QList<OutboxRecord>> OfflineRedemptions::waiting() const
{
    return OutboxQueue(m_database).waiting({QString(kind)}, 100);
}

Result<void> OfflineRedemptions::settle(const OutboxRecord &record, const OutboxOutcome::Status status,
                                        const QString &detail)
{
    return OutboxQueue(m_database).record({{record.id, status, detail}}, QDateTime::currentDateTimeUtc());
}

Result<void> OfflineRedemptions::drop(const OutboxRecord &record)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND kind = ?"));
    remove.addBindValue(record.id);
    remove.addBindValue(QString(kind));
    if (!remove.exec())
        return Error{tr("The offline redemption could not be dropped: %1").arg(remove.lastError().text())};
    return {};
}

Result<qint64> OfflineRedemptions::totalSince(const QDateTime &since, Of of, const QString &holder,
                                              const QString &sale) const
{
    QSqlQuery query(m_database.connection());
    const QString points = of == Of::Points ? QStringLiteral("=") : QStringLiteral("<>");
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(json_extract(payload, '$.amountMinor')), 0) FROM outbox "
                                 "WHERE kind = ? AND created_at >= ? AND json_extract(payload, '$.method') %1 ? "
                                 "AND (COALESCE(?, '') = '' OR json_extract(payload, '$.holder') = ?) "
                                 "AND (COALESCE(?, '') = '' OR json_extract(payload, '$.sale') = ?)")
                      .arg(points));
    query.addBindValue(QString(kind));
    query.addBindValue(timestamp(since));
    query.addBindValue(tenderMethodCode(TenderMethod::Points));
    for (const QString &narrowedBy : {holder, sale}) {
        query.addBindValue(narrowedBy);
        query.addBindValue(narrowedBy);
    }
    if (!query.exec() || !query.next())
        return Error{tr("The offline redemptions cannot be read: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

} // namespace omnitill
