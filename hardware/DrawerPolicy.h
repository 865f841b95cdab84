#pragma once

#include "PrinterProfile.h"
#include "PrinterStatus.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omnitill {

// Whether the cash drawer may be left open between sales. The drawer hangs on the receipt printer's
// kick connector; its switch is wired to pin 3, which the printer reports in bit 2 of its DLE EOT 1
// reply. Whether HIGH means open depends on the drawer's switch, so the polarity is a setting.
// With requireClosedBeforeSale (devices.json, printer options "requireDrawerClosed"), the next sale
// starts only with the drawer shut. When the printer cannot say (no drawer connector in its profile,
// or the status could not be read), the sale is allowed: a broken printer must not stop the till
// from selling, and PrintService already reports an unreachable printer.
class DrawerPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DrawerPolicy)

public:
    enum class DrawerState { Unknown, Closed, Open };

    struct Settings
    {
        bool requireClosedBeforeSale = false;
        bool openWhenSensorHigh = true; // most drawers' switches close (pin 3 HIGH) when the drawer opens

        // From the printer's options in devices.json.
        static Settings fromOptions(const QJsonObject &options);
    };

    DrawerPolicy(Settings settings, const PrinterProfile &profile);

    const Settings &settings() const { return m_settings; }
    bool printerReportsDrawer() const { return m_reportsDrawer; }

    // The drawer as the status reply shows it; Unknown when there was no reply or no connector.
    DrawerState drawerState(const std::optional<PrinterStatus> &status) const;
    // Ok, or why the next sale has to wait.
    [[nodiscard]] Result<void> mayStartSale(DrawerState drawer) const;

private:
    Settings m_settings;
    bool m_reportsDrawer;
};

} // namespace omnitill
