#include "BatchAnswer.h"

#include "AuditLog.h"
#include "TerminalRegistry.h"
#include "Transaction.h"

#include <algorithm>

namespace omnitill::central {

void BatchAnswer::accept(const QJsonObject &result)
{
    append(Status::Accepted, result);
}

void BatchAnswer::acceptAgain(const QJsonObject &original)
{
    append(Status::Duplicate, original);
}

void BatchAnswer::reject(const QString &id, const QString &reason)
{
    refuse(Status::Rejected, id, reason);
}

void BatchAnswer::conflict(const QString &id, const QString &reason)
{
    refuse(Status::Conflict, id, reason);
}

void BatchAnswer::append(Status status, const QJsonObject &result)
{
    m_results.append(result);
    m_statuses.append(status);
}

void BatchAnswer::refuse(Status status, const QString &id, const QString &reason)
{
    QJsonObject result{
        {QLatin1String("index"), m_results.size()},
        {QLatin1String("status"), status == Status::Conflict ? QStringLiteral("conflict") : QStringLiteral("rejected")},
        {QLatin1String("reason"), reason}};
    if (!id.isEmpty())
        result.insert(QLatin1String("sale"), id);
    append(status, result);
}

qsizetype BatchAnswer::count(Status status) const
{
    return std::count(m_statuses.cbegin(), m_statuses.cend(), status);
}

Outcome<QJsonObject> BatchAnswer::commit(Transaction &transaction, const AuthenticatedTerminal &terminal,
                                         const QString &auditAction)
{
    const qsizetype accepted = count(Status::Accepted) + count(Status::Duplicate);
    const qsizetype rejected = count(Status::Rejected);
    const qsizetype conflicts = count(Status::Conflict);
    if (auto audited = AuditLog::record(
            transaction, AuditLog::terminalActor(terminal.terminalId), auditAction, terminal.storeId,
            QStringLiteral("accepted %1, rejected %2, conflicts %3").arg(accepted).arg(rejected).arg(conflicts));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return QJsonObject{{QLatin1String("results"), m_results},
                       {QLatin1String("accepted"), accepted},
                       {QLatin1String("rejected"), rejected},
                       {QLatin1String("conflicts"), conflicts}};
}

} // namespace omnitill::central
