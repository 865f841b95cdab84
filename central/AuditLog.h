#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QList>

namespace omnitill::central {

class Transaction;

struct AuditEntry
{
    QDateTime at;
    QString actor;  // "admin", or "terminal:<id>"
    QString action; // "terminal.enrolled", "sales.ingested", ...
    QString subject;
    QString detail;
};

// Who did what to the central store. Entries are written in the transaction of the change they describe,
// so a change and its audit entry exist together or not at all.
class AuditLog
{
public:
    static QString terminalActor(const QString &terminalId) { return QStringLiteral("terminal:") + terminalId; }

    [[nodiscard]] static Outcome<void> record(const Transaction &transaction, const QString &actor,
                                              const QString &action, const QString &subject,
                                              const QString &detail = {});
    // The newest entries first.
    [[nodiscard]] static Outcome<QList<AuditEntry>> latest(const Transaction &transaction, int limit);
};

} // namespace omnitill::central
