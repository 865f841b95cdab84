#pragma once

#include "PrinterProfile.h"
#include "PrinterStatus.h"
#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <memory>

namespace omnitill {

// The byte pipe to a receipt printer, named by an address from configuration:
//   tcp://192.168.0.50:9100   raw TCP (port 9100 when none is given), bidirectional
//   file:///dev/usb/lp0        the usblp character device, or any file (a print-to-file for tests)
//   usb://04b8:0e15            a USB printer through libusb (UsbPrinterTransport), bidirectional
//   serial:///dev/ttyUSB0?baud=9600   a serial line (SerialTransport), also for pole displays
// A transport is a plain QIODevice (QTcpSocket, QFile), so encoders and tests can use a QBuffer in its
// place. The functions block for at most their timeout: call them from the printer's worker thread,
// never from the UI thread. Every failure says what to do about it.
class PrinterConnection
{
    Q_DECLARE_TR_FUNCTIONS(PrinterConnection)

public:
    static constexpr quint16 defaultPort = 9100;

    [[nodiscard]] static Result<std::unique_ptr<QIODevice>> open(const QString &address, int timeoutMs = 3000);
    // open(), and also "virtual:<folder>": the virtual printer for profile, in-process, saving each
    // receipt as a PNG in the folder (VirtualPrinterDevice).
    [[nodiscard]] static Result<std::unique_ptr<QIODevice>> open(const QString &address, const PrinterProfile &profile,
                                                                 int timeoutMs = 3000);
    // Writes every byte, or says why not.
    [[nodiscard]] static Result<void> send(QIODevice &device, const QByteArray &bytes, int timeoutMs = 10000);
    // Sends DLE EOT 1–4 and reads the four replies.
    [[nodiscard]] static Result<PrinterStatus> queryStatus(QIODevice &device, int timeoutMs = 2000);

private:
    static Result<std::unique_ptr<QIODevice>> openTcp(const QString &host, quint16 port, int timeoutMs);
    static Result<std::unique_ptr<QIODevice>> openFile(const QString &path);
};

} // namespace omnitill
