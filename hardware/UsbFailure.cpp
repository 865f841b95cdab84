#include "UsbFailure.h"

#include <libusb.h>

namespace omnitill {

QString UsbFailure::nodePath(int bus, int address)
{
    return QStringLiteral("/dev/bus/usb/%1/%2").arg(bus, 3, 10, QLatin1Char('0')).arg(address, 3, 10, QLatin1Char('0'));
}

QString UsbFailure::message() const
{
    // The kernel's printer driver is the only one that binds printer-class interfaces: detaching fails
    // when the till may not do it, and a busy claim means it came back or another program holds it.
    const QString usblp = tr("USB printer %1 busy: claimed by the kernel's usblp driver").arg(device);
    switch (code) {
    case LIBUSB_ERROR_ACCESS:
        if (step == Step::DetachKernelDriver)
            return usblp;
        return tr("permission denied on %1: install the udev rules from packaging/").arg(node);
    case LIBUSB_ERROR_BUSY:
        if (step == Step::DetachKernelDriver)
            return usblp;
        return tr("USB printer %1 busy: another program has claimed it").arg(device);
    case LIBUSB_ERROR_NO_DEVICE:
        return tr("USB printer %1 was unplugged: plug it in again; the receipt will print again").arg(device);
    case LIBUSB_ERROR_NOT_FOUND:
        if (step == Step::Find)
            return tr("There is no USB printer %1: check its cable and power").arg(device);
        break;
    case LIBUSB_ERROR_TIMEOUT:
        if (step == Step::Write)
            return tr("USB printer %1 took only %2 of %3 bytes in %4 s: check its paper and cover")
                .arg(device)
                .arg(bytesDone)
                .arg(bytesTotal)
                .arg(timeoutMs / 1000.0);
        if (step == Step::Read)
            return tr("USB printer %1 does not report its status: it may be off or its cable loose").arg(device);
        break;
    case LIBUSB_ERROR_PIPE:
        return tr("USB printer %1 stalled: switch it off and on again").arg(device);
    default:
        break;
    }
    if (step == Step::Initialize)
        return tr("USB is not available on this till (%1)").arg(QString::fromLatin1(libusb_error_name(code)));
    return tr("USB printer %1 failed (%2): unplug it and plug it in again")
        .arg(device, QString::fromLatin1(libusb_error_name(code)));
}

} // namespace omnitill
