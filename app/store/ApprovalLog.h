#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace omnitill {

class Database;

// One manager override as it was asked for and answered.
struct ApprovalEntry
{
    qint64 id = 0;
    QDateTime requestedAt;
    QString terminalId;
    QString action;      // permissionCode(): "void_sale"
    QString requestedBy; // the staff number of whoever was signed in
    QString approver;    // the staff number as typed: it may match nobody
    bool approved = false;
    QString refusal;     // why it was refused, as the screen said it; empty when approved
    QJsonObject details; // what was approved: sale id, line, amounts
};

// The append-only record of every manager override, granted or refused. The database refuses UPDATE and
// DELETE on the table, so an approval cannot be taken back or a refusal hidden afterwards.
class ApprovalLog
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalLog)

public:
    explicit ApprovalLog(const Database &database);

    // Returns the new entry's id.
    [[nodiscard]] Result<qint64> append(const ApprovalEntry &entry);
    // Oldest first.
    [[nodiscard]] Result<QList<ApprovalEntry>> entries() const;

private:
    const Database &m_database;
};

} // namespace omnitill
