#include "StaffPermissionGate.h"

#include "StaffService.h"

namespace omnitill {

StaffPermissionGate::StaffPermissionGate(StaffService &staff, ApprovalService &approvals, QObject *parent)
    : QObject(parent)
    , m_staff(staff)
    , m_approvals(approvals)
{
    connect(&m_staff, &StaffService::signedInChanged, this, [this] {
        m_pending.reset();
        m_granted.reset();
    });
}

QString StaffPermissionGate::actingStaffNumber() const
{
    return m_staff.current() ? m_staff.current()->staffNumber : QString();
}

qint64 StaffPermissionGate::discountLimitBasisPoints() const
{
    return m_staff.current() ? m_staff.current()->role.discountLimitBasisPoints : 0;
}

Result<void> StaffPermissionGate::authorize(Permission permission, const QJsonObject &details)
{
    if (!m_staff.current())
        return Error{tr("Sign in first")};
    if (m_staff.currentMay(permission))
        return {};
    if (m_granted && m_granted->permission == permission && m_granted->details == details) {
        m_granted.reset();
        return {};
    }
    m_pending = Request{permission, details};
    Q_EMIT approvalRequired(permissionCode(permission), permissionTitle(permission), details);
    return Error{tr("A supervisor or manager must approve this: %1").arg(permissionTitle(permission))};
}

Result<Approval> StaffPermissionGate::approvePending(const QString &approverStaffNumber, const QString &approverPin,
                                                     StaffCredential credential)
{
    if (!m_pending)
        return Error{tr("Nothing is waiting for approval")};
    auto approval = m_approvals.requestApproval(m_pending->permission, actingStaffNumber(), approverStaffNumber,
                                                approverPin, m_pending->details, credential);
    if (!approval)
        return approval;
    m_granted = std::exchange(m_pending, std::nullopt);
    return approval;
}

void StaffPermissionGate::cancelPending()
{
    m_pending.reset();
}

} // namespace omnitill
