#include "DrawerPolicy.h"

namespace omnitill {

DrawerPolicy::Settings DrawerPolicy::Settings::fromOptions(const QJsonObject &options)
{
    Settings settings;
    settings.requireClosedBeforeSale = options.value(QLatin1String("requireDrawerClosed")).toBool(false);
    settings.openWhenSensorHigh = options.value(QLatin1String("drawerOpenWhenSensorHigh")).toBool(true);
    return settings;
}

DrawerPolicy::DrawerPolicy(Settings settings, const PrinterProfile &profile)
    : m_settings(settings)
    , m_reportsDrawer(profile.drawerKick)
{
}

DrawerPolicy::DrawerState DrawerPolicy::drawerState(const std::optional<PrinterStatus> &status) const
{
    if (!m_reportsDrawer || !status)
        return DrawerState::Unknown;
    return status->drawerSensorHigh == m_settings.openWhenSensorHigh ? DrawerState::Open : DrawerState::Closed;
}

Result<void> DrawerPolicy::mayStartSale(DrawerState drawer) const
{
    if (m_settings.requireClosedBeforeSale && drawer == DrawerState::Open)
        return Error{tr("Close the cash drawer before the next sale.")};
    return {};
}

} // namespace omnitill
