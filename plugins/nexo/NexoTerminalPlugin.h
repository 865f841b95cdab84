#pragma once

#include "PaymentTerminalPlugin.h"

#include <QObject>

namespace omnitill {

// The "nexo" protocol: a NexoTerminal made from the store's payment.* settings (NexoTerminal::settingsFrom).
class NexoTerminalPlugin : public QObject, public PaymentTerminalPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OmnitillPaymentTerminalPlugin_iid FILE "nexo.json")
    Q_INTERFACES(omnitill::PaymentTerminalPlugin)

public:
    [[nodiscard]] Result<std::unique_ptr<PaymentTerminal>> create(const PaymentTerminalConfig &config) override;
};

} // namespace omnitill
