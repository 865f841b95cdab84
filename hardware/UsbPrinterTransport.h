#pragma once

#include "Result.h"
#include "UsbDeviceId.h"

#include <QIODevice>
#include <memory>

namespace omnitill {

// A USB receipt printer through libusb, as a QIODevice, for the address usb://vvvv:pppp: the printer
// interface and its bulk endpoints are taken from the descriptors, the kernel's usblp driver is
// detached (and given back on close, so CUPS works again when the till stops), the interface is claimed,
// jobs are written in chunks each with its own timeout, and status replies are read from the bulk IN
// endpoint when the printer has one. Every call blocks for at most its timeout, so the transport lives
// on the printer's worker thread (PrinterWorker), which owns it and its libusb context; it is never
// used from the UI thread. Failures say exactly what is wrong (UsbFailure).
class UsbPrinterTransport : public QIODevice
{
    Q_OBJECT

public:
    ~UsbPrinterTransport() override;

    [[nodiscard]] static Result<std::unique_ptr<QIODevice>> open(const UsbDeviceId &id, int writeTimeoutMs = 5000);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Reads what the printer has sent on its IN endpoint, waiting at most msecs.
    bool waitForReadyRead(int msecs) override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    struct Usb;
    explicit UsbPrinterTransport(std::unique_ptr<Usb> usb, int writeTimeoutMs);

    std::unique_ptr<Usb> m_usb; // libusb context and handle: used from the owning thread only
    QByteArray m_received;
    int m_writeTimeoutMs;
};

} // namespace omnitill
