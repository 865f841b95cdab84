#pragma once

#include "DeviceConfiguration.h"
#include "DeviceEnumerator.h"
#include "DeviceFamilyPlugin.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QPluginLoader;

namespace omnitill {

// Owns the terminal's devices and the backends that see what is attached. Devices are built from the
// device configuration by family: a family is a factory registered in code (tests, built-in
// simulators) or found in a plugin folder, where plugin metadata is read without loading the library
// and only the families the configuration uses are loaded. A device whose family is missing or whose
// factory refuses its settings is not built; problems() says why, in words for the device page.
// Invariant: every device in devices() was built from the current configuration, in its order.
class DeviceManager : public QObject
{
    Q_OBJECT

public:
    using Factory = std::function<Result<std::unique_ptr<Device>>(const DeviceSettings &)>;

    explicit DeviceManager(QObject *parent = nullptr);
    ~DeviceManager() override;

    // Where plugins are looked for: "plugins" next to the executable, then the installed
    // <prefix>/lib/omnitill/plugins; OMNITILL_PLUGIN_PATH (colon-separated) comes first.
    static QStringList defaultPluginFolders();

    void addFamily(const QString &family, Factory factory);
    // Notes which plugin in the folders provides which family (metadata only, nothing is loaded).
    // Returns the families found.
    QStringList scanPlugins(const QStringList &folders);

    // Closes the devices of the previous configuration and builds the new ones (closed).
    void configure(const DeviceConfiguration &configuration);
    // Opens, claims and enables every device; a device that fails stays as far as it got.
    void startAll();
    void closeAll();

    const std::vector<std::unique_ptr<Device>> &devices() const { return m_devices; }
    Device *device(const QString &id) const;
    const QStringList &problems() const { return m_problems; }

    void addEnumerator(std::unique_ptr<DeviceEnumerator> enumerator);
    QList<DiscoveredDevice> discovered() const;
    // Asks every backend to look again (the device page's "refresh"); discoveredChanged follows a change.
    void refreshDiscovery();
    // Why backends cannot look (no usbfs, no permission), so "nothing found" and "cannot look" differ.
    QStringList discoveryProblems() const;

Q_SIGNALS:
    void devicesChanged();
    void discoveredChanged();
    void deviceError(const QString &id, const QString &reason);

private:
    Result<std::unique_ptr<Device>> build(const DeviceSettings &settings);
    Result<Factory> pluginFactory(const QString &family);

    std::map<QString, Factory> m_families;
    QHash<QString, QString> m_pluginFiles; // family → plugin library path
    std::vector<std::unique_ptr<QPluginLoader>> m_loaded;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::vector<std::unique_ptr<DeviceEnumerator>> m_enumerators;
    QStringList m_problems;
};

} // namespace omnitill
