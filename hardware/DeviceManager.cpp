#include "DeviceManager.h"

#include "HardwareLog.h"
#include "PluginFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace omnitill {

DeviceManager::DeviceManager(QObject *parent)
    : QObject(parent)
{
}

DeviceManager::~DeviceManager()
{
    closeAll();
    // Devices are code from the plugins: they go before the libraries do.
    m_devices.clear();
}

QStringList DeviceManager::defaultPluginFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("OMNITILL_PLUGIN_PATH");
    if (!fromEnvironment.isEmpty())
        folders += fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QDir binary(QCoreApplication::applicationDirPath());
    folders << binary.filePath(QStringLiteral("plugins")) << binary.filePath(QStringLiteral("../lib/omnitill/plugins"));
    return folders;
}

void DeviceManager::addFamily(const QString &family, Factory factory)
{
    m_families[family] = std::move(factory);
}

QStringList DeviceManager::scanPlugins(const QStringList &folders)
{
    QStringList families;
    const QHash<QString, QString> found =
        PluginFolders::find(folders, QLatin1String(OmnitillDeviceFamilyPlugin_iid), QStringLiteral("family"));
    for (auto plugin = found.cbegin(); plugin != found.cend(); ++plugin) {
        if (m_pluginFiles.contains(plugin.key()))
            continue;
        m_pluginFiles.insert(plugin.key(), plugin.value());
        families.append(plugin.key());
        qCDebug(lcDevices) << "plugin" << plugin.value() << "provides" << plugin.key();
    }
    return families;
}

Result<DeviceManager::Factory> DeviceManager::pluginFactory(const QString &family)
{
    const QString path = m_pluginFiles.value(family);
    if (path.isEmpty())
        return Error{tr("No plugin provides the device family \"%1\": is the plugin installed?").arg(family)};
    auto loader = std::make_unique<QPluginLoader>(path);
    auto *plugin = qobject_cast<DeviceFamilyPlugin *>(loader->instance());
    if (!plugin)
        return Error{tr("The plugin %1 cannot be loaded: %2").arg(path, loader->errorString())};
    qCInfo(lcDevices) << "loaded plugin" << path << "for" << family;
    m_loaded.push_back(std::move(loader));
    Factory factory = [plugin](const DeviceSettings &settings) { return plugin->create(settings); };
    m_families[family] = factory;
    return factory;
}

Result<std::unique_ptr<Device>> DeviceManager::build(const DeviceSettings &settings)
{
    auto known = m_families.find(settings.family);
    if (known != m_families.end())
        return known->second(settings);
    auto factory = pluginFactory(settings.family);
    if (!factory)
        return Error{factory.error()};
    return (*factory)(settings);
}

void DeviceManager::configure(const DeviceConfiguration &configuration)
{
    closeAll();
    m_devices.clear();
    m_problems.clear();
    for (const auto &settings : configuration.devices) {
        auto built = build(settings);
        if (!built) {
            m_problems.append(tr("%1: %2").arg(settings.id, built.error()));
            qCWarning(lcDevices) << "device" << settings.id << "not built:" << built.error();
            continue;
        }
        Device *device = built->get();
        connect(device, &Device::errorOccurred, this,
                [this, id = settings.id](const QString &reason) { Q_EMIT deviceError(id, reason); });
        m_devices.push_back(std::move(built).value());
    }
    Q_EMIT devicesChanged();
}

void DeviceManager::startAll()
{
    for (const auto &device : m_devices) {
        if (auto started = device->start(); !started)
            qCWarning(lcDevices) << "device" << device->settings().id << "not started:" << started.error();
    }
}

void DeviceManager::closeAll()
{
    for (const auto &device : m_devices)
        device->close();
}

Device *DeviceManager::device(const QString &id) const
{
    for (const auto &device : m_devices) {
        if (device->settings().id == id)
            return device.get();
    }
    return nullptr;
}

void DeviceManager::addEnumerator(std::unique_ptr<DeviceEnumerator> enumerator)
{
    connect(enumerator.get(), &DeviceEnumerator::devicesChanged, this, &DeviceManager::discoveredChanged);
    m_enumerators.push_back(std::move(enumerator));
    Q_EMIT discoveredChanged();
}

QList<DiscoveredDevice> DeviceManager::discovered() const
{
    QList<DiscoveredDevice> all;
    for (const auto &enumerator : m_enumerators)
        all += enumerator->devices();
    return all;
}

void DeviceManager::refreshDiscovery()
{
    for (const auto &enumerator : m_enumerators)
        enumerator->refresh();
}

QStringList DeviceManager::discoveryProblems() const
{
    QStringList problems;
    for (const auto &enumerator : m_enumerators) {
        if (const QString problem = enumerator->problem(); !problem.isEmpty())
            problems.append(tr("%1: %2").arg(enumerator->backend(), problem));
    }
    return problems;
}

} // namespace omnitill
