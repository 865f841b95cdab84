#include "HidrawMsrReader.h"

#include "HardwareLog.h"

namespace omnitill {

namespace {
constexpr char enterUsage = 0x28;

// The character a HID keyboard usage types, as US key positions name it; 0 for a key no track holds.
char characterOf(quint8 usage, bool shift)
{
    if (usage >= 0x04 && usage <= 0x1D)
        return char((shift ? 'A' : 'a') + (usage - 0x04));
    if (usage >= 0x1E && usage <= 0x27) { // 1 … 9, 0
        static constexpr char digits[] = "1234567890", shifted[] = "!@#$%^&*()";
        return (shift ? shifted : digits)[usage - 0x1E];
    }
    switch (usage) {
    case 0x2C:
        return ' ';
    case 0x2D:
        return shift ? '_' : '-';
    case 0x2E:
        return shift ? '+' : '=';
    case 0x33:
        return shift ? ':' : ';';
    case 0x36:
        return shift ? '<' : ',';
    case 0x37:
        return shift ? '>' : '.';
    case 0x38:
        return shift ? '?' : '/';
    default:
        return 0;
    }
}
} // namespace

std::optional<HidrawMsrReader::Format> HidrawMsrReader::formatNamed(const QString &name)
{
    if (name == QLatin1String("keyboard"))
        return Format::Keyboard;
    if (name == QLatin1String("tracks"))
        return Format::Tracks;
    return std::nullopt;
}

HidrawMsrReader::HidrawMsrReader(Format format, QObject *parent)
    : QObject(parent)
    , m_format(format)
    , m_device(format == Format::Keyboard ? keyboardReportSize : tracksReportSize)
{
    m_swipe.reserve(maxSwipe);
    connect(&m_device, &DeviceFileReader::chunkRead, this, &HidrawMsrReader::takeReport);
    connect(&m_device, &DeviceFileReader::failed, this, &HidrawMsrReader::failed);
}

Result<void> HidrawMsrReader::open(const QString &devicePath)
{
    auto opened = m_device.open(devicePath);
    if (opened)
        qCInfo(lcScanner) << "reading the magnetic stripe reader" << devicePath;
    return opened;
}

void HidrawMsrReader::watch(int fd)
{
    m_device.watch(fd);
}

void HidrawMsrReader::takeReport(const QByteArray &report)
{
    if (m_format == Format::Keyboard)
        takeKeys(report);
    else
        takeTracks(report);
}

void HidrawMsrReader::takeKeys(const QByteArray &report)
{
    if (report.size() != keyboardReportSize)
        return;
    const bool shift = (quint8(report.at(0)) & 0x22) != 0; // left or right shift
    const QByteArray keys = report.mid(2);
    for (const char usage : keys) {
        if (usage == 0 || m_keysDown.contains(usage))
            continue;
        if (usage == enterUsage) {
            finish();
        } else if (const char character = characterOf(quint8(usage), shift)) {
            append(character);
        }
    }
    m_keysDown = keys;
}

void HidrawMsrReader::takeTracks(const QByteArray &report)
{
    if (report.size() != tracksReportSize)
        return;
    for (int track = 0; track < 3; ++track) {
        // A track the reader could not decode (status not 0) or did not find (length 0) adds nothing.
        const qsizetype length = std::min<qsizetype>(quint8(report.at(3 + track)), trackDataSize);
        if (report.at(track) != 0)
            continue;
        const char *data = report.constData() + 7 + track * trackDataSize;
        for (qsizetype i = 0; i < length; ++i)
            append(data[i]);
    }
    finish();
}

void HidrawMsrReader::append(char character)
{
    if (m_swipe.size() >= maxSwipe)
        m_overlong = true;
    else
        m_swipe.append(character);
}

void HidrawMsrReader::finish()
{
    SensitiveBytes swipe = std::move(m_swipe); // wiped when this returns, whatever was swiped
    m_swipe.reserve(maxSwipe);
    if (std::exchange(m_overlong, false)) {
        Q_EMIT refused(tr("That card swipe is longer than any card's tracks"));
        return;
    }
    if (swipe.size() == 0)
        return;
    MagneticStripe::handle(
        swipe, [this](const CardSwipe &card) { Q_EMIT swiped(card); },
        [this](const QString &reason) { Q_EMIT refused(reason); });
}

} // namespace omnitill
