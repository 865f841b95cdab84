#pragma once

#include "DeviceFileReader.h"
#include "Result.h"
#include "ScanPayload.h"

#include <QObject>

namespace omnitill {

// A keyboard-wedge scanner read as its own Linux input device (/dev/input/eventN), so that neither the
// keyboard layout, nor the Korean IME's Hangul mode, nor the focused widget sees or changes the scan:
// open() grabs the device exclusively (EVIOCGRAB), and key codes are turned into characters with the
// fixed US layout scanners are configured for (WedgeScanDetector::usCharacter), never through the
// desktop's keymap.
//
// Reads whole struct input_event records from the device (DeviceFileReader); watch() takes any descriptor, which is how
// the tests feed recorded events through a pipe. A scan ends at the terminator key; keys more than maxGapMs apart (by
// the events' own timestamps) start a new scan, so a half scan is never glued to the next one. Control characters other
// than GS (Ctrl+]) are dropped; a scan longer than maxLength is refused whole.
class EvdevScannerReader : public QObject
{
    Q_OBJECT

public:
    enum class Terminator { Enter, Tab };
    struct Settings
    {
        Terminator terminator = Terminator::Enter;
        ScanAffixes affixes;
        int maxLength = 512;
        qint64 maxGapMs = 500; // scanners send a whole code within a few ms per key
    };

    explicit EvdevScannerReader(Settings settings, QObject *parent = nullptr);

    // Opens the event device, grabs it, and starts reading. The reason says what went wrong in words
    // ("Cannot read /dev/input/event5: permission denied. Install the udev rules from packaging/ ...").
    [[nodiscard]] Result<void> open(const QString &devicePath);
    // Reads from a descriptor the caller owns and keeps open while this reader lives.
    void watch(int fd);

Q_SIGNALS:
    void scanned(const omnitill::ScanPayload &payload);
    void refused(const QString &reason);
    void failed(const QString &reason); // the device went away or could not be read

private:
    void takeBytes(const QByteArray &bytes);
    void takeKey(quint16 code, int value, qint64 timestampMs);
    void finishScan();
    void reset();

    Settings m_settings;
    DeviceFileReader m_device;
    QByteArray m_pending; // bytes of an input_event record not yet read whole
    QString m_scan;
    bool m_overlong = false;
    bool m_shift = false;
    bool m_control = false;
    qint64 m_lastKeyMs = 0;
};

} // namespace omnitill
