#include "AuditLog.h"

#include "Transaction.h"

namespace omnitill::central {

Outcome<void> AuditLog::record(const Transaction &transaction, const QString &actor, const QString &action,
                               const QString &subject, const QString &detail)
{
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)"),
        {sqlTime(QDateTime::currentDateTimeUtc()), actor, action, subject, detail});
    if (!inserted)
        return inserted.error();
    return {};
}

Outcome<QList<AuditEntry>> AuditLog::latest(const Transaction &transaction, int limit)
{
    auto query = transaction.run(
        QStringLiteral("SELECT at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?"), {limit});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<AuditEntry> entries;
    while (rows.next()) {
        entries.append({rows.value(0).toDateTime(), rows.value(1).toString(), rows.value(2).toString(),
                        rows.value(3).toString(), rows.value(4).toString()});
    }
    return entries;
}

} // namespace omnitill::central
