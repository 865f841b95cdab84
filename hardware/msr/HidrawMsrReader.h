#pragma once

#include "DeviceFileReader.h"
#include "MagneticStripe.h"
#include "SensitiveBytes.h"

#include <QObject>

namespace omnitill {

// A USB magnetic stripe reader read through /dev/hidrawN, each swipe into the same MagneticStripe parser the
// keyboard-wedge path uses, with the same refusal of payment cards. Two report layouts (store setting
// msr.hidrawFormat), reports without a report ID:
//   keyboard  8-byte boot keyboard reports (modifiers, reserved, six key usages), as readers in keyboard mode
//             send them: each newly pressed key is one character (the HID usages name US key positions, so
//             no keyboard layout applies), Enter ends the swipe.
//   tracks    the HID MSR page (0x8E) as MagTek's readers lay out their 337-byte input report: decode status
//             of tracks 1–3, their lengths, the card encoding, then 110 bytes of each track's text.
// The swipe's text lives in a SensitiveBytes buffer and is wiped when read; a swipe longer than any card's
// tracks is refused whole. What the kernel and the report signal copied cannot be wiped (see SensitiveBytes).
class HidrawMsrReader : public QObject
{
    Q_OBJECT

public:
    enum class Format { Keyboard, Tracks };
    static constexpr qsizetype keyboardReportSize = 8, trackDataSize = 110, tracksReportSize = 7 + 3 * trackDataSize;
    static constexpr qsizetype maxSwipe =
        3 + MagneticStripe::track1MaxData + MagneticStripe::track2MaxData + MagneticStripe::track3MaxData + 3 * 3;

    // "keyboard" or "tracks"; nullopt for anything else.
    [[nodiscard]] static std::optional<Format> formatNamed(const QString &name);

    explicit HidrawMsrReader(Format format, QObject *parent = nullptr);

    [[nodiscard]] Result<void> open(const QString &devicePath);
    // Reads from a descriptor the caller owns (tests: a pipe carrying recorded reports).
    void watch(int fd);

Q_SIGNALS:
    void swiped(const omnitill::CardSwipe &card);
    void refused(const QString &reason);
    void failed(const QString &reason);

private:
    void takeReport(const QByteArray &report);
    void takeKeys(const QByteArray &report);
    void takeTracks(const QByteArray &report);
    void append(char character);
    void finish();

    Format m_format;
    DeviceFileReader m_device;
    SensitiveBytes m_swipe;
    QByteArray m_keysDown; // the key usages of the last keyboard report, so a held key is one character
    bool m_overlong = false;
};

} // namespace omnitill
