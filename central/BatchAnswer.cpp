#include "BatchAnswer.h"

#include "AuditLog.h"
#include "TerminalRegistry.h"
#include "Transaction.h"

namespace omnitill::central {

void BatchAnswer::accept(const QJsonObject &result)
{
    m_results.append(result);
    ++m_accepted;
}

void BatchAnswer::reject(qsizetype index, const QString &id, const QString &reason)
{
    refuse(index, id, QStringLiteral("rejected"), reason);
    ++m_rejected;
}

void BatchAnswer::conflict(qsizetype index, const QString &id, const QString &reason)
{
    refuse(index, id, QStringLiteral("conflict"), reason);
    ++m_conflicts;
}

void BatchAnswer::refuse(qsizetype index, const QString &id, const QString &status, const QString &reason)
{
    QJsonObject result{
        {QLatin1String("index"), index}, {QLatin1String("status"), status}, {QLatin1String("reason"), reason}};
    if (!id.isEmpty())
        result.insert(QLatin1String("sale"), id);
    m_results.append(result);
}

Outcome<QJsonObject> BatchAnswer::commit(Transaction &transaction, const AuthenticatedTerminal &terminal,
                                         const QString &auditAction)
{
    if (auto audited = AuditLog::record(
            transaction, AuditLog::terminalActor(terminal.terminalId), auditAction, terminal.storeId,
            QStringLiteral("accepted %1, rejected %2, conflicts %3").arg(m_accepted).arg(m_rejected).arg(m_conflicts));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return QJsonObject{{QLatin1String("results"), m_results},
                       {QLatin1String("accepted"), m_accepted},
                       {QLatin1String("rejected"), m_rejected},
                       {QLatin1String("conflicts"), m_conflicts}};
}

} // namespace omnitill::central
