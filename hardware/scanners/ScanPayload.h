#pragma once

#include <QCoreApplication>
#include <QString>

namespace omnitill {

// What a scanner is configured to put around every scan (a start character, a CR) that is framing,
// not data.
struct ScanAffixes
{
    QString prefix; // stripped when the scan starts with it
    QString suffix; // stripped when the scan ends with it
};

// One scan as it leaves a reader: the data, with the configured prefix and suffix and the AIM
// symbology identifier (ISO/IEC 15424 "]cm", e.g. "]E0", "]C1") taken off and the identifier kept
// apart. Every reader (wedge, evdev, HID POS, serial, camera) hands the router this, so that
// stripping works the same whatever cable the scanner hangs on. It does not judge the data: the
// ScanRouter refuses what may not pass.
struct ScanPayload
{
    Q_DECLARE_TR_FUNCTIONS(ScanPayload)

public:
    QString data;
    QString symbologyId;

    [[nodiscard]] static ScanPayload fromRaw(QString raw, const ScanAffixes &affixes);
    // What every reader tells the cashier when a scan is longer than it takes.
    [[nodiscard]] static QString tooLongReason(int maxLength);

    friend bool operator==(const ScanPayload &, const ScanPayload &) = default;
};

} // namespace omnitill
