#include "PluginFolders.h"

#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

namespace omnitill {

QHash<QString, QString> PluginFolders::find(const QStringList &folders, QLatin1StringView iid, const QString &key)
{
    QHash<QString, QString> found;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList(QDir::Files)) {
            if (!QLibrary::isLibrary(file))
                continue;
            const QString path = dir.absoluteFilePath(file);
            const QJsonObject metaData = QPluginLoader(path).metaData();
            if (metaData.value(QLatin1String("IID")).toString() != iid)
                continue;
            const QString name = metaData.value(QLatin1String("MetaData")).toObject().value(key).toString();
            if (!name.isEmpty() && !found.contains(name))
                found.insert(name, path);
        }
    }
    return found;
}

} // namespace omnitill
