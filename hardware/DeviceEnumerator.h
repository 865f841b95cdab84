#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace omnitill {

// A device some backend can see, whether or not the configuration uses it: what the device page lists
// as connected, and the address to paste into devices.json.
struct DiscoveredDevice
{
    QString backend;     // "usb", "serial", "network"
    QString address;     // usable as a DeviceSettings address: "usb://04b8:0e15", "serial:///dev/ttyUSB0"
    QString description; // for people: "EPSON TM-T20 (printer)", "FTDI USB-serial"

    friend bool operator==(const DiscoveredDevice &, const DiscoveredDevice &) = default;
};

// One backend's view of what is attached: USB (libusb, with hot-plug), serial ports, network addresses
// from configuration. devices() is the latest list; devicesChanged() says it changed (a printer was
// plugged in). problem() says why the backend sees nothing when it cannot look (no usbfs, no
// permission), so "nothing found" and "cannot look" are told apart.
class DeviceEnumerator : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString backend() const = 0;
    virtual QList<DiscoveredDevice> devices() const = 0;
    virtual QString problem() const { return {}; }
    // Looks again now (the device page's "refresh"); devicesChanged follows when the list changed.
    virtual void refresh() = 0;

Q_SIGNALS:
    void devicesChanged();
};

} // namespace omnitill
