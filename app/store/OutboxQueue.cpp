#include "OutboxQueue.h"

#include "Database.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {

const auto waitingCondition = QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox_sent s WHERE s.outbox_id = outbox.id) "
                                             "AND NOT EXISTS (SELECT 1 FROM outbox_quarantine q "
                                             "WHERE q.outbox_id = outbox.id)");

// "kind IN (?, ?)" for the kinds, bound in order; never true for no kinds.
QString kindIn(const QStringList &kinds)
{
    if (kinds.isEmpty())
        return QStringLiteral("0");
    QStringList marks;
    marks.fill(QStringLiteral("?"), kinds.size());
    return QStringLiteral("kind IN (%1)").arg(marks.join(QLatin1String(", ")));
}

OutboxRecord recordFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            QJsonDocument::fromJson(query.value(3).toByteArray()).object(),
            QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs)};
}

} // namespace

OutboxQueue::OutboxQueue(const Database &database)
    : m_database(database)
{
}

Result<void> OutboxQueue::enqueue(const QString &recordId, const QString &kind, const QJsonObject &payload,
                                  const QDateTime &at)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO outbox (record_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(recordId);
    insert.addBindValue(kind);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    insert.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return Error{tr("Outbox record %1 could not be written: %2").arg(recordId, insert.lastError().text())};
    return {};
}

Result<QList<OutboxRecord>> OutboxQueue::waiting(const QStringList &kinds, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, record_id, kind, payload, created_at FROM outbox WHERE %1 AND %2 "
                                 "ORDER BY id LIMIT ?")
                      .arg(waitingCondition, kindIn(kinds)));
    for (const QString &kind : kinds)
        query.addBindValue(kind);
    query.addBindValue(limit);
    if (!query.exec())
        return Error{tr("The outbox could not be read: %1").arg(query.lastError().text())};
    QList<OutboxRecord> records;
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

Result<void> OutboxQueue::record(const QList<OutboxOutcome> &outcomes, const QDateTime &at)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    QSqlQuery sent(m_database.connection());
    sent.prepare(QStringLiteral("INSERT INTO outbox_sent (outbox_id, sent_at, result) VALUES (?, ?, ?)"));
    QSqlQuery quarantine(m_database.connection());
    quarantine.prepare(QStringLiteral(
        "INSERT INTO outbox_quarantine (outbox_id, status, reason, quarantined_at) VALUES (?, ?, ?, ?)"));
    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    for (const OutboxOutcome &outcome : outcomes) {
        QSqlQuery &insert = outcome.status == OutboxOutcome::Status::Sent ? sent : quarantine;
        insert.addBindValue(outcome.id);
        if (outcome.status == OutboxOutcome::Status::Sent) {
            insert.addBindValue(time);
            insert.addBindValue(outcome.detail);
        } else {
            insert.addBindValue(outcome.status == OutboxOutcome::Status::Rejected ? QStringLiteral("rejected")
                                                                                  : QStringLiteral("conflict"));
            insert.addBindValue(outcome.detail);
            insert.addBindValue(time);
        }
        if (!insert.exec())
            return Error{tr("Outbox record %1 could not be marked: %2").arg(outcome.id).arg(insert.lastError().text())};
    }
    return transaction.commit();
}

Result<OutboxBacklog> OutboxQueue::backlog(const QStringList &sendableKinds) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(%2), 0), MIN(created_at), "
                                 "(SELECT COUNT(*) FROM outbox_quarantine) FROM outbox WHERE %1")
                      .arg(waitingCondition, kindIn(sendableKinds)));
    for (const QString &kind : sendableKinds)
        query.addBindValue(kind);
    if (!query.exec() || !query.next())
        return Error{tr("The outbox could not be read: %1").arg(query.lastError().text())};
    OutboxBacklog backlog;
    backlog.waiting = query.value(0).toLongLong();
    backlog.sendable = query.value(1).toLongLong();
    backlog.oldestWaiting = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    backlog.quarantined = query.value(3).toLongLong();
    return backlog;
}

Result<QList<QuarantinedRecord>> OutboxQueue::quarantined() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT o.id, o.record_id, o.kind, o.payload, o.created_at, q.status, q.reason, "
                                   "q.quarantined_at FROM outbox_quarantine q JOIN outbox o ON o.id = q.outbox_id "
                                   "ORDER BY o.id"))) {
        return Error{tr("The quarantined records could not be read: %1").arg(query.lastError().text())};
    }
    QList<QuarantinedRecord> records;
    while (query.next()) {
        records.append({recordFrom(query), query.value(5).toString(), query.value(6).toString(),
                        QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs)});
    }
    return records;
}

Result<QList<WaitingKind>> OutboxQueue::waitingByKind() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, COUNT(*), MIN(created_at) FROM outbox WHERE %1 GROUP BY kind "
                                   "ORDER BY kind")
                        .arg(waitingCondition))) {
        return Error{tr("The outbox could not be read: %1").arg(query.lastError().text())};
    }
    QList<WaitingKind> kinds;
    while (query.next()) {
        kinds.append({query.value(0).toString(), query.value(1).toLongLong(),
                      QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    return kinds;
}

Result<void> OutboxQueue::release(qint64 outboxId, const QString &staffId, const QDateTime &at)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    QSqlQuery keep(m_database.connection());
    keep.prepare(QStringLiteral("INSERT INTO outbox_released (outbox_id, status, reason, quarantined_at, released_at, "
                                "released_by) SELECT outbox_id, status, reason, quarantined_at, ?, ? "
                                "FROM outbox_quarantine WHERE outbox_id = ?"));
    keep.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    keep.addBindValue(staffId);
    keep.addBindValue(outboxId);
    if (!keep.exec())
        return Error{tr("Record %1 could not be sent again: %2").arg(outboxId).arg(keep.lastError().text())};
    if (keep.numRowsAffected() != 1)
        return Error{tr("Record %1 is not held back any more: it was sent again already.").arg(outboxId)};
    QSqlQuery release(m_database.connection());
    release.prepare(QStringLiteral("DELETE FROM outbox_quarantine WHERE outbox_id = ?"));
    release.addBindValue(outboxId);
    if (!release.exec())
        return Error{tr("Record %1 could not be sent again: %2").arg(outboxId).arg(release.lastError().text())};
    return transaction.commit();
}

} // namespace omnitill
