#pragma once

#include "PaymentTerminal.h"
#include "Result.h"

#include <QtPlugin>
#include <functional>
#include <memory>
#include <optional>

namespace omnitill {

// What the store settings say about the card terminal, in words every protocol understands; the plugin
// reads the rest of its own settings (payment.<name>) through setting().
struct PaymentTerminalConfig
{
    QString protocol;      // the plugin that speaks to the terminal: its metadata's "protocol", e.g. "nexo"
    QString address;       // where the terminal is, without the "<protocol>+" prefix: https://192.168.1.20:8443
    QString saleId;        // this till's id, which the terminal sees as the sale system
    QByteArray passphrase; // the shared key's passphrase (a secret: from the environment or the settings)
    std::function<std::optional<QString>(const QString &name)> setting;
};

// What a payment protocol plugin in plugins/ provides: terminals of one protocol. Its Q_PLUGIN_METADATA JSON
// names the protocol, so the till finds the plugin by reading metadata and loads only the one it uses:
//   { "protocol": "nexo", "description": "..." }
// create() refuses settings the protocol cannot work with (no address, no certificate, no key) with a reason
// for the Pay panel; the terminal it makes belongs to the caller.
class PaymentTerminalPlugin
{
public:
    virtual ~PaymentTerminalPlugin() = default;
    [[nodiscard]] virtual Result<std::unique_ptr<PaymentTerminal>> create(const PaymentTerminalConfig &config) = 0;
};

} // namespace omnitill

#define OmnitillPaymentTerminalPlugin_iid "org.omnitill.PaymentTerminalPlugin/1.0"
Q_DECLARE_INTERFACE(omnitill::PaymentTerminalPlugin, OmnitillPaymentTerminalPlugin_iid)
