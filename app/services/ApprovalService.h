#pragma once

#include "ApprovalLog.h"
#include "Permission.h"
#include "StaffMember.h"

#include <QCoreApplication>
#include <functional>

namespace omnitill {

class Database;
class StaffService;

// A manager override that was granted.
struct Approval
{
    qint64 id = 0; // the row in the approvals log
    Permission action = Permission::Sell;
    QString requestedBy;
    StaffMember approver;
    QJsonObject details;
    QDateTime at;
};

// Manager overrides: a supervisor or manager approves, with their own staff number and PIN, an action the
// signed-in cashier may not do alone. Granted only when the approver's role has the action's permission
// and the approver is someone other than the one asking.
//
// Every request is written to the append-only approvals log, granted or refused, with who asked, whom
// they asked, what for (action code and details: sale id, line, amounts) and when. If the log cannot be
// written, nothing is granted: an approval that left no trace did not happen.
class ApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalService)

public:
    ApprovalService(const Database &database, StaffService &staff, QString terminalId);

    [[nodiscard]] Result<Approval> requestApproval(Permission action, const QString &requestingStaff,
                                                   const QString &approverStaffNumber, const QString &approverPin,
                                                   const QJsonObject &details,
                                                   StaffCredential credential = StaffCredential::Pin);

    [[nodiscard]] const ApprovalLog &log() const { return m_log; }

private:
    [[nodiscard]] Result<StaffMember> check(Permission action, const QString &requestingStaff,
                                            const QString &approverStaffNumber, const QString &approverPin,
                                            StaffCredential credential);

    StaffService &m_staff;
    ApprovalLog m_log;
    QString m_terminalId;
};

} // namespace omnitill
