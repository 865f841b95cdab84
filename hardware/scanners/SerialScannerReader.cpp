#include "SerialScannerReader.h"

#include "HardwareLog.h"

#include <QSerialPort>

namespace omnitill {

SerialScannerReader::SerialScannerReader(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    if (m_settings.terminator.isEmpty()) // an empty terminator would end a scan at every byte, forever
        m_settings.terminator = "\r";
}

Result<void> SerialScannerReader::openPort(const QString &portName, qint32 baudRate)
{
    auto *port = new QSerialPort(portName, this);
    port->setBaudRate(baudRate);
    if (!port->open(QIODevice::ReadOnly)) {
        const QString reason = port->errorString();
        delete port;
        return Error{tr("Cannot open the scanner on %1: %2").arg(portName, reason)};
    }
    qCInfo(lcScanner) << "reading serial scanner" << portName;
    read(port);
    return {};
}

void SerialScannerReader::read(QIODevice *device)
{
    if (m_device)
        disconnect(m_device, nullptr, this, nullptr);
    m_device = device;
    m_buffer.clear();
    m_discarding = false;
    connect(device, &QIODevice::readyRead, this, &SerialScannerReader::readAvailable);
    readAvailable();
}

void SerialScannerReader::readAvailable()
{
    m_buffer.append(m_device->readAll());
    for (;;) {
        const qsizetype end = m_buffer.indexOf(m_settings.terminator);
        if (end < 0)
            break;
        QByteArray frame = m_buffer.left(end);
        m_buffer.remove(0, end + m_settings.terminator.size());
        if (std::exchange(m_discarding, false))
            continue;
        takeFrame(std::move(frame));
    }
    if (m_buffer.size() > m_settings.maxLength) {
        m_buffer.clear();
        if (!std::exchange(m_discarding, true))
            Q_EMIT refused(ScanPayload::tooLongReason(m_settings.maxLength));
    }
}

void SerialScannerReader::takeFrame(QByteArray frame)
{
    if (frame.startsWith('\n') && m_settings.terminator == "\r")
        frame.remove(0, 1); // the LF of a CR LF
    if (frame.size() > m_settings.maxLength) {
        Q_EMIT refused(ScanPayload::tooLongReason(m_settings.maxLength));
        return;
    }
    ScanPayload payload = ScanPayload::fromRaw(QString::fromUtf8(frame), m_settings.affixes);
    if (!payload.data.isEmpty())
        Q_EMIT scanned(payload);
}

} // namespace omnitill
