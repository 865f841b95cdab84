#pragma once

#include "DeviceFileReader.h"
#include "ScanPayload.h"

#include <QObject>

namespace omnitill {

// A USB HID POS scanner read through /dev/hidrawN (no driver to detach: usbhid keeps it, and the scan
// never becomes keystrokes). Each read() is one report (HidPosReport); reports marked "continued" are
// joined until the last one, then the scan is handed on once. The data is UTF-8 (QR codes carry
// Korean text); reports that hold no scan (status, trigger) are skipped. A scan longer than maxLength
// bytes is refused whole.
class HidrawScannerReader : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        ScanAffixes affixes;
        int maxLength = 512;
    };

    explicit HidrawScannerReader(Settings settings, QObject *parent = nullptr);

    [[nodiscard]] Result<void> open(const QString &devicePath);
    // Reads from a descriptor the caller owns (tests: a pipe carrying recorded reports).
    void watch(int fd);

Q_SIGNALS:
    void scanned(const omnitill::ScanPayload &payload);
    void refused(const QString &reason);
    void failed(const QString &reason);

private:
    void takeReport(const QByteArray &report);

    Settings m_settings;
    DeviceFileReader m_device;
    QByteArray m_scan;
    QString m_symbologyId;
    bool m_overlong = false;
};

} // namespace omnitill
