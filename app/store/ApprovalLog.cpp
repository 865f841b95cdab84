#include "ApprovalLog.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

ApprovalLog::ApprovalLog(const Database &database)
    : m_database(database)
{
}

Result<qint64> ApprovalLog::append(const ApprovalEntry &entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO approvals (requested_at, terminal_id, action, requested_by, approver, "
                                 "approved, refusal, details) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?)"));
    query.addBindValue(entry.requestedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.terminalId);
    query.addBindValue(entry.action);
    query.addBindValue(entry.requestedBy);
    query.addBindValue(entry.approver);
    query.addBindValue(entry.approved ? 1 : 0);
    query.addBindValue(entry.refusal);
    query.addBindValue(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error{tr("The approval could not be recorded: %1").arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

Result<QList<ApprovalEntry>> ApprovalLog::entries() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, requested_at, terminal_id, action, requested_by, approver, approved, "
                                   "refusal, details FROM approvals ORDER BY id")))
        return Error{tr("The approvals could not be read: %1").arg(query.lastError().text())};
    QList<ApprovalEntry> entries;
    while (query.next()) {
        ApprovalEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.requestedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.terminalId = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.requestedBy = query.value(4).toString();
        entry.approver = query.value(5).toString();
        entry.approved = query.value(6).toBool();
        entry.refusal = query.value(7).toString();
        entry.details = QJsonDocument::fromJson(query.value(8).toByteArray()).object();
        entries.append(entry);
    }
    return entries;
}

} // namespace omnitill
