#include "HidrawScannerReader.h"

#include "HardwareLog.h"
#include "HidPosReport.h"

namespace omnitill {

HidrawScannerReader::HidrawScannerReader(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_device(HidPosReport::reportSize)
{
    connect(&m_device, &DeviceFileReader::chunkRead, this, &HidrawScannerReader::takeReport);
    connect(&m_device, &DeviceFileReader::failed, this, &HidrawScannerReader::failed);
}

Result<void> HidrawScannerReader::open(const QString &devicePath)
{
    m_scan.clear();
    auto opened = m_device.open(devicePath);
    if (opened)
        qCInfo(lcScanner) << "reading HID POS scanner" << devicePath;
    return opened;
}

void HidrawScannerReader::watch(int fd)
{
    m_scan.clear();
    m_device.watch(fd);
}

void HidrawScannerReader::takeReport(const QByteArray &report)
{
    const auto fragment = HidPosReport::decode(report);
    if (!fragment) {
        qCDebug(lcScanner) << "HID POS report skipped:" << fragment.error();
        return;
    }
    if (m_scan.isEmpty() && !m_overlong)
        m_symbologyId = fragment->symbologyId; // continuation reports may repeat it or leave it out
    if (m_scan.size() + fragment->data.size() > m_settings.maxLength)
        m_overlong = true;
    else if (!m_overlong)
        m_scan.append(fragment->data);
    if (fragment->continued)
        return;
    const QByteArray bytes = std::exchange(m_scan, {});
    if (std::exchange(m_overlong, false)) {
        Q_EMIT refused(ScanPayload::tooLongReason(m_settings.maxLength));
        return;
    }
    ScanPayload payload = ScanPayload::fromRaw(QString::fromUtf8(bytes), m_settings.affixes);
    if (payload.symbologyId.isEmpty())
        payload.symbologyId = m_symbologyId;
    if (!payload.data.isEmpty())
        Q_EMIT scanned(payload);
}

} // namespace omnitill
