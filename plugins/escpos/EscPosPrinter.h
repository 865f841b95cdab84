#pragma once

#include "PosPrinter.h"
#include "PrinterProfile.h"

#include <QIODevice>
#include <memory>

namespace omnitill {

// An ESC/POS receipt printer (Epson TM, Bixolon SRP and compatibles) on any transport the address
// names (tcp://, usb://, serial://, file://, virtual:). claim() opens the transport, enable() reads the
// status so a printer that is off is found before the first receipt; the drawer is kicked through the
// printer with ESC p. Calls block for the transport's timeouts: this device belongs on a device thread.
class EscPosPrinter : public PosPrinter
{
    Q_OBJECT

public:
    EscPosPrinter(DeviceSettings settings, PrinterProfile profile);
    ~EscPosPrinter() override;

    const PrinterProfile &profile() const override { return m_profile; }
    [[nodiscard]] Result<void> print(const QByteArray &bytes) override;
    [[nodiscard]] Result<PrinterStatus> readStatus() override;
    [[nodiscard]] Result<void> openDrawer() override;

protected:
    Result<void> claimDevice() override;
    Result<void> enableDevice() override;
    void releaseDevice() override;

private:
    Result<void> requireEnabled() const;

    PrinterProfile m_profile;
    std::unique_ptr<QIODevice> m_transport;
};

} // namespace omnitill
