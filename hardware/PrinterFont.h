#pragma once

#include <QFont>
#include <QImage>
#include <QString>

class QPainter;

namespace omnitill {

// How a run of text is printed: what ESC !, ESC E, ESC -, ESC M and GS ! have set.
struct TextStyle
{
    bool fontB = false;
    bool emphasis = false;
    bool underline = false;
    int widthScale = 1; // 1..8
    int heightScale = 1;

    friend bool operator==(const TextStyle &, const TextStyle &) = default;
};

enum class Alignment { Left = 0, Center = 1, Right = 2 };

// The receipt printer's character grid drawn with Noto Sans Mono CJK KR: Font A cells are 12 × 24
// dots, Font B 9 × 17, Hangul and other wide characters take two cells. Both the virtual printer and
// the encoder's raster fallback draw text through this class, so a line sent as an image looks exactly
// like the same line sent as text. Drawing is 1-bit (no antialiasing), as a thermal head prints.
// Needs a QGuiApplication (fonts).
class PrinterFont
{
public:
    static int cellWidth(const TextStyle &style) { return (style.fontB ? 9 : 12) * style.widthScale; }
    static int cellHeight(const TextStyle &style) { return (style.fontB ? 17 : 24) * style.heightScale; }
    // 2 for East Asian wide characters, 1 otherwise: the columns a character takes on the printer.
    static int columns(char32_t character);
    static int width(const QString &text, const TextStyle &style);

    // Draws one character with its top-left corner at (x, y); returns its advance in dots.
    static int draw(QPainter &painter, int x, int y, char32_t character, const TextStyle &style);

    // A whole line of text as a white image lineWidth dots wide, aligned within it, as tall as the line
    // feed the printer would make (the taller of the cell and lineSpacing).
    [[nodiscard]] static QImage renderLine(const QString &text, const TextStyle &style, int lineWidth,
                                           Alignment alignment, int lineSpacing);

private:
    static QFont font(const TextStyle &style);
};

} // namespace omnitill
