#include "NetworkEnumerator.h"

namespace omnitill {

NetworkEnumerator::NetworkEnumerator(const DeviceConfiguration &configuration, QObject *parent)
    : DeviceEnumerator(parent)
{
    for (const auto &device : configuration.devices) {
        if (device.address.startsWith(QLatin1String("tcp://")))
            m_devices.append({backend(), device.address, device.id});
    }
}

} // namespace omnitill
