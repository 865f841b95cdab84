#include "SerialEnumerator.h"

#include <QSerialPortInfo>

namespace omnitill {

SerialEnumerator::SerialEnumerator(int pollMs, QObject *parent)
    : DeviceEnumerator(parent)
{
    refresh();
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &SerialEnumerator::refresh);
    m_poll.start();
}

void SerialEnumerator::refresh()
{
    QList<DiscoveredDevice> found;
    for (const auto &port : QSerialPortInfo::availablePorts()) {
        QString description = port.description();
        if (port.hasVendorIdentifier() && port.hasProductIdentifier())
            description += QStringLiteral(" %1:%2")
                               .arg(port.vendorIdentifier(), 4, 16, QLatin1Char('0'))
                               .arg(port.productIdentifier(), 4, 16, QLatin1Char('0'));
        found.append({backend(), QStringLiteral("serial://") + port.systemLocation(), description.trimmed()});
    }
    if (found == m_devices)
        return;
    m_devices = found;
    Q_EMIT devicesChanged();
}

} // namespace omnitill
