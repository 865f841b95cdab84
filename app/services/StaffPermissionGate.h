#pragma once

#include "ApprovalService.h"
#include "PermissionGate.h"

#include <QObject>

namespace omnitill {

class StaffService;

// The till's PermissionGate: the signed-in staff member's role decides, and what the role does not allow
// waits for a manager override.
//
// When authorize() refuses for lack of permission it remembers the request and emits approvalRequired;
// the screen shows the approval dialog and calls approvePending() with the approver's number and PIN;
// the screen then repeats the action, and authorize() lets exactly that action (same permission, same
// details) through once. An approval is used up by the action it was for and dropped at sign-out.
class StaffPermissionGate : public QObject, public PermissionGate
{
    Q_OBJECT

public:
    struct Request
    {
        Permission permission = Permission::Sell;
        QJsonObject details;
    };

    StaffPermissionGate(StaffService &staff, ApprovalService &approvals, QObject *parent = nullptr);

    [[nodiscard]] QString actingStaffNumber() const override;
    [[nodiscard]] qint64 discountLimitBasisPoints() const override;
    [[nodiscard]] Result<void> authorize(Permission permission, const QJsonObject &details) override;

    // The request waiting for a manager, if any.
    [[nodiscard]] const std::optional<Request> &pending() const { return m_pending; }
    [[nodiscard]] Result<Approval> approvePending(const QString &approverStaffNumber, const QString &approverPin,
                                                  StaffCredential credential = StaffCredential::Pin);
    void cancelPending();

Q_SIGNALS:
    void approvalRequired(const QString &actionCode, const QString &actionTitle, const QJsonObject &details);

private:
    StaffService &m_staff;
    ApprovalService &m_approvals;
    std::optional<Request> m_pending;
    std::optional<Request> m_granted;
};

} // namespace omnitill
