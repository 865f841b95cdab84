#pragma once

#include "DeviceFamilyPlugin.h"

#include <QObject>

namespace omnitill {

// The "pole-display" family: models "epson" and "cd5220", the two command sets 2×20 displays speak.
class PoleDisplayPlugin : public QObject, public DeviceFamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OmnitillDeviceFamilyPlugin_iid FILE "poledisplay.json")
    Q_INTERFACES(omnitill::DeviceFamilyPlugin)

public:
    [[nodiscard]] Result<std::unique_ptr<Device>> create(const DeviceSettings &settings) override;
};

} // namespace omnitill
