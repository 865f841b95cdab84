#include "BackOfficeViewModel.h"

#include "ApprovalRetry.h"
#include "PermissionGate.h"

namespace omnitill {

BackOfficeViewModel::BackOfficeViewModel(PermissionGate &gate, ApprovalRetry &approvalRetry, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_approvalRetry(approvalRetry)
{
}

void BackOfficeViewModel::enter()
{
    if (auto allowed = m_gate.authorize(Permission::ViewReports, {}); !allowed) {
        m_approvalRetry.waitFor([this] { enter(); });
        setMessage(allowed.error());
        return;
    }
    setMessage({});
    setOpen(true);
}

void BackOfficeViewModel::leave()
{
    setOpen(false);
}

void BackOfficeViewModel::setOpen(bool open)
{
    if (m_open == open)
        return;
    m_open = open;
    Q_EMIT openChanged();
}

void BackOfficeViewModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace omnitill
