#pragma once

#include "DeviceSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace omnitill {

// The devices of one terminal, read from devices.json beside the store database (every till of a
// store shares the database's settings, but each has its own printer and display):
//
//   {
//     "version": 1,
//     "devices": [
//       { "id": "receipt", "family": "escpos-printer", "model": "epson-tm-t88",
//         "address": "usb://04b8:0e15",
//         "options": { "requireDrawerClosed": true, "drawerOpenWhenSensorHigh": true } },
//       { "id": "pole", "family": "pole-display", "model": "cd5220", "address": "serial:///dev/ttyUSB0?baud=9600" }
//     ]
//   }
//
// id: unique name the till uses; family: the plugin family; model: within the family (a printer
// profile name, a display command set); address: tcp://host:9100, file:///dev/usb/lp0,
// usb://vvvv:pppp[?serial=...], serial:///dev/ttyUSB0?baud=9600, virtual:<folder> (the virtual printer),
// simulator: (an in-process simulator). Without a file, the defaults are simulators, so a till with no
// hardware runs. A file that is there but wrong is an error with the reason: a till must not silently
// print to a simulator because of a typo.
struct DeviceConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(DeviceConfiguration)

public:
    QList<DeviceSettings> devices;

    static constexpr int version = 1;
    static const QString fileName;

    // The virtual printer saving receipts into receiptFolder, and a simulated Epson pole display.
    static DeviceConfiguration defaults(const QString &receiptFolder);
    // devices.json in the folder of the store database.
    static QString pathBeside(const QString &databasePath);
    // The file at path, or the defaults when there is none.
    [[nodiscard]] static Result<DeviceConfiguration> load(const QString &path, const QString &receiptFolder);
    [[nodiscard]] static Result<DeviceConfiguration> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    const DeviceSettings *device(const QString &id) const;
};

} // namespace omnitill
