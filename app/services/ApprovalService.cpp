#include "ApprovalService.h"

#include "StaffService.h"

namespace omnitill {

ApprovalService::ApprovalService(const Database &database, StaffService &staff, QString terminalId)
    : m_staff(staff)
    , m_log(database)
    , m_terminalId(std::move(terminalId))
{
}

Result<StaffMember> ApprovalService::check(Permission action, const QString &requestingStaff,
                                           const QString &approverStaffNumber, const QString &approverPin,
                                           StaffCredential credential)
{
    if (approverStaffNumber == requestingStaff)
        return Error{tr("Someone else must approve this")};
    // Authenticating counts a wrong PIN against the approver's account, as at sign-in.
    auto approver = m_staff.authenticate(approverStaffNumber, approverPin, credential);
    if (!approver)
        return approver;
    if (!approver->role.allows(action))
        return Error{
            tr("%1 (%2) may not approve this: %3").arg(approver->name, approver->role.name, permissionTitle(action))};
    return approver;
}

Result<Approval> ApprovalService::requestApproval(Permission action, const QString &requestingStaff,
                                                  const QString &approverStaffNumber, const QString &approverPin,
                                                  const QJsonObject &details, StaffCredential credential)
{
    auto approver = check(action, requestingStaff, approverStaffNumber, approverPin, credential);
    ApprovalEntry entry;
    entry.requestedAt = m_staff.now();
    entry.terminalId = m_terminalId;
    entry.action = permissionCode(action);
    entry.requestedBy = requestingStaff;
    entry.approver = approverStaffNumber;
    entry.approved = approver.ok();
    entry.refusal = approver ? QString() : approver.error();
    entry.details = details;
    auto logged = m_log.append(entry);
    if (!logged)
        return Error{tr("The approval could not be recorded, so it is not granted: %1").arg(logged.error())};
    if (!approver)
        return Error{approver.error()};
    return Approval{*logged, action, requestingStaff, *approver, details, entry.requestedAt};
}

} // namespace omnitill
