#include "EscPosPrinterPlugin.h"

#include "EscPosPrinter.h"

namespace omnitill {

Result<std::unique_ptr<Device>> EscPosPrinterPlugin::create(const DeviceSettings &settings)
{
    auto profile = PrinterProfile::named(settings.model);
    if (!profile)
        return Error{profile.error()};
    return std::unique_ptr<Device>(std::make_unique<EscPosPrinter>(settings, std::move(profile).value()));
}

} // namespace omnitill
