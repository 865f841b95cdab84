#pragma once

#include "CardPaymentService.h"
#include "PaymentTerminalPlugin.h"
#include "Result.h"

#include <QCoreApplication>

namespace omnitill {

class StoreSettings;

// Which card terminal the till uses, from the store settings, and the protocol plugin that speaks to it:
//   payment.terminal     where it is: "nexo+https://192.168.1.20:8443" (a terminal on the network), or
//                        "nexo+http://127.0.0.1:8443" (the simulator on this machine); unset: no terminal,
//                        and card tenders keep their typed reference
//   payment.protocol     the plugin ("nexo"); unset: the prefix of payment.terminal before "+"
//   payment.<name>       read by the plugin (nexo: poiId, keyId, keyVersion, certificate)
//   payment.offlineMaxPerPayment, payment.offlineMaxPerDay   the manager's caps on what the terminal may
//                        approve offline (store and forward), in minor units; unset: none
// The key's passphrase is a secret: it comes from the environment (OMNITILL_TERMINAL_PASSPHRASE) or the
// setting payment.keyPassphrase, never from the sources. The sale id on the wire is the till's id.
class CardTerminalSettings
{
    Q_DECLARE_TR_FUNCTIONS(CardTerminalSettings)

public:
    // The settings are read again through config.setting while the terminal is made: they must outlive it.
    [[nodiscard]] static Result<std::optional<PaymentTerminalConfig>>
    load(const StoreSettings &settings, const QString &terminalId, const QByteArray &environmentPassphrase);
    [[nodiscard]] static CardPaymentService::OfflineCaps offlineCaps(const StoreSettings &settings);
    // The terminal made by the plugin in pluginFolders whose metadata names config.protocol (the first folder
    // that has one wins); a missing or broken plugin is an Error that says which protocol and where it looked.
    [[nodiscard]] static Result<std::unique_ptr<PaymentTerminal>> open(const PaymentTerminalConfig &config,
                                                                       const QStringList &pluginFolders);
};

} // namespace omnitill
