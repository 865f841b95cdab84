#pragma once

#include "DeviceConfiguration.h"
#include "DeviceEnumerator.h"

#include <QObject>
#include <QThread>

namespace omnitill {

class DeviceManager;

// The terminal's devices other than the receipt printer, kept on a device thread: a DeviceManager
// built from devices.json (families from the plugin folders), started there with the USB, serial and
// network enumerators, so a printer or display plugged in shows up without a restart. Device steps
// block for a transport's timeouts, so nothing here calls a device from the caller's thread: requests
// are queued to the device thread, and what callers read is a snapshot the device thread sends back
// after every change (changed()).
// The receipt printer belongs to PrintService, whose worker holds its connection; a USB claim is
// exclusive, so the manager never builds the configuration's "receipt" device.
class DeviceService : public QObject
{
    Q_OBJECT

public:
    // One configured device as the device thread last saw it.
    struct Entry
    {
        QString id;
        QString family;
        QString model;
        QString address;
        QString state;   // Device::stateName: "closed", "open", "claimed", "enabled"
        QString status;  // the device's last status in words, or empty
        QString problem; // the last failure in words, or empty
    };

    DeviceService(const DeviceConfiguration &configuration, const QStringList &pluginFolders,
                  QObject *parent = nullptr);
    ~DeviceService() override;

    const QList<Entry> &devices() const { return m_devices; }
    const QList<DiscoveredDevice> &discovered() const { return m_discovered; }
    // Configured devices that could not be built and backends that cannot look, each with its reason.
    const QStringList &problems() const { return m_problems; }
    bool hasLineDisplay() const { return m_hasLineDisplay; }

    // Shows two lines on the first line display, claiming it again first if it failed before. Queued.
    void showOnLineDisplay(const QString &top, const QString &bottom);
    // Starts devices that are not working again and asks every backend to look again. Queued.
    void refresh();

Q_SIGNALS:
    void changed();

private:
    struct Snapshot
    {
        QList<Entry> devices;
        QList<DiscoveredDevice> discovered;
        QStringList problems;
        bool hasLineDisplay = false;
    };
    // On the device thread: what the manager holds now.
    static Snapshot snapshot(const DeviceManager &manager);
    // On the device thread: sends a snapshot to this object's thread.
    void publishFrom(const DeviceManager &manager);
    void apply(const Snapshot &snapshot);

    QThread m_thread;
    DeviceManager *m_manager = nullptr; // lives on m_thread, deleted when it finishes
    QList<Entry> m_devices;
    QList<DiscoveredDevice> m_discovered;
    QStringList m_problems;
    bool m_hasLineDisplay = false;
};

} // namespace omnitill
