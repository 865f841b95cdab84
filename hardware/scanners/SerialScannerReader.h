#pragma once

#include "Result.h"
#include "ScanPayload.h"

#include <QObject>
#include <QPointer>

class QIODevice;

namespace omnitill {

// A serial or USB-COM (CDC-ACM) scanner: each scan is the bytes up to the terminator (CR by default;
// a LF after it is skipped, so CR LF works too). The port is any QIODevice: openPort() opens a
// QSerialPort, the tests hand in a QBuffer. Bytes are UTF-8. A scan longer than maxLength is refused,
// and what follows it up to the next terminator is dropped with it, so a stream without terminators
// cannot grow the buffer without bound.
class SerialScannerReader : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QByteArray terminator = "\r";
        ScanAffixes affixes;
        int maxLength = 512;
    };

    explicit SerialScannerReader(Settings settings, QObject *parent = nullptr);

    // "/dev/ttyACM0" or a /dev/serial/by-id name; 8N1 at baudRate (CDC-ACM ignores the rate).
    [[nodiscard]] Result<void> openPort(const QString &portName, qint32 baudRate = 9600);
    // Reads from an open device the caller keeps alive while this reader lives.
    void read(QIODevice *device);

Q_SIGNALS:
    void scanned(const omnitill::ScanPayload &payload);
    void refused(const QString &reason);

private:
    void readAvailable();
    void takeFrame(QByteArray frame);

    Settings m_settings;
    QPointer<QIODevice> m_device;
    QByteArray m_buffer;
    bool m_discarding = false; // inside an overlong scan: drop until the next terminator
};

} // namespace omnitill
