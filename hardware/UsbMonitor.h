#pragma once

#include "DeviceEnumerator.h"

#include <QTimer>
#include <atomic>

struct libusb_context;

namespace omnitill {

// UsbEnumerator's worker: lives on the enumerator's thread and owns the libusb context there. It pumps
// libusb's events without blocking the thread's event loop (a zero timeout every eventPollMs), so the
// thread stops with a plain quit().
class UsbMonitor : public QObject
{
    Q_OBJECT

public:
    explicit UsbMonitor(int pollMs);
    ~UsbMonitor() override;

    // Lists the printer-class devices the context sees.
    static QList<DiscoveredDevice> printers(libusb_context *context);

    void start();
    void list();

Q_SIGNALS:
    void listed(const QList<omnitill::DiscoveredDevice> &devices, const QString &problem, bool hotplug);

private:
    void pump();

    libusb_context *m_context = nullptr;
    int m_hotplugHandle = 0;
    bool m_hotplug = false;
    std::atomic_bool m_stale = false; // set by the hot-plug callback, cleared when listing
    QTimer m_timer;
    int m_pollMs;
};

} // namespace omnitill
