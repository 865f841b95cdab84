#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>

struct libusb_config_descriptor;

namespace omnitill {

// The endpoint and interface descriptors of a USB device's active configuration, as far as choosing a
// printer interface needs them: plain values, so the choice is tested without a device.
struct UsbEndpointDescription
{
    quint8 address = 0;    // bit 7 set: IN (device to host)
    quint8 attributes = 0; // bits 0–1: 0 control, 1 isochronous, 2 bulk, 3 interrupt
};

struct UsbInterfaceDescription
{
    int number = 0;
    int alternateSetting = 0;
    quint8 interfaceClass = 0;
    quint8 interfaceSubClass = 0;
    quint8 interfaceProtocol = 0; // printer class: 1 unidirectional, 2 bidirectional, 3 IEEE 1284.4
    QList<UsbEndpointDescription> endpoints;
};

// The interface of a USB device that prints: USB printer class 0x07, subclass 1, with a bulk OUT
// endpoint for the job and, when bidirectional, a bulk IN endpoint for status replies (DLE EOT). When a
// device offers several alternate settings, the bidirectional one is chosen (status needs it), then
// unidirectional; 1284.4 (protocol 3) is only used when nothing else is there. Endpoint addresses are
// read from the descriptors, never assumed (Epson uses 0x01/0x82, others 0x02/0x81).
struct UsbPrinterInterface
{
    Q_DECLARE_TR_FUNCTIONS(UsbPrinterInterface)

public:
    static constexpr quint8 printerClass = 0x07;

    int number = 0;
    int alternateSetting = 0;
    quint8 bulkOut = 0;
    quint8 bulkIn = 0; // 0: the printer cannot report its status

    bool bidirectional() const { return bulkIn != 0; }

    // deviceName is for the message when there is no printer interface ("04b8:0e15").
    [[nodiscard]] static Result<UsbPrinterInterface> select(const QList<UsbInterfaceDescription> &interfaces,
                                                            const QString &deviceName);
    static QList<UsbInterfaceDescription> describe(const libusb_config_descriptor &configuration);
};

} // namespace omnitill
