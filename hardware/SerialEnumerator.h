#pragma once

#include "DeviceEnumerator.h"

#include <QTimer>

namespace omnitill {

// Serial ports (on-board, USB-serial adapters, CDC-ACM devices) as QSerialPortInfo lists them, each as a
// serial:// address at the given baud rate. Ports come and go with USB adapters and Linux has no
// serial-port event Qt exposes, so the list is read again every pollMs.
class SerialEnumerator : public DeviceEnumerator
{
    Q_OBJECT

public:
    explicit SerialEnumerator(int pollMs = 3000, QObject *parent = nullptr);

    QString backend() const override { return QStringLiteral("serial"); }
    QList<DiscoveredDevice> devices() const override { return m_devices; }
    void refresh() override;

private:
    QList<DiscoveredDevice> m_devices;
    QTimer m_poll;
};

} // namespace omnitill
