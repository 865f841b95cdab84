#include "DeviceService.h"

#include "DeviceManager.h"
#include "HardwareLog.h"
#include "LineDisplay.h"
#include "NetworkEnumerator.h"
#include "SerialEnumerator.h"
#include "UsbEnumerator.h"

namespace omnitill {

namespace {
DeviceConfiguration withoutReceiptPrinter(DeviceConfiguration configuration)
{
    configuration.devices.removeIf(
        [](const DeviceSettings &settings) { return settings.id == QLatin1String("receipt"); });
    return configuration;
}

LineDisplay *firstLineDisplay(const DeviceManager &manager)
{
    for (const auto &device : manager.devices()) {
        if (auto *display = qobject_cast<LineDisplay *>(device.get()))
            return display;
    }
    return nullptr;
}
} // namespace

DeviceService::DeviceService(const DeviceConfiguration &configuration, const QStringList &pluginFolders,
                             QObject *parent)
    : QObject(parent)
    , m_manager(new DeviceManager)
{
    m_manager->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_manager, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("devices"));
    m_thread.start();
    // Everything that touches devices or libusb happens on the device thread, enumerators included (their
    // timers and hot-plug callbacks belong to the thread that made them).
    QMetaObject::invokeMethod(
        m_manager, [this, manager = m_manager, pluginFolders, configuration = withoutReceiptPrinter(configuration)] {
            manager->scanPlugins(pluginFolders);
            manager->configure(configuration);
            manager->startAll();
            const auto publish = [this, manager] { publishFrom(*manager); };
            for (const auto &device : manager->devices()) {
                connect(device.get(), &Device::stateChanged, manager, publish);
                connect(device.get(), &Device::statusChanged, manager, publish);
            }
            connect(manager, &DeviceManager::devicesChanged, manager, publish);
            connect(manager, &DeviceManager::discoveredChanged, manager, publish);
            connect(manager, &DeviceManager::deviceError, manager, publish);
            manager->addEnumerator(std::make_unique<UsbEnumerator>());
            manager->addEnumerator(std::make_unique<SerialEnumerator>());
            manager->addEnumerator(std::make_unique<NetworkEnumerator>(configuration));
            publish();
        });
}

DeviceService::~DeviceService()
{
    // The manager closes its devices on its own thread as it is deleted, bounded by their transports' timeouts.
    m_thread.quit();
    m_thread.wait();
}

void DeviceService::showOnLineDisplay(const QString &top, const QString &bottom)
{
    QMetaObject::invokeMethod(m_manager, [manager = m_manager, top, bottom] {
        LineDisplay *display = firstLineDisplay(*manager);
        if (!display)
            return;
        if (display->state() != Device::State::Enabled) {
            if (auto started = display->start(); !started)
                return; // its lastError says why, on the device page
        }
        if (auto shown = display->showLines(top, bottom); !shown)
            qCWarning(lcDevices) << "line display:" << shown.error();
    });
}

void DeviceService::refresh()
{
    QMetaObject::invokeMethod(m_manager, [manager = m_manager] {
        manager->startAll();
        manager->refreshDiscovery();
    });
}

DeviceService::Snapshot DeviceService::snapshot(const DeviceManager &manager)
{
    Snapshot snapshot;
    for (const auto &device : manager.devices()) {
        const DeviceSettings &settings = device->settings();
        snapshot.devices.append({settings.id, settings.family, settings.model, settings.address,
                                 Device::stateName(device->state()), device->status(), device->lastError()});
    }
    snapshot.discovered = manager.discovered();
    snapshot.problems = manager.problems() + manager.discoveryProblems();
    snapshot.hasLineDisplay = firstLineDisplay(manager) != nullptr;
    return snapshot;
}

void DeviceService::publishFrom(const DeviceManager &manager)
{
    QMetaObject::invokeMethod(this, [this, snapshot = snapshot(manager)] { apply(snapshot); });
}

void DeviceService::apply(const Snapshot &snapshot)
{
    m_devices = snapshot.devices;
    m_discovered = snapshot.discovered;
    m_problems = snapshot.problems;
    m_hasLineDisplay = snapshot.hasLineDisplay;
    Q_EMIT changed();
}

} // namespace omnitill
