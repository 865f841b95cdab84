#include "DeviceConfiguration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace omnitill {

const QString DeviceConfiguration::fileName = QStringLiteral("devices.json");

DeviceConfiguration DeviceConfiguration::defaults(const QString &receiptFolder)
{
    DeviceConfiguration configuration;
    configuration.devices = {
        {QStringLiteral("receipt"),
         QStringLiteral("escpos-printer"),
         QStringLiteral("epson-tm-t88"),
         QStringLiteral("virtual:") + receiptFolder,
         {}},
        {QStringLiteral("pole"),
         QStringLiteral("pole-display"),
         QStringLiteral("epson"),
         QStringLiteral("simulator:"),
         {}},
    };
    return configuration;
}

QString DeviceConfiguration::pathBeside(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(fileName);
}

Result<DeviceConfiguration> DeviceConfiguration::load(const QString &path, const QString &receiptFolder)
{
    QFile file(path);
    if (!file.exists())
        return defaults(receiptFolder);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The device configuration %1 cannot be read: %2.").arg(path, file.errorString())};
    auto read = fromJson(file.readAll());
    if (!read)
        return Error{tr("The device configuration %1 is wrong: %2").arg(path, read.error())};
    return read;
}

Result<DeviceConfiguration> DeviceConfiguration::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("it is not JSON (%1 at character %2).").arg(parseError.errorString()).arg(parseError.offset)};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != version)
        return Error{tr("\"version\" must be %1.").arg(version)};
    DeviceConfiguration configuration;
    QSet<QString> ids;
    const QJsonArray entries = root.value(QLatin1String("devices")).toArray();
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const QJsonObject entry = entries.at(n).toObject();
        DeviceSettings device{
            entry.value(QLatin1String("id")).toString(), entry.value(QLatin1String("family")).toString(),
            entry.value(QLatin1String("model")).toString(), entry.value(QLatin1String("address")).toString(),
            entry.value(QLatin1String("options")).toObject()};
        for (const auto &[field, value] :
             {std::pair{"id", device.id}, std::pair{"family", device.family}, std::pair{"address", device.address}}) {
            if (value.isEmpty())
                return Error{tr("device %1 has no \"%2\".").arg(n + 1).arg(QLatin1String(field))};
        }
        if (ids.contains(device.id))
            return Error{tr("the id \"%1\" is used by two devices.").arg(device.id)};
        ids.insert(device.id);
        configuration.devices.append(std::move(device));
    }
    return configuration;
}

QByteArray DeviceConfiguration::toJson() const
{
    QJsonArray entries;
    for (const auto &device : devices) {
        QJsonObject entry{{QLatin1String("id"), device.id},
                          {QLatin1String("family"), device.family},
                          {QLatin1String("model"), device.model},
                          {QLatin1String("address"), device.address}};
        if (!device.options.isEmpty())
            entry.insert(QLatin1String("options"), device.options);
        entries.append(entry);
    }
    return QJsonDocument(QJsonObject{{QLatin1String("version"), version}, {QLatin1String("devices"), entries}})
        .toJson();
}

const DeviceSettings *DeviceConfiguration::device(const QString &id) const
{
    for (const auto &device : devices) {
        if (device.id == id)
            return &device;
    }
    return nullptr;
}

} // namespace omnitill
