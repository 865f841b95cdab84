#include "PoleDisplayPlugin.h"

#include "PoleDisplay.h"

#include <QCoreApplication>

namespace omnitill {

Result<std::unique_ptr<Device>> PoleDisplayPlugin::create(const DeviceSettings &settings)
{
    using CommandSet = PoleDisplayEncoder::CommandSet;
    CommandSet commandSet;
    if (settings.model == QLatin1String("epson"))
        commandSet = CommandSet::Epson;
    else if (settings.model == QLatin1String("cd5220"))
        commandSet = CommandSet::Cd5220;
    else
        return Error{QCoreApplication::translate("PoleDisplayPlugin",
                                                 "Unknown pole display model \"%1\": choose epson or cd5220.")
                         .arg(settings.model)};
    return std::unique_ptr<Device>(std::make_unique<PoleDisplay>(settings, commandSet));
}

} // namespace omnitill
