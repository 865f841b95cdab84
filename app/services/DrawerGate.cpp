#include "DrawerGate.h"

namespace omnitill {

DrawerGate::DrawerGate(DrawerPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &DrawerGate::statusWanted);
}

Result<void> DrawerGate::mayStartSale() const
{
    return m_policy.mayStartSale(m_drawer);
}

void DrawerGate::statusRead(const std::optional<PrinterStatus> &status)
{
    m_drawer = m_policy.drawerState(status);
    // Polling only matters while a sale could be held; a till that does not hold sales reads no extra status.
    const bool watch = m_policy.settings().requireClosedBeforeSale && m_drawer == DrawerPolicy::DrawerState::Open;
    if (watch && !m_poll.isActive())
        m_poll.start();
    else if (!watch)
        m_poll.stop();
}

} // namespace omnitill
