#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill {

// Bytes for a 2×20 customer pole display (VFD), in one of the two command sets such displays speak:
// Epson's ESC/POS customer display commands (DM-D and its clones) or the CD5220 set. Pure: it returns
// bytes, the transport (serial, or the printer's pass-through) sends them.
//
// Pole displays have a single-byte character ROM (ASCII, and katakana or a code page), no Hangul: text
// is transliterated to ASCII (accents dropped, ₩ as W, € as EUR) and what has no ASCII form is left out
// (spaces are kept: they align prices).
// A line whose label has nothing left (a Korean product name) shows only its price, which is what the
// customer needs to check; the full name is on the second screen and the receipt.
// Invariant: every line sent is exactly columns characters, so a shorter line overwrites a longer one.
class PoleDisplayEncoder
{
public:
    enum class CommandSet { Epson, Cd5220 };

    static constexpr int columns = 20;

    explicit PoleDisplayEncoder(CommandSet commandSet);

    CommandSet commandSet() const { return m_commandSet; }

    // Reset, and overwrite mode (no scrolling when a line is full).
    QByteArray initialize() const;
    QByteArray clear() const;
    // Both lines, each cut or padded to the width.
    QByteArray showLines(const QString &top, const QString &bottom) const;
    // 1 (dim) to 4 (brightest).
    QByteArray brightness(int level) const;

    // text as the display can show it: printable ASCII only.
    static QByteArray displayable(const QString &text);
    // label left and amount right on one line; only the amount when the label has nothing displayable.
    static QString priceLine(const QString &label, const QString &amount);

private:
    static QByteArray fitted(const QString &text);

    CommandSet m_commandSet;
};

} // namespace omnitill
