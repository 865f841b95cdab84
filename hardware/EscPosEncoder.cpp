#include "EscPosEncoder.h"

#include "Gtin.h"
#include "HardwareLog.h"

#include <QPainter>

namespace omnitill {

namespace {
constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char FS = 0x1C;

QByteArray op(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (int v : values)
        out.append(char(v));
    return out;
}
} // namespace

EscPosEncoder::EscPosEncoder(PrinterProfile profile)
    : m_profile(std::move(profile))
    , m_charset(m_profile.koreanFont ? QByteArray("EUC-KR") : m_profile.singleByteCharset)
{
}

EscPosEncoder &EscPosEncoder::initialize()
{
    m_bytes += op({ESC, '@'});
    m_style = {};
    m_alignment = Alignment::Left;
    // ESC @ also resets the code table and Kanji mode, so the character mode follows every reset.
    if (m_profile.koreanFont)
        m_bytes += op({ESC, 't', 0, FS, '&', ESC, 'R', 13});
    else
        m_bytes += op({ESC, 't', m_profile.singleByteCodeTable});
    return *this;
}

EscPosEncoder &EscPosEncoder::align(Alignment alignment)
{
    m_alignment = alignment;
    m_bytes += op({ESC, 'a', int(alignment)});
    return *this;
}

EscPosEncoder &EscPosEncoder::emphasis(bool on)
{
    m_style.emphasis = on;
    m_bytes += op({ESC, 'E', on ? 1 : 0});
    return *this;
}

EscPosEncoder &EscPosEncoder::underline(bool on)
{
    m_style.underline = on;
    m_bytes += op({ESC, '-', on ? 1 : 0});
    return *this;
}

EscPosEncoder &EscPosEncoder::font(bool fontB)
{
    m_style.fontB = fontB;
    m_bytes += op({ESC, 'M', fontB ? 1 : 0});
    return *this;
}

EscPosEncoder &EscPosEncoder::size(int widthScale, int heightScale)
{
    m_style.widthScale = qBound(1, widthScale, 8);
    m_style.heightScale = qBound(1, heightScale, 8);
    m_bytes += op({GS, '!', ((m_style.widthScale - 1) << 4) | (m_style.heightScale - 1)});
    return *this;
}

EscPosEncoder &EscPosEncoder::codeTable(int table)
{
    m_bytes += op({ESC, 't', qBound(0, table, 255)});
    return *this;
}

EscPosEncoder &EscPosEncoder::line(const QString &text)
{
    if (const auto encoded = m_charset.encode(text)) {
        m_bytes += *encoded;
        m_bytes += '\n';
    } else {
        rasterLine(text);
    }
    return *this;
}

void EscPosEncoder::rasterLine(const QString &text)
{
    ++m_rasterTextLines;
    qCDebug(lcPrinter) << "line sent as an image, the printer cannot print its characters:" << text;
    fullWidthImage(
        PrinterFont::renderLine(text, m_style, m_profile.dotsPerLine, m_alignment, m_profile.defaultLineSpacing()));
}

void EscPosEncoder::fullWidthImage(const QImage &picture)
{
    // The image spans the paper and is aligned inside itself, dot for dot where the printer would put the
    // native command's output; the justification must not move it again.
    QImage line = picture;
    if (picture.width() < m_profile.dotsPerLine) {
        line = QImage(m_profile.dotsPerLine, picture.height(), QImage::Format_RGB32);
        line.fill(Qt::white);
        const int free = m_profile.dotsPerLine - picture.width();
        QPainter(&line).drawImage(m_alignment == Alignment::Left     ? 0
                                  : m_alignment == Alignment::Center ? free / 2
                                                                     : free,
                                  0, picture);
    }
    if (m_alignment != Alignment::Left)
        m_bytes += op({ESC, 'a', 0});
    image(line);
    if (m_alignment != Alignment::Left)
        m_bytes += op({ESC, 'a', int(m_alignment)});
}

EscPosEncoder &EscPosEncoder::feed(int lines)
{
    m_bytes += op({ESC, 'd', qBound(0, lines, 255)});
    return *this;
}

EscPosEncoder &EscPosEncoder::cut(Cut cut)
{
    const bool partial = cut == Cut::Partial ? m_profile.partialCut || !m_profile.fullCut : !m_profile.fullCut;
    if (!m_profile.fullCut && !m_profile.partialCut) {
        // No cutter: bring the printed receipt past the tear bar.
        return feed(4);
    }
    if (m_profile.cutFeedsPaper)
        m_bytes += op({GS, 'V', partial ? 66 : 65, 0});
    else
        feed(4).m_bytes += op({GS, 'V', partial ? 1 : 0});
    return *this;
}

EscPosEncoder &EscPosEncoder::image(const QImage &source)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    const int widthBytes = (qMin(gray.width(), m_profile.dotsPerLine) + 7) / 8;
    for (int top = 0; top < gray.height(); top += m_profile.rasterBandRows) {
        const int rows = qMin(m_profile.rasterBandRows, gray.height() - top);
        m_bytes += op({GS, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, rows & 0xFF, rows >> 8});
        const qsizetype start = m_bytes.size();
        m_bytes.append(qsizetype(widthBytes) * rows, '\0');
        char *out = m_bytes.data() + start;
        for (int y = top; y < top + rows; ++y) {
            const uchar *in = gray.constScanLine(y);
            for (int x = 0; x < widthBytes * 8 && x < gray.width(); ++x) {
                if (in[x] < 128)
                    out[x / 8] = char(out[x / 8] | (0x80 >> (x % 8))); // most significant bit = leftmost dot
            }
            out += widthBytes;
        }
    }
    return *this;
}

