#include "UsbDeviceId.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace omnitill {

std::optional<UsbDeviceId> UsbDeviceId::parse(const QString &address)
{
    // Not QUrl: "04b8:0e15" would be read as a host and a port.
    static const QRegularExpression form(QStringLiteral("^usb://([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(?:\\?(.*))?$"));
    const auto match = form.match(address);
    if (!match.hasMatch())
        return std::nullopt;
    UsbDeviceId id;
    id.vendorId = quint16(match.captured(1).toUInt(nullptr, 16));
    id.productId = quint16(match.captured(2).toUInt(nullptr, 16));
    id.serialNumber = QUrlQuery(match.captured(3)).queryItemValue(QStringLiteral("serial"));
    return id;
}

QString UsbDeviceId::name() const
{
    return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
}

QString UsbDeviceId::address() const
{
    const QString base = QStringLiteral("usb://") + name();
    return serialNumber.isEmpty() ? base : base + QStringLiteral("?serial=") + serialNumber;
}

} // namespace omnitill
