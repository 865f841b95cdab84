#pragma once

#include "Device.h"
#include "PrinterStatus.h"

namespace omnitill {

struct PrinterProfile;

// The receipt printer category (UnifiedPOS POSPrinter with its CashDrawer): what the till asks of any
// printer family, whatever its command set and transport. Every call needs the device enabled; a
// transport failure releases the device (Device::fail) and says why.
class PosPrinter : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    virtual const PrinterProfile &profile() const = 0;
    // Bytes in the printer's own language, as the encoder for its profile made them.
    [[nodiscard]] virtual Result<void> print(const QByteArray &bytes) = 0;
    [[nodiscard]] virtual Result<PrinterStatus> readStatus() = 0;
    [[nodiscard]] virtual Result<void> openDrawer() = 0;
};

} // namespace omnitill
