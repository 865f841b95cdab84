#include "UsbEnumerator.h"

#include "UsbFailure.h"
#include "UsbMonitor.h"

#include <libusb.h>

namespace omnitill {

UsbEnumerator::UsbEnumerator(int pollMs, QObject *parent)
    : DeviceEnumerator(parent)
    , m_monitor(new UsbMonitor(pollMs))
{
    qRegisterMetaType<QList<DiscoveredDevice>>();
    m_monitor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
    connect(m_monitor, &UsbMonitor::listed, this, &UsbEnumerator::listed);
    m_thread.setObjectName(QStringLiteral("usb"));
    m_thread.start();
    QMetaObject::invokeMethod(m_monitor, &UsbMonitor::start);
}

UsbEnumerator::~UsbEnumerator()
{
    m_thread.quit();
    m_thread.wait();
}

void UsbEnumerator::refresh()
{
    QMetaObject::invokeMethod(m_monitor, &UsbMonitor::list);
}

Result<QList<DiscoveredDevice>> UsbEnumerator::listPrinters()
{
    libusb_context *context = nullptr;
    if (const int initialized = libusb_init(&context); initialized != 0)
        return Error{UsbFailure{UsbFailure::Step::Initialize, initialized, {}, {}, 0, 0, 0}.message()};
    auto printers = UsbMonitor::printers(context);
    libusb_exit(context);
    return printers;
}

void UsbEnumerator::listed(const QList<DiscoveredDevice> &devices, const QString &problem, bool hotplug)
{
    m_hotplug = hotplug;
    m_problem = problem;
    const bool first = !m_ready;
    m_ready = true;
    if (devices == m_devices && !first)
        return;
    m_devices = devices;
    Q_EMIT devicesChanged();
}

} // namespace omnitill
