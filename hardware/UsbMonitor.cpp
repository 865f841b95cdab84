#include "UsbMonitor.h"

#include "HardwareLog.h"
#include "UsbDeviceId.h"
#include "UsbFailure.h"
#include "UsbPrinterInterface.h"

#include <libusb.h>

namespace omnitill {

namespace {
constexpr int eventPollMs = 200;

// Only marks the list stale: descriptor reads and I/O are not allowed inside a hot-plug callback.
int LIBUSB_CALL hotplugged(libusb_context *, libusb_device *, libusb_hotplug_event, void *monitor)
{
    *static_cast<std::atomic_bool *>(monitor) = true;
    return 0; // stay registered
}
} // namespace

UsbMonitor::UsbMonitor(int pollMs)
    : m_timer(this) // a child, so moveToThread takes the timer along to the USB thread
    , m_pollMs(pollMs)
{
    connect(&m_timer, &QTimer::timeout, this, &UsbMonitor::pump);
}

UsbMonitor::~UsbMonitor()
{
    if (m_hotplug)
        libusb_hotplug_deregister_callback(m_context, m_hotplugHandle);
    if (m_context)
        libusb_exit(m_context);
}

QList<DiscoveredDevice> UsbMonitor::printers(libusb_context *context)
{
    QList<DiscoveredDevice> found;
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(context, &list);
    for (ssize_t n = 0; n < count; ++n) {
        libusb_device_descriptor descriptor{};
        libusb_config_descriptor *configuration = nullptr;
        if (libusb_get_device_descriptor(list[n], &descriptor) != 0 ||
            libusb_get_active_config_descriptor(list[n], &configuration) != 0)
            continue;
        const UsbDeviceId id{descriptor.idVendor, descriptor.idProduct, {}};
        const auto printer = UsbPrinterInterface::select(UsbPrinterInterface::describe(*configuration), id.name());
        libusb_free_config_descriptor(configuration);
        if (!printer)
            continue;
        const QString node = UsbFailure::nodePath(libusb_get_bus_number(list[n]), libusb_get_device_address(list[n]));
        found.append({QStringLiteral("usb"), id.address(),
                      QCoreApplication::translate("UsbMonitor", "USB printer %1 at %2%3")
                          .arg(id.name(), node,
                               printer->bidirectional() ? QString()
                                                        : QCoreApplication::translate("UsbMonitor", " (no status)"))});
    }
    if (count >= 0)
        libusb_free_device_list(list, 1);
    return found;
}

void UsbMonitor::start()
{
    if (const int initialized = libusb_init(&m_context); initialized != 0) {
        m_context = nullptr;
        Q_EMIT listed({}, UsbFailure{UsbFailure::Step::Initialize, initialized, {}, {}, 0, 0, 0}.message(), false);
        return;
    }
    if (libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
        const int registered = libusb_hotplug_register_callback(
            m_context, LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT, LIBUSB_HOTPLUG_NO_FLAGS,
            LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, hotplugged, &m_stale,
            &m_hotplugHandle);
        m_hotplug = registered == LIBUSB_SUCCESS;
    }
    qCInfo(lcDevices) << "USB monitor started," << (m_hotplug ? "hot-plug events" : "listing periodically");
    m_timer.start(m_hotplug ? eventPollMs : m_pollMs);
    list();
}

void UsbMonitor::pump()
{
    if (m_hotplug) {
        timeval now{0, 0};
        libusb_handle_events_timeout_completed(m_context, &now, nullptr);
        if (!m_stale.exchange(false))
            return;
    }
    list();
}

void UsbMonitor::list()
{
    if (!m_context)
        return;
    m_stale = false;
    Q_EMIT listed(printers(m_context), QString(), m_hotplug);
}

} // namespace omnitill
