#include "PaperRoll.h"

#include <QPainter>

namespace omnitill {

PaperRoll::PaperRoll(int widthDots)
    : m_width(widthDots)
{
}

void PaperRoll::append(QImage strip)
{
    m_height += strip.height();
    m_strips.append(std::move(strip));
}

void PaperRoll::addCharacter(char32_t character, const TextStyle &style)
{
    const int advance = PrinterFont::columns(character) * PrinterFont::cellWidth(style);
    if (m_pendingWidth + advance > m_width && !m_pending.isEmpty()) {
        // The line is full: the printer prints it and goes on with the next one.
        feedLine(0);
    }
    m_pending.append({character, style});
    m_pendingWidth += advance;
}

void PaperRoll::feedLine(int lineSpacing)
{
    int height = lineSpacing;
    for (const Glyph &glyph : std::as_const(m_pending))
        height = qMax(height, PrinterFont::cellHeight(glyph.style));
    QImage strip(m_width, qMax(1, height), QImage::Format_RGB32);
    strip.fill(Qt::white);
    if (!m_pending.isEmpty()) {
        QPainter painter(&strip);
        int x = m_alignment == Alignment::Left     ? 0
                : m_alignment == Alignment::Center ? qMax(0, (m_width - m_pendingWidth) / 2)
                                                   : qMax(0, m_width - m_pendingWidth);
        for (const Glyph &glyph : std::as_const(m_pending)) {
            // Characters of one line share a baseline: smaller ones sit at the bottom of the tallest.
            const int top = height - PrinterFont::cellHeight(glyph.style);
            x += PrinterFont::draw(painter, x, top, glyph.character, glyph.style);
        }
    }
    m_pending.clear();
    m_pendingWidth = 0;
    append(std::move(strip));
}

void PaperRoll::feedDots(int dots)
{
    if (dots <= 0)
        return;
    QImage strip(m_width, dots, QImage::Format_RGB32);
    strip.fill(Qt::white);
    append(std::move(strip));
}

void PaperRoll::addPicture(const QImage &picture)
{
    if (!m_pending.isEmpty())
        feedLine(0);
    QImage strip(m_width, picture.height(), QImage::Format_RGB32);
    strip.fill(Qt::white);
    const int x = m_alignment == Alignment::Left     ? 0
                  : m_alignment == Alignment::Center ? qMax(0, (m_width - picture.width()) / 2)
                                                     : qMax(0, m_width - picture.width());
    QPainter painter(&strip);
    painter.drawImage(x, 0, picture); // wider than the head: the printer drops what falls off
    painter.end();
    append(std::move(strip));
}

void PaperRoll::cut(bool partial)
{
    ++m_cuts;
    QImage strip(m_width, 9, QImage::Format_RGB32);
    strip.fill(Qt::white);
    QPainter painter(&strip);
    for (int x = 0; x < m_width; x += partial ? 12 : 1)
        painter.fillRect(x, 4, partial ? 6 : 1, 1, Qt::black);
    painter.end();
    append(std::move(strip));
}

QImage PaperRoll::image() const
{
    QImage roll(m_width, qMax(1, m_height), QImage::Format_RGB32);
    roll.fill(Qt::white);
    QPainter painter(&roll);
    int y = 0;
    for (const QImage &strip : m_strips) {
        painter.drawImage(0, y, strip);
        y += strip.height();
    }
    painter.end();
    return roll.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
}

} // namespace omnitill