Result<void> EscPosEncoder::qrCode(const QByteArray &data, QrErrorCorrection level, int moduleDots)
{
    if (data.isEmpty() || data.size() > maxQrBytes)
        return Error{tr("A QR code holds 1 to %1 bytes; this one has %2.").arg(maxQrBytes).arg(data.size())};
    moduleDots = qBound(1, moduleDots, 16);
    if (!m_profile.qrCode) {
        auto picture = BarcodeImage::qrCode(data, level, moduleDots);
        if (!picture)
            return Error{picture.error()};
        fullWidthImage(*picture);
        return {};
    }
    const int storeLength = int(data.size()) + 3;
    m_bytes += op({GS, '(', 'k', 4, 0, '1', 'A', '2', 0});           // model 2
    m_bytes += op({GS, '(', 'k', 3, 0, '1', 'C', moduleDots});       // module size
    m_bytes += op({GS, '(', 'k', 3, 0, '1', 'E', '0' + int(level)}); // error correction
    m_bytes += op({GS, '(', 'k', storeLength & 0xFF, storeLength >> 8, '1', 'P', '0'}) + data;
    m_bytes += op({GS, '(', 'k', 3, 0, '1', 'Q', '0'}); // print
    return {};
}

Result<void> EscPosEncoder::barcode(LinearSymbology symbology, const QString &data, int heightDots, int moduleDots)
{
    QByteArray payload;
    if (symbology == LinearSymbology::Ean13) {
        const bool digits =
            !data.isEmpty() && std::all_of(data.begin(), data.end(), [](QChar c) { return c.isDigit(); });
        if (!digits || (data.size() != 12 && data.size() != 13))
            return Error{tr("An EAN-13 barcode needs 12 or 13 digits, not \"%1\".").arg(data)};
        if (data.size() == 13 && Gtin::checkDigit(QStringView(data).left(12)) != data.back().digitValue())
            return Error{tr("The check digit of EAN-13 \"%1\" is wrong.").arg(data)};
        payload = data.left(12).toLatin1(); // the printer adds the check digit
    } else {
        const bool printable =
            !data.isEmpty() && data.size() <= 200 &&
            std::all_of(data.begin(), data.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
        if (!printable)
            return Error{tr("A Code 128 barcode holds 1 to 200 printable ASCII characters, not \"%1\".").arg(data)};
        const bool allDigits = std::all_of(data.begin(), data.end(), [](QChar c) { return c.isDigit(); });
        if (allDigits && data.size() % 2 == 0) {
            payload = "{C"; // code set C packs two digits into one symbol character
            for (qsizetype i = 0; i < data.size(); i += 2)
                payload += char(data.mid(i, 2).toInt());
        } else {
            payload = "{B" + data.toLatin1().replace("{", "{{");
        }
    }
    m_bytes += op({GS, 'H', 2, GS, 'h', qBound(1, heightDots, 255), GS, 'w', qBound(2, moduleDots, 6)});
    m_bytes += op({GS, 'k', symbology == LinearSymbology::Ean13 ? 67 : 73, int(payload.size())}) + payload;
    return {};
}

Result<void> EscPosEncoder::document(const PrintDocument &document)
{
    for (const PrintBlock &block : document.blocks()) {
        if (block.alignment != m_alignment)
            align(block.alignment);
        if (block.kind == PrintBlock::Kind::Cut) {
            cut(Cut::Partial); // a partial cut leaves the receipt hanging for the cashier to take
            continue;
        }
        if (block.kind == PrintBlock::Kind::QrCode) {
            if (auto printed = qrCode(block.data); !printed)
                return printed;
            continue;
        }
        if (block.kind == PrintBlock::Kind::Image) {
            fullWidthImage(block.image);
            continue;
        }
        if (block.style.emphasis != m_style.emphasis)
            emphasis(block.style.emphasis);
        if (block.style.underline != m_style.underline)
            underline(block.style.underline);
        if (block.style.fontB != m_style.fontB)
            font(block.style.fontB);
        if (block.style.widthScale != m_style.widthScale || block.style.heightScale != m_style.heightScale)
            size(block.style.widthScale, block.style.heightScale);
        line(block.text);
    }
    return {};
}

Result<void> EscPosEncoder::kickDrawer(DrawerPin pin, int onMs, int offMs)
{
    if (!m_profile.drawerKick)
        return Error{tr("The printer %1 has no cash drawer connector.").arg(m_profile.displayName)};
    m_bytes += op({ESC, 'p', int(pin), qBound(1, onMs / 2, 255), qBound(1, offMs / 2, 255)});
    return {};
}

} // namespace omnitill
