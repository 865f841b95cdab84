#include "PrinterConnection.h"

#include "HardwareLog.h"
#include "SerialTransport.h"
#include "UsbPrinterTransport.h"
#include "VirtualPrinterDevice.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QUrl>

namespace omnitill {

Result<std::unique_ptr<QIODevice>> PrinterConnection::open(const QString &address, int timeoutMs)
{
    if (const auto usb = UsbDeviceId::parse(address))
        return UsbPrinterTransport::open(*usb);
    const QUrl url(address);
    if (url.scheme() == QLatin1String("tcp") && !url.host().isEmpty())
        return openTcp(url.host(), quint16(url.port(defaultPort)), timeoutMs);
    if (url.scheme() == QLatin1String("file") && !url.path().isEmpty())
        return openFile(url.toLocalFile());
    if (url.scheme() == QLatin1String("serial"))
        return SerialTransport::open(address);
    return Error{
        tr("\"%1\" is not a printer address: use tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600 or "
           "file:///dev/usb/lp0.")
            .arg(address)};
}

Result<std::unique_ptr<QIODevice>> PrinterConnection::open(const QString &address, const PrinterProfile &profile,
                                                           int timeoutMs)
{
    const QUrl url(address);
    if (url.scheme() != QLatin1String("virtual"))
        return open(address, timeoutMs);
    auto device = std::make_unique<VirtualPrinterDevice>(profile, url.path());
    device->open(QIODevice::ReadWrite);
    return std::unique_ptr<QIODevice>(std::move(device));
}

Result<std::unique_ptr<QIODevice>> PrinterConnection::openTcp(const QString &host, quint16 port, int timeoutMs)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(host, port);
    if (!socket->waitForConnected(timeoutMs))
        return Error{tr("The printer at %1:%2 does not answer (%3): check that it is on and on the network.")
                         .arg(host)
                         .arg(port)
                         .arg(socket->errorString())};
    // Receipts are small and status replies must not wait for Nagle's algorithm.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    qCInfo(lcPrinter) << "connected to printer" << host << port;
    return std::unique_ptr<QIODevice>(std::move(socket));
}

Result<std::unique_ptr<QIODevice>> PrinterConnection::openFile(const QString &path)
{
    const QFileInfo info(path);
    auto file = std::make_unique<QFile>(path);
    // A character device (usblp) is opened both ways, so status can be read back; a file is rewritten.
    const bool device = info.exists() && !info.isFile();
    if (device && !info.isWritable())
        return Error{tr("Permission denied on %1: add the till's user to the group lp, or install the udev rules "
                        "from packaging/.")
                         .arg(path)};
    if (!info.exists() && path.startsWith(QLatin1String("/dev/")))
        return Error{tr("There is no printer at %1: check its cable and power.").arg(path)};
    const auto mode =
        device ? QIODevice::ReadWrite | QIODevice::Unbuffered : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!file->open(mode))
        return Error{tr("The printer %1 cannot be opened: %2.").arg(path, file->errorString())};
    return std::unique_ptr<QIODevice>(std::move(file));
}

Result<void> PrinterConnection::send(QIODevice &device, const QByteArray &bytes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const qint64 written = device.write(bytes.constData() + sent, bytes.size() - sent);
        if (written < 0)
            return Error{tr("The printer stopped taking data: %1.").arg(device.errorString())};
        sent += written;
        if (auto *file = qobject_cast<QFileDevice *>(&device); file && !file->flush())
            return Error{tr("The printer stopped taking data: %1.").arg(device.errorString())};
        while (device.bytesToWrite() > 0) {
            if (deadline.hasExpired() || !device.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
                return Error{tr("The printer took only %1 of %2 bytes in %3 s: check its paper and cover.")
                                 .arg(sent - device.bytesToWrite())
                                 .arg(bytes.size())
                                 .arg(timeoutMs / 1000.0)};
        }
    }
    return {};
}

Result<PrinterStatus> PrinterConnection::queryStatus(QIODevice &device, int timeoutMs)
{
    device.readAll(); // anything older than this request is not its answer
    if (auto sent = send(device, PrinterStatus::requestAll(), timeoutMs); !sent)
        return Error{sent.error()};
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray replies;
    while (replies.size() < 4) {
        if (device.bytesAvailable() == 0 &&
            (deadline.hasExpired() || !device.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))))
            return Error{tr("The printer does not report its status: it may be off, or its cable loose.")};
        replies += device.read(4 - replies.size());
    }
    return PrinterStatus::fromReplies(replies);
}

} // namespace omnitill
