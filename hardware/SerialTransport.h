#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSerialPort>
#include <memory>

namespace omnitill {

// A serial line to a printer, a pole display or a serial scanner, named by an address:
//   serial:///dev/ttyUSB0?baud=9600&bits=8&parity=none&stop=1&flow=none
// Everything after the port is optional; the defaults (9600 8N1, no flow control) are what pole
// displays and most serial receipt printers ship with. Printers with a busy line want flow=hardware.
// The transport is a QSerialPort, a plain QIODevice: the same send/status code as for TCP and USB
// works on it. Blocking use (waitFor…) belongs on a device thread.
class SerialTransport
{
    Q_DECLARE_TR_FUNCTIONS(SerialTransport)

public:
    struct Settings
    {
        QString port; // /dev/ttyUSB0
        qint32 baudRate = 9600;
        QSerialPort::DataBits dataBits = QSerialPort::Data8;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
        QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    };

    [[nodiscard]] static Result<Settings> parse(const QString &address);
    [[nodiscard]] static Result<std::unique_ptr<QIODevice>> open(const QString &address);
    [[nodiscard]] static Result<std::unique_ptr<QIODevice>> open(const Settings &settings);
};

} // namespace omnitill
