#include "EvdevScannerReader.h"

#include "HardwareLog.h"
#include "WedgeScanDetector.h"

#include <cerrno>
#include <cstring>
#include <linux/input.h>
#include <sys/ioctl.h>

namespace omnitill {

EvdevScannerReader::EvdevScannerReader(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_device(64 * sizeof(input_event))
{
    connect(&m_device, &DeviceFileReader::chunkRead, this, &EvdevScannerReader::takeBytes);
    connect(&m_device, &DeviceFileReader::failed, this, &EvdevScannerReader::failed);
}

Result<void> EvdevScannerReader::open(const QString &devicePath)
{
    reset();
    if (auto opened = m_device.open(devicePath); !opened)
        return opened;
    // Exclusive: the desktop, the focused widget and the IME get none of the scanner's keys.
    if (::ioctl(m_device.fd(), EVIOCGRAB, 1) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        m_device.close();
        return Error{tr("The scanner %1 cannot be taken for the till alone (another program holds it?): %2")
                         .arg(devicePath, reason)};
    }
    qCInfo(lcScanner) << "reading wedge scanner" << devicePath << "with an exclusive grab";
    return {};
}

void EvdevScannerReader::watch(int fd)
{
    reset();
    m_device.watch(fd);
}

void EvdevScannerReader::reset()
{
    m_pending.clear();
    m_scan.clear();
    m_overlong = false;
    m_shift = m_control = false;
}

void EvdevScannerReader::takeBytes(const QByteArray &bytes)
{
    m_pending.append(bytes);
    qsizetype at = 0;
    for (; at + qsizetype(sizeof(input_event)) <= m_pending.size(); at += sizeof(input_event)) {
        input_event event;
        std::memcpy(&event, m_pending.constData() + at, sizeof event);
        if (event.type == EV_KEY)
            takeKey(event.code, event.value, qint64(event.input_event_sec) * 1000 + event.input_event_usec / 1000);
    }
    m_pending.remove(0, at);
}

void EvdevScannerReader::takeKey(quint16 code, int value, qint64 timestampMs)
{
    if (code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT) {
        m_shift = value != 0;
        return;
    }
    if (code == KEY_LEFTCTRL || code == KEY_RIGHTCTRL) {
        m_control = value != 0;
        return;
    }
    if (value != 1)
        return; // releases, and auto-repeat that a scanner never means
    if (timestampMs - m_lastKeyMs > m_settings.maxGapMs && (!m_scan.isEmpty() || m_overlong)) {
        qCInfo(lcScanner) << "unterminated scan of" << m_scan.size() << "characters dropped";
        m_scan.clear();
        m_overlong = false;
    }
    m_lastKeyMs = timestampMs;
    const bool enter = code == KEY_ENTER || code == KEY_KPENTER;
    if ((m_settings.terminator == Terminator::Enter && enter) ||
        (m_settings.terminator == Terminator::Tab && code == KEY_TAB)) {
        finishScan();
        return;
    }
    const auto character = WedgeScanDetector::usCharacter(KeyStroke{code, m_shift, m_control, timestampMs});
    if (!character || (*character < 0x20 && *character != 0x1D))
        return; // scanned data is data: no other control character goes anywhere
    if (m_scan.size() >= m_settings.maxLength)
        m_overlong = true;
    else
        m_scan.append(QChar(*character));
}

void EvdevScannerReader::finishScan()
{
    const QString raw = std::exchange(m_scan, {});
    if (std::exchange(m_overlong, false)) {
        Q_EMIT refused(ScanPayload::tooLongReason(m_settings.maxLength));
        return;
    }
    ScanPayload payload = ScanPayload::fromRaw(raw, m_settings.affixes);
    if (!payload.data.isEmpty())
        Q_EMIT scanned(payload);
}

} // namespace omnitill
