#pragma once

#include <QCoreApplication>
#include <QString>

namespace omnitill {

// A libusb call that failed, with what is needed to tell a person exactly what is wrong and what to
// do: which step, libusb's error code (LIBUSB_ERROR_*, negative), the device ("04b8:0e15") and its
// usbfs node (/dev/bus/usb/001/004), which is what udev rules and permissions are about.
// message() is a pure mapping, tested without hardware.
struct UsbFailure
{
    Q_DECLARE_TR_FUNCTIONS(UsbFailure)

public:
    enum class Step { Initialize, Find, Open, DetachKernelDriver, Claim, Write, Read };

    Step step = Step::Open;
    int code = 0;
    QString device;
    QString node;
    qint64 bytesDone = 0; // Write: how much the printer took before it failed
    qint64 bytesTotal = 0;
    int timeoutMs = 0;

    QString message() const;
    // /dev/bus/usb/BBB/DDD for a device's bus number and address.
    static QString nodePath(int bus, int address);
};

} // namespace omnitill
