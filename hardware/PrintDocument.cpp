#include "PrintDocument.h"

namespace omnitill {

void PrintDocument::text(const QString &line, Alignment alignment, TextStyle style)
{
    PrintBlock block;
    block.text = line;
    block.text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    block.alignment = alignment;
    block.style = style;
    m_blocks.append(block);
}

void PrintDocument::qrCode(const QByteArray &data)
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::QrCode;
    block.alignment = Alignment::Center;
    block.data = data;
    m_blocks.append(block);
}

void PrintDocument::image(const QImage &picture)
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Image;
    block.alignment = Alignment::Center;
    block.image = picture;
    m_blocks.append(block);
}

void PrintDocument::cut()
{
    PrintBlock block;
    block.kind = PrintBlock::Kind::Cut;
    m_blocks.append(block);
}

QString PrintDocument::toPlainText(int columns) const
{
    QString text;
    for (const PrintBlock &block : m_blocks) {
        if (block.kind != PrintBlock::Kind::Text)
            continue;
        int width = 0;
        for (char32_t c : block.text.toUcs4())
            width += PrinterFont::columns(c);
        const int free = qMax(0, columns - width);
        const int indent = block.alignment == Alignment::Center  ? free / 2
                           : block.alignment == Alignment::Right ? free
                                                                 : 0;
        text += QString(indent, QLatin1Char(' ')) + block.text + QLatin1Char('\n');
    }
    return text;
}

} // namespace omnitill
