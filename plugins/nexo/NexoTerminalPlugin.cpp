#include "NexoTerminalPlugin.h"

#include "NexoTerminal.h"

namespace omnitill {

Result<std::unique_ptr<PaymentTerminal>> NexoTerminalPlugin::create(const PaymentTerminalConfig &config)
{
    auto settings = NexoTerminal::settingsFrom(config);
    if (!settings)
        return Error{settings.error()};
    auto terminal = NexoTerminal::create(std::move(settings).value());
    if (!terminal)
        return Error{terminal.error()};
    qCInfo(lcPayments) << "card payments through the nexo terminal at" << config.address;
    return std::unique_ptr<PaymentTerminal>(std::move(terminal).value());
}

} // namespace omnitill
