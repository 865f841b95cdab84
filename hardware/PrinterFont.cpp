#include "PrinterFont.h"

#include <QFontMetrics>
#include <QPainter>

namespace omnitill {

int PrinterFont::columns(char32_t c)
{
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

int PrinterFont::width(const QString &text, const TextStyle &style)
{
    int total = 0;
    for (char32_t c : text.toUcs4())
        total += columns(c) * cellWidth(style);
    return total;
}

QFont PrinterFont::font(const TextStyle &style)
{
    QFont font(QStringLiteral("Noto Sans Mono CJK KR"));
    // Drawn at the unscaled cell height; GS ! sizes are a painter scale, as the printer multiplies dots.
    font.setPixelSize(style.fontB ? 16 : 22);
    font.setBold(style.emphasis);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoAntialias | QFont::NoSubpixelAntialias));
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

int PrinterFont::draw(QPainter &painter, int x, int y, char32_t character, const TextStyle &style)
{
    const int cells = columns(character);
    const int baseWidth = style.fontB ? 9 : 12;
    const int baseHeight = style.fontB ? 17 : 24;
    painter.save();
    painter.translate(x, y);
    painter.scale(style.widthScale, style.heightScale);
    const QFont face = font(style);
    painter.setFont(face);
    painter.setPen(Qt::black);
    // An explicit baseline rather than a centred box: Noto's line height is far taller than a printer
    // cell, and centring it would push descenders out of the cell.
    const QString text = QString::fromUcs4(&character, 1);
    const int advance = QFontMetrics(face).horizontalAdvance(text);
    painter.drawText(QPoint((baseWidth * cells - advance) / 2, baseHeight * 21 / 25), text);
    if (style.underline)
        painter.fillRect(QRect(0, baseHeight - 2, baseWidth * cells, 1), Qt::black);
    painter.restore();
    return cells * cellWidth(style);
}

QImage PrinterFont::renderLine(const QString &text, const TextStyle &style, int lineWidth, Alignment alignment,
                               int lineSpacing)
{
    const int height = qMax(cellHeight(style), lineSpacing);
    QImage image(lineWidth, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    const int textWidth = width(text, style);
    int x = alignment == Alignment::Left     ? 0
            : alignment == Alignment::Center ? qMax(0, (lineWidth - textWidth) / 2)
                                             : qMax(0, lineWidth - textWidth);
    QPainter painter(&image);
    for (char32_t c : text.toUcs4()) {
        if (x + columns(c) * cellWidth(style) > lineWidth)
            break; // the printer wraps; a rendered line is cut where the paper ends
        x += draw(painter, x, height - cellHeight(style), c, style); // on the baseline, as PaperRoll
    }
    return image;
}

} // namespace omnitill
