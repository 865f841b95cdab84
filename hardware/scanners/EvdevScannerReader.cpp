#include "EvdevScannerReader.h"

#include "HardwareLog.h"
#include "WedgeScanDetector.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace omnitill {

EvdevScannerReader::EvdevScannerReader(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

EvdevScannerReader::~EvdevScannerReader()
{
    stop();
}

Result<void> EvdevScannerReader::open(const QString &devicePath)
{
    stop();
    const int fd = ::open(QFile::encodeName(devicePath).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES)
            return Error{tr("Cannot read the scanner %1: permission denied. The till's user must be in the input "
                            "group (install the udev rules from packaging/).")
                             .arg(devicePath)};
        return Error{tr("Cannot open the scanner %1: %2").arg(devicePath, QString::fromLocal8Bit(strerror(error)))};
    }
    // Exclusive: the desktop, the focused widget and the IME get none of the scanner's keys.
    if (::ioctl(fd, EVIOCGRAB, 1) != 0) {
        const int error = errno;
        ::close(fd);
        return Error{tr("The scanner %1 is in use by another program: %2")
                         .arg(devicePath, QString::fromLocal8Bit(strerror(error)))};
    }
    watch(fd);
    m_ownsFd = true;
    qCInfo(lcScanner) << "reading wedge scanner" << devicePath << "with an exclusive grab";
    return {};
}

void EvdevScannerReader::watch(int fd)
{
    stop();
    m_fd = fd;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EvdevScannerReader::readAvailable);
}

void EvdevScannerReader::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_ownsFd && m_fd >= 0)
        ::close(m_fd); // closing also releases the grab
    m_fd = -1;
    m_ownsFd = false;
    m_pending.clear();
    m_scan.clear();
    m_overlong = false;
    m_shift = m_control = false;
}

void EvdevScannerReader::readAvailable()
{
    char buffer[64 * sizeof(input_event)];
    const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
    if (got < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (got <= 0) {
        const QString reason = got == 0 ? tr("The scanner's input device closed.")
                                        : tr("The scanner stopped answering: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        qCWarning(lcScanner) << "evdev scanner:" << reason;
        m_notifier->setEnabled(false);
        Q_EMIT failed(reason);
        return;
    }
    m_pending.append(buffer, got);
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
        Q_EMIT refused(tr("A scan longer than %1 characters was ignored.").arg(m_settings.maxLength));
        return;
    }
    ScanPayload payload = ScanPayload::fromRaw(raw, m_settings.affixes);
    if (!payload.data.isEmpty())
        Q_EMIT scanned(payload);
}

} // namespace omnitill
