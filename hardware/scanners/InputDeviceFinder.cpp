#include "InputDeviceFinder.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace omnitill {

namespace {
QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(256)).trimmed();
}

std::optional<quint16> readHexId(const QString &path)
{
    bool ok = false;
    const uint id = readLine(path).toUInt(&ok, 16);
    return ok && id <= 0xFFFF ? std::optional<quint16>(quint16(id)) : std::nullopt;
}
} // namespace

QStringList InputDeviceFinder::eventDevices(const QString &sysClassInputDir, const InputDeviceMatch &match)
{
    if (match.nameContains.isEmpty() && !match.vendorId && !match.productId)
        return {};
    QStringList events = QDir(sysClassInputDir).entryList({QStringLiteral("event*")}, QDir::AllEntries | QDir::System);
    std::sort(events.begin(), events.end(), [](const QString &a, const QString &b) {
        return QStringView(a).mid(5).toInt() < QStringView(b).mid(5).toInt();
    });
    QStringList devices;
    for (const QString &event : std::as_const(events)) {
        const QString device = sysClassInputDir + QLatin1Char('/') + event + QStringLiteral("/device/");
        if (!match.nameContains.isEmpty() &&
            !readLine(device + QStringLiteral("name")).contains(match.nameContains, Qt::CaseInsensitive))
            continue;
        if (match.vendorId && readHexId(device + QStringLiteral("id/vendor")) != match.vendorId)
            continue;
        if (match.productId && readHexId(device + QStringLiteral("id/product")) != match.productId)
            continue;
        devices.append(QStringLiteral("/dev/input/") + event);
    }
    return devices;
}

} // namespace omnitill
