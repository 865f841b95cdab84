#pragma once

#include "DeviceFamilyPlugin.h"

#include <QObject>

namespace omnitill {

// The "escpos-printer" family: builds an EscPosPrinter for a printer profile named by the model.
class EscPosPrinterPlugin : public QObject, public DeviceFamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OmnitillDeviceFamilyPlugin_iid FILE "escpos.json")
    Q_INTERFACES(omnitill::DeviceFamilyPlugin)

public:
    [[nodiscard]] Result<std::unique_ptr<Device>> create(const DeviceSettings &settings) override;
};

} // namespace omnitill
