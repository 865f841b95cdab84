#pragma once

#include "DeviceConfiguration.h"
#include "DeviceEnumerator.h"

namespace omnitill {

// Network devices cannot be discovered reliably (printers on port 9100 do not announce themselves, and
// scanning a shop's network is not the till's business), so this backend lists the tcp:// addresses
// the configuration names. Whether they answer is for the device's claim() to say.
class NetworkEnumerator : public DeviceEnumerator
{
    Q_OBJECT

public:
    explicit NetworkEnumerator(const DeviceConfiguration &configuration, QObject *parent = nullptr);

    QString backend() const override { return QStringLiteral("network"); }
    QList<DiscoveredDevice> devices() const override { return m_devices; }
    void refresh() override {}

private:
    QList<DiscoveredDevice> m_devices;
};

} // namespace omnitill
