#pragma once

#include "DeviceEnumerator.h"
#include "Result.h"

#include <QThread>

namespace omnitill {

class UsbMonitor;

// USB printers (interface class 0x07) that are plugged in, as usb://vvvv:pppp addresses. libusb runs on
// a thread of its own, which owns the libusb context: with hot-plug support (Linux usbfs) a callback
// marks the list stale when a device arrives or leaves and the thread lists again; without it, the
// thread lists every pollMs. The UI thread only ever sees finished lists (queued signals).
// Listing reads cached descriptors and opens nothing, so it works without permission on the devices.
class UsbEnumerator : public DeviceEnumerator
{
    Q_OBJECT

public:
    explicit UsbEnumerator(int pollMs = 2000, QObject *parent = nullptr);
    ~UsbEnumerator() override;

    QString backend() const override { return QStringLiteral("usb"); }
    QList<DiscoveredDevice> devices() const override { return m_devices; }
    QString problem() const override { return m_problem; }
    void refresh() override;

    // True once the first list arrived (or libusb could not start: problem() says why).
    bool isReady() const { return m_ready; }
    bool hasHotplug() const { return m_hotplug; }

    // Lists the printers once, on the calling thread, with a context of its own.
    [[nodiscard]] static Result<QList<DiscoveredDevice>> listPrinters();

private:
    void listed(const QList<DiscoveredDevice> &devices, const QString &problem, bool hotplug);

    QThread m_thread;
    UsbMonitor *m_monitor = nullptr; // lives on m_thread, deleted when it finishes
    QList<DiscoveredDevice> m_devices;
    QString m_problem;
    bool m_ready = false;
    bool m_hotplug = false;
};

} // namespace omnitill
