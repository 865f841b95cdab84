#pragma once

#include <QJsonObject>
#include <QString>

namespace omnitill {

// One device as the terminal's configuration names it (an entry of devices.json): which plugin family
// builds it, which model within the family, where it is attached, and what the family needs beyond
// that (options, read by the family itself). id is unique within a terminal and is how services and
// the device page refer to the device ("receipt", "pole").
struct DeviceSettings
{
    QString id;
    QString family;  // a plugin's "family" metadata: "escpos-printer", "pole-display"
    QString model;   // within the family: "epson-tm-t88", "cd5220"
    QString address; // a transport address: tcp://, file://, usb://, serial://, virtual:, simulator:
    QJsonObject options;

    friend bool operator==(const DeviceSettings &, const DeviceSettings &) = default;
};

} // namespace omnitill
