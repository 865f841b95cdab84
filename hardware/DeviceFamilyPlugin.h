#pragma once

#include "Device.h"

#include <QtPlugin>
#include <memory>

namespace omnitill {

// What a device plugin in plugins/ provides: a factory for one family of devices. Its
// Q_PLUGIN_METADATA JSON names the family and the models it builds, so the DeviceManager can choose
// a plugin from configuration by reading metadata, and load only the plugins the terminal uses:
//   { "family": "escpos-printer", "category": "printer", "models": ["epson-tm-t88", "bixolon-srp-350"] }
// create() is only called with settings whose family matches; a model it does not know is an Error.
class DeviceFamilyPlugin
{
public:
    virtual ~DeviceFamilyPlugin() = default;
    [[nodiscard]] virtual Result<std::unique_ptr<Device>> create(const DeviceSettings &settings) = 0;
};

} // namespace omnitill

#define OmnitillDeviceFamilyPlugin_iid "org.omnitill.DeviceFamilyPlugin/1.0"
Q_DECLARE_INTERFACE(omnitill::DeviceFamilyPlugin, OmnitillDeviceFamilyPlugin_iid)
