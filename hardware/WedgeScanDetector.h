#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace omnitill {

// One key press as the application saw it. scanCode is the Linux evdev key code (KEY_A = 30; X11 and
// Wayland report it plus 8 as the native scan code), which names the key's position, not the letter
// the keyboard layout makes of it: a scanner typing "Y" on a German layout is still scan code 21.
struct KeyStroke
{
    quint32 scanCode = 0;
    bool shift = false;
    bool control = false;
    qint64 timestampMs = 0;
};

// What the detector decided about buffered keystrokes.
struct WedgeOutput
{
    enum class Kind {
        Scan,    // a scanner burst: data holds what was scanned; the keystrokes go nowhere else
        Typing,  // a person typing: strokes go to the focused widget as they were
        Refused, // a scanner burst that broke a rule (too long): nothing reaches the UI; reason says why
        Swipe,   // a card reader's burst (it starts with a track's start sentinel): track holds it, as typed
    };
    Kind kind = Kind::Typing;
    QString data;        // Scan: printable characters and GS (0x1D) only, prefix/suffix/AIM id removed
    QString symbologyId; // Scan: the AIM identifier the scanner sent ("]E0"), if any
    // Swipe: the track text, which may be a payment card's: the receiver wipes it (SensitiveBytes) and
    // makes no copy. Only its key count remains in strokes, whose keys are zeroed for the same reason.
    QByteArray track;
    QList<KeyStroke> strokes;
    QString reason;
};

// Tells keyboard-wedge scanner bursts from human typing, for scanners that can only be read as a
// keyboard inside the application. Pure and clocked by the events' timestamps (flush() takes "now"),
// so it is tested with synthetic keystrokes. Decisions use key positions and timing, never the text
// the keyboard layout or the Korean IME produced: characters are decoded with the US layout scanners
// are configured for. A burst is at least minLength keys, each within maxGapMs of the previous one,
// ended by a terminator key (Enter, Tab) or, when no terminator is required, by a pause. Everything
// else is typing and is handed back unchanged, a little late (at most maxGapMs).
// A burst that starts with "%" or ";" is a magnetic card reader's swipe and is handed out as track text,
// without the scan rules (affixes, control characters) and without ever becoming a QString.
// Invariant: a Scan's data never contains a control character other than GS, nor more than maxLength
// characters; Ctrl+letter combinations inside a burst are dropped, so a barcode cannot fire a shortcut.
class WedgeScanDetector
{
    Q_DECLARE_TR_FUNCTIONS(WedgeScanDetector)

public:
    struct Settings
    {
        qint64 maxGapMs = 40;     // slowest scanner measured: 19 ms between keys
        qint64 maxAverageMs = 30; // a fast typist averages 80–150 ms
        int minLength = 4;
        int maxLength = 512; // as every scanner reader: the till's signed QR codes run to ~400 characters
        bool terminatorRequired = true;
        QString prefix; // stripped when the scan starts with it
        QString suffix; // stripped when the scan ends with it
    };

    explicit WedgeScanDetector(Settings settings);
    WedgeScanDetector()
        : WedgeScanDetector(Settings{})
    {
    }

    // Takes one key press; returns decisions it made (none while it still waits to see more).
    [[nodiscard]] QList<WedgeOutput> press(const KeyStroke &stroke);
    // Call when no key came for a while (a timer at maxGapMs): decides about what is buffered.
    [[nodiscard]] QList<WedgeOutput> flush(qint64 nowMs);

    // The character a US-layout key makes, 0x1D for Ctrl+], nothing for keys that make no text.
    [[nodiscard]] static std::optional<char16_t> usCharacter(const KeyStroke &stroke);
    // The keystrokes a US-layout scanner sends for printable ASCII (tests and the scanner simulator).
    [[nodiscard]] static std::optional<KeyStroke> usKeyStroke(char16_t character);

    static constexpr quint32 keyEnter = 28, keyKeypadEnter = 96, keyTab = 15;

private:
    WedgeOutput decide(bool terminated);
    static WedgeOutput swipe(WedgeOutput output);
    bool isBurst() const;
    static bool isTerminator(const KeyStroke &stroke);

    Settings m_settings;
    QList<KeyStroke> m_buffer;
    bool m_discardingBurst = false; // after an overlong burst, its remaining keys are dropped
};

} // namespace omnitill
