#pragma once

#include <QString>
#include <optional>

namespace omnitill {

// Which USB device an address means: usb://04b8:0e15 (vendor:product, hexadecimal), optionally
// usb://04b8:0e15?serial=X4ABC12345 when a till has two printers of the same model.
struct UsbDeviceId
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serialNumber; // empty: any device with these ids

    static std::optional<UsbDeviceId> parse(const QString &address);
    // "04b8:0e15", as messages and lsusb name the device.
    QString name() const;
    QString address() const;

    friend bool operator==(const UsbDeviceId &, const UsbDeviceId &) = default;
};

} // namespace omnitill
