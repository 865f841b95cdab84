#pragma once

#include "PrinterFont.h"

#include <QImage>
#include <QList>

namespace omnitill {

// The virtual printer's paper: a roll as wide as the print head, growing as lines are printed. Text
// is collected into the current line (wrapping at the paper edge, as the printer does) and drawn when
// the line feeds; pictures (raster images, barcodes, QR codes) print at once below it. Cuts are drawn
// as a dashed line (partial) or a solid line (full) and counted.
class PaperRoll
{
public:
    explicit PaperRoll(int widthDots);

    int width() const { return m_width; }
    bool lineIsEmpty() const { return m_pending.isEmpty(); }

    // ESC a: where the next printed line or picture sits across the paper.
    void setAlignment(Alignment alignment) { m_alignment = alignment; }
    void addCharacter(char32_t character, const TextStyle &style);
    // Prints the current line (an empty one is just a feed of lineSpacing dots).
    void feedLine(int lineSpacing);
    void feedDots(int dots);
    void addPicture(const QImage &picture);
    void cut(bool partial);

    int cuts() const { return m_cuts; }
    int heightDots() const { return m_height; }
    // The printed roll so far, black on white, 1 bit per dot.
    [[nodiscard]] QImage image() const;

private:
    struct Glyph
    {
        char32_t character;
        TextStyle style;
    };
    void append(QImage strip);

    int m_width;
    int m_height = 0;
    int m_cuts = 0;
    QList<Glyph> m_pending;
    int m_pendingWidth = 0;
    Alignment m_alignment = Alignment::Left;
    QList<QImage> m_strips;
};

} // namespace omnitill
