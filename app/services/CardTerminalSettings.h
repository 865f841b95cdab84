#pragma once

#include "CardPaymentService.h"
#include "NexoTerminal.h"
#include "Result.h"

#include <QCoreApplication>

namespace omnitill {

class StoreSettings;

// Which card terminal the till uses, from the store settings:
//   payment.terminal     "nexo+https://192.168.1.20:8443" (a terminal on the network), or
//                        "nexo+http://127.0.0.1:8443" (the simulator on this machine); unset: no terminal,
//                        and card tenders keep their typed reference
//   payment.poiId        the terminal's POIID
//   payment.keyId, payment.keyVersion   the shared key the terminal was set up with
//   payment.certificate  the PEM file of the certificate the terminal's TLS must chain to
//   payment.offlineMaxPerPayment, payment.offlineMaxPerDay   the manager's caps on what the terminal may
//                        approve offline (store and forward), in minor units; unset: none
// The key's passphrase is a secret: it comes from the environment (OMNITILL_TERMINAL_PASSPHRASE) or the
// setting payment.keyPassphrase, never from the sources. The sale id on the wire is the till's id.
class CardTerminalSettings
{
    Q_DECLARE_TR_FUNCTIONS(CardTerminalSettings)

public:
    [[nodiscard]] static Result<std::optional<NexoTerminalSettings>>
    load(const StoreSettings &settings, const QString &terminalId, const QByteArray &environmentPassphrase);
    [[nodiscard]] static CardPaymentService::OfflineCaps offlineCaps(const StoreSettings &settings);
};

} // namespace omnitill
