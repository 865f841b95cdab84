#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace omnitill {

// Which input device is the scanner: its name as the kernel reports it ("Honeywell Imaging & Mobility
// 1900"), and/or its USB vendor and product id. Empty fields match anything; an empty match matches
// nothing, so an unconfigured till never grabs the cashier's keyboard.
struct InputDeviceMatch
{
    QString nameContains; // case-insensitive
    std::optional<quint16> vendorId;
    std::optional<quint16> productId;
};

// Finds the event devices of a configured keyboard-wedge scanner by reading sysfs
// (/sys/class/input/eventN/device/{name,id/vendor,id/product}). A pure function over a directory, so
// the tests build a fake sysfs tree; event numbers change between boots and plugs, names and ids don't.
class InputDeviceFinder
{
public:
    static constexpr const char *sysClassInput = "/sys/class/input";

    // "/dev/input/eventN" for every matching device, in event-number order.
    [[nodiscard]] static QStringList eventDevices(const QString &sysClassInputDir, const InputDeviceMatch &match);
};

} // namespace omnitill
