#include "UsbPrinterInterface.h"

#include <libusb.h>

namespace omnitill {

namespace {
constexpr quint8 directionIn = 0x80;
constexpr quint8 transferTypeMask = 0x03;
constexpr quint8 bulk = 0x02;

// Lower is better: bidirectional first, then unidirectional, then 1284.4.
int preference(quint8 protocol)
{
    switch (protocol) {
    case 2:
        return 0;
    case 1:
        return 1;
    default:
        return 2;
    }
}
} // namespace

Result<UsbPrinterInterface> UsbPrinterInterface::select(const QList<UsbInterfaceDescription> &interfaces,
                                                        const QString &deviceName)
{
    std::optional<UsbPrinterInterface> best;
    int bestPreference = 0;
    for (const auto &candidate : interfaces) {
        if (candidate.interfaceClass != printerClass)
            continue;
        UsbPrinterInterface found{candidate.number, candidate.alternateSetting, 0, 0};
        for (const auto &endpoint : candidate.endpoints) {
            if ((endpoint.attributes & transferTypeMask) != bulk)
                continue;
            quint8 &slot = (endpoint.address & directionIn) ? found.bulkIn : found.bulkOut;
            if (slot == 0)
                slot = endpoint.address;
        }
        if (found.bulkOut == 0)
            continue;
        // A unidirectional setting's IN endpoint (if any) is not one to read status from.
        if (candidate.interfaceProtocol == 1)
            found.bulkIn = 0;
        const int rank = preference(candidate.interfaceProtocol);
        if (!best || rank < bestPreference) {
            best = found;
            bestPreference = rank;
        }
    }
    if (!best)
        return Error{tr("USB device %1 is not a printer: it has no printer-class interface with a bulk OUT endpoint.")
                         .arg(deviceName)};
    return *best;
}

QList<UsbInterfaceDescription> UsbPrinterInterface::describe(const libusb_config_descriptor &configuration)
{
    QList<UsbInterfaceDescription> described;
    for (int i = 0; i < configuration.bNumInterfaces; ++i) {
        const libusb_interface &interface = configuration.interface[i];
        for (int a = 0; a < interface.num_altsetting; ++a) {
            const libusb_interface_descriptor &setting = interface.altsetting[a];
            UsbInterfaceDescription description{setting.bInterfaceNumber,   setting.bAlternateSetting,
                                                setting.bInterfaceClass,    setting.bInterfaceSubClass,
                                                setting.bInterfaceProtocol, {}};
            for (int e = 0; e < setting.bNumEndpoints; ++e)
                description.endpoints.append({setting.endpoint[e].bEndpointAddress, setting.endpoint[e].bmAttributes});
            described.append(description);
        }
    }
    return described;
}

} // namespace omnitill
