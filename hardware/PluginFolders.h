#pragma once

#include <QHash>
#include <QStringList>

namespace omnitill {

// The Qt plugins in a list of folders that implement one interface, told apart by a name in their metadata
// (a device plugin's "family", a payment plugin's "protocol"). Only metadata is read: nothing is loaded.
class PluginFolders
{
public:
    // name → plugin library path, for every plugin whose IID is iid and whose metadata has the key; when two
    // folders have the same name the first folder wins, so OMNITILL_PLUGIN_PATH overrides what is installed.
    [[nodiscard]] static QHash<QString, QString> find(const QStringList &folders, QLatin1StringView iid,
                                                      const QString &key);
};

} // namespace omnitill
