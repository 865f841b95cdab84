#include "VirtualPrinter.h"

#include "Gtin.h"
#include "HardwareLog.h"
#include "PrinterCharset.h"

#include <QPainter>

namespace omnitill {

namespace {
constexpr uchar LF = 0x0A, CR = 0x0D, HT = 0x09, DLE = 0x10, ESC = 0x1B, FS = 0x1C, GS = 0x1D;

// Code tables (ESC t n) this printer knows, in Epson's numbering, and their iconv names.
QByteArray codeTableCharset(int table)
{
    switch (table) {
    case 2:
        return "CP850";
    case 16:
        return "CP1252";
    case 19:
        return "CP858";
    default:
        return "CP437";
    }
}

Alignment alignmentFrom(uchar n)
{
    switch (n) {
    case 1:
    case '1':
        return Alignment::Center;
    case 2:
    case '2':
        return Alignment::Right;
    default:
        return Alignment::Left;
    }
}

// Code 128 data as GS k m=73 carries it: "{A"/"{B"/"{C" choose the code set, "{{" is a brace, other
// "{x" are function characters with nothing to show; in code set C every byte is two digits.
QByteArray code128Content(const QByteArray &data)
{
    QByteArray content;
    char set = 'B';
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '{' && i + 1 < data.size()) {
            const char code = data.at(++i);
            if (code == 'A' || code == 'B' || code == 'C')
                set = code;
            else if (code == '{')
                content += '{';
            continue;
        }
        if (set == 'C')
            content += QByteArray::number(int(uchar(c))).rightJustified(2, '0');
        else
            content += c;
    }
    return content;
}
} // namespace

VirtualPrinter::VirtualPrinter(const PrinterProfile &profile)
    : m_profile(profile)
    , m_paper(profile.dotsPerLine)
{
    reset();
}

void VirtualPrinter::reset()
{
    m_style = {};
    m_alignment = Alignment::Left;
    m_paper.setAlignment(m_alignment);
    m_koreanMode = false;
    m_codeTable = 0;
    m_internationalSet = 0;
    m_lineSpacing = m_profile.defaultLineSpacing();
    m_barcodeHeight = 162;
    m_barcodeModule = 3;
    m_hriPosition = 0;
    m_hriFontB = false;
    m_qrModule = 3;
    m_qrLevel = QrErrorCorrection::L;
    m_qrData.clear();
}

void VirtualPrinter::write(const QByteArray &bytes)
{
    m_buffer += bytes;
    while (m_position < m_buffer.size()) {
        const qsizetype taken = interpretOne();
        if (taken == 0)
            break; // an incomplete command: wait for the rest
        m_position += taken;
    }
    m_buffer.remove(0, m_position);
    m_position = 0;
}

QByteArray VirtualPrinter::takeReplies()
{
    return std::exchange(m_replies, {});
}

void VirtualPrinter::unsupported(const QByteArray &command)
{
    QStringList names;
    for (char c : command) {
        const uchar b = uchar(c);
        names += b == ESC                 ? QStringLiteral("ESC")
                 : b == GS                ? QStringLiteral("GS")
                 : b == FS                ? QStringLiteral("FS")
                 : b == DLE               ? QStringLiteral("DLE")
                 : (b > 0x20 && b < 0x7F) ? QString(QLatin1Char(c))
                                          : QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    m_unsupported.append(names.join(QLatin1Char(' ')));
    qCWarning(lcPrinter) << "virtual printer ignores" << m_unsupported.last();
}

qsizetype VirtualPrinter::interpretOne()
{
    switch (at(0)) {
    case LF:
        printLine();
        return 1;
    case CR:
    case 0x00:
        return 1;
    case HT:
        m_paper.addCharacter(U' ', m_style);
        m_currentText += QLatin1Char(' ');
        return 1;
    case ESC:
        return escCommand();
    case GS:
        return gsCommand();
    case FS:
        return fsCommand();
    case DLE:
        return dleCommand();
    default:
        if (at(0) < 0x20) {
            unsupported(QByteArray(1, char(at(0))));
            return 1;
        }
        return text();
    }
}

qsizetype VirtualPrinter::text()
{
    QString character;
    qsizetype taken = 1;
    const uchar byte = at(0);
    if (m_koreanMode && PrinterCharset::isKoreanLeadByte(byte)) {
        if (available() < 2)
            return 0;
        taken = 2;
        const QByteArray pair = m_buffer.mid(m_position, 2);
        auto found = m_decoded.constFind(pair);
        if (found == m_decoded.cend())
            found = m_decoded.insert(pair, PrinterCharset("EUC-KR").decode(pair));
        character = *found;
    } else if (byte == 0x5C && m_internationalSet == 13) {
        character = QString::fromUcs4(&PrinterCharset::wonSign, 1);
    } else {
        character = decodeSingleByte(byte);
    }
    for (char32_t c : character.toUcs4())
        m_paper.addCharacter(c, m_style);
    m_currentText += character;
    return taken;
}

QString VirtualPrinter::decodeSingleByte(uchar byte)
{
    if (byte < 0x80)
        return QString(QLatin1Char(char(byte)));
    const QByteArray key = QByteArray::number(m_codeTable) + ':' + char(byte);
    auto found = m_decoded.constFind(key);
    if (found == m_decoded.cend())
        found = m_decoded.insert(key, PrinterCharset(codeTableCharset(m_codeTable)).decode(QByteArray(1, char(byte))));
    return *found;
}

void VirtualPrinter::printLine()
{
    m_paper.feedLine(m_lineSpacing);
    m_textLines.append(std::exchange(m_currentText, {}));
    m_paper.setAlignment(m_alignment);
}

void VirtualPrinter::printPicture(const QImage &picture)
{
    if (!m_paper.lineIsEmpty())
        printLine();
    m_paper.setAlignment(m_alignment);
    m_paper.addPicture(picture);
}

qsizetype VirtualPrinter::escCommand()
{
    if (available() < 2)
        return 0;
    const uchar command = at(1);
    const auto need = [&](qsizetype size) { return available() >= size; };
    switch (command) {
    case '@':
        if (!m_paper.lineIsEmpty())
            printLine(); // ESC @ clears the buffer; a real printer would lose the line, we show it
        reset();
        return 2;
    case '2':
        m_lineSpacing = m_profile.defaultLineSpacing();
        return 2;
    case '!':
        if (!need(3))
            return 0;
        m_style.fontB = at(2) & 0x01;
        m_style.emphasis = at(2) & 0x08;
        m_style.heightScale = (at(2) & 0x10) ? 2 : 1;
        m_style.widthScale = (at(2) & 0x20) ? 2 : 1;
        m_style.underline = at(2) & 0x80;
        return 3;
    case 'E':
        if (!need(3))
            return 0;
        m_style.emphasis = at(2) & 1;
        return 3;
    case '-':
        if (!need(3))
            return 0;
        m_style.underline = (at(2) & 0x0F) != 0 && at(2) != '0';
        return 3;
    case 'M':
        if (!need(3))
            return 0;
        m_style.fontB = at(2) == 1 || at(2) == '1';
        return 3;
    case 'a':
        if (!need(3))
            return 0;
        m_alignment = alignmentFrom(at(2));
        if (m_paper.lineIsEmpty())
            m_paper.setAlignment(m_alignment); // justification only takes effect at the start of a line
        return 3;
    case 't':
        if (!need(3))
            return 0;
        m_codeTable = at(2);
        return 3;
    case 'R':
        if (!need(3))
            return 0;
        m_internationalSet = at(2);
        return 3;
    case '3':
        if (!need(3))
            return 0;
        m_lineSpacing = at(2);
        return 3;
    case 'd':
        if (!need(3))
            return 0;
        if (!m_paper.lineIsEmpty())
            printLine();
        m_paper.feedDots(at(2) * m_lineSpacing);
        return 3;
    case 'J':
        if (!need(3))
            return 0;
        if (!m_paper.lineIsEmpty())
            printLine();
        m_paper.feedDots(at(2));
        return 3;
    case '=':
        return need(3) ? 3 : 0; // peripheral select: this printer has no display behind it
    case 'p':
        if (!need(5))
            return 0;
        ++m_drawerKicks;
        return 5;
    default:
        unsupported(m_buffer.mid(m_position, 2));
        return 2;
    }
}

qsizetype VirtualPrinter::gsCommand()
{
    if (available() < 2)
        return 0;
    const uchar command = at(1);
    const auto need = [&](qsizetype size) { return available() >= size; };
    switch (command) {
    case '!':
        if (!need(3))
            return 0;
        m_style.widthScale = ((at(2) >> 4) & 0x07) + 1;
        m_style.heightScale = (at(2) & 0x07) + 1;
        return 3;
    case 'H':
        if (!need(3))
            return 0;
        m_hriPosition = at(2) & 0x03;
        return 3;
    case 'f':
        if (!need(3))
            return 0;
        m_hriFontB = at(2) == 1 || at(2) == '1';
        return 3;
    case 'h':
        if (!need(3))
            return 0;
        m_barcodeHeight = qMax(1, int(at(2)));
        return 3;
    case 'w':
        if (!need(3))
            return 0;
        m_barcodeModule = qBound(1, int(at(2)), 6);
        return 3;
    case 'a': // automatic status back: the virtual printer answers DLE EOT only
        return need(3) ? 3 : 0;
    case 'V': {
        if (!need(3))
            return 0;
        const uchar m = at(2);
        const bool withFeed = m == 65 || m == 66;
        if (withFeed && !need(4))
            return 0;
        if (!m_paper.lineIsEmpty())
            printLine();
        if (withFeed)
            m_paper.feedDots(m_lineSpacing * 3 + at(3)); // to the cutter, which sits about three lines on
        m_paper.cut(m == 1 || m == '1' || m == 66);
        return withFeed ? 4 : 3;
    }
    case 'k':
        return barcode();
    case '(':
        return twoDimensionalCode();
    case 'v':
        return rasterImage();
    default:
        unsupported(m_buffer.mid(m_position, 2));
        return 2;
    }
}

qsizetype VirtualPrinter::fsCommand()
{
    if (available() < 2)
        return 0;
    switch (at(1)) {
    case '&':
        m_koreanMode = true;
        return 2;
    case '.':
        m_koreanMode = false;
        return 2;
    case '!':
    case 'C':
        return available() >= 3 ? 3 : 0; // Kanji print mode and code system: sizes come from GS !
    default:
        unsupported(m_buffer.mid(m_position, 2));
        return 2;
    }
}

qsizetype VirtualPrinter::dleCommand()
{
    if (available() < 3)
        return 0;
    if (at(1) == 0x04 && at(2) >= 1 && at(2) <= 4) {
        m_replies += char(m_status.reply(PrinterStatus::Request(at(2))));
        return 3;
    }
    if (at(1) == 0x05)
        return 3; // DLE ENQ: recover from an error; the virtual printer has none to recover from
    if (at(1) == 0x14) {
        if (available() < 5)
            return 0;
        ++m_drawerKicks; // real-time pulse
        return 5;
    }
    unsupported(m_buffer.mid(m_position, 3));
    return 3;
}

qsizetype VirtualPrinter::barcode()
{
    if (available() < 4)
        return 0;
    const uchar m = at(2);
    QByteArray data;
    qsizetype taken = 0;
    if (m <= 6) { // function A: data ends with NUL
        const qsizetype end = m_buffer.indexOf('\0', m_position + 3);
        if (end < 0)
            return 0;
        data = m_buffer.mid(m_position + 3, end - m_position - 3);
        taken = end - m_position + 1;
    } else {
        const int n = at(3);
        if (available() < 4 + n)
            return 0;
        data = m_buffer.mid(m_position + 4, n);
        taken = 4 + n;
    }
    std::optional<LinearSymbology> symbology;
    QByteArray content = data;
    if (m == 2 || m == 67)
        symbology = LinearSymbology::Ean13;
    if (m == 73) {
        symbology = LinearSymbology::Code128;
        content = code128Content(data);
    }
    if (!symbology) {
        unsupported(m_buffer.mid(m_position, 3));
        return taken;
    }
    auto bars = BarcodeImage::linear(*symbology, content, m_barcodeModule, m_barcodeHeight);
    if (!bars) {
        qCWarning(lcPrinter) << "virtual printer cannot print barcode:" << bars.error();
        return taken; // a printer prints nothing for data its symbology refuses
    }
    if (*symbology == LinearSymbology::Ean13 && content.size() == 12)
        content += QByteArray::number(Gtin::checkDigit(QString::fromLatin1(content)));
    QImage picture = *bars;
    if (m_hriPosition & 0x02) { // HRI below the bars
        TextStyle hri;
        hri.fontB = m_hriFontB;
        const QImage caption = PrinterFont::renderLine(QString::fromLatin1(content), hri, bars->width(),
                                                       Alignment::Center, PrinterFont::cellHeight(hri));
        picture = QImage(bars->width(), bars->height() + caption.height(), QImage::Format_RGB32);
        QPainter painter(&picture);
        painter.drawImage(0, 0, *bars);
        painter.drawImage(0, bars->height(), caption);
    }
    printPicture(picture);
    return taken;
}

qsizetype VirtualPrinter::twoDimensionalCode()
{
    if (available() < 5)
        return 0;
    const qsizetype length = at(3) | (qsizetype(at(4)) << 8);
    if (available() < 5 + length)
        return 0;
    const qsizetype taken = 5 + length;
    if (at(2) != 'k' || length < 2 || at(5) != '1') {
        unsupported(m_buffer.mid(m_position, 3));
        return taken;
    }
    const uchar function = at(6);
    switch (function) {
    case 'A': // model: 2 is the only one printed here
        break;
    case 'C':
        m_qrModule = qBound(1, int(at(7)), 16);
        break;
    case 'E':
        m_qrLevel = QrErrorCorrection(qBound(0, int(at(7)) - '0', 3));
        break;
    case 'P':
        m_qrData = m_buffer.mid(m_position + 8, length - 3);
        break;
    case 'Q': {
        auto picture = BarcodeImage::qrCode(m_qrData, m_qrLevel, m_qrModule);
        if (picture)
            printPicture(*picture);
        else
            qCWarning(lcPrinter) << "virtual printer cannot print QR code:" << picture.error();
        break;
    }
    default:
        unsupported(m_buffer.mid(m_position, 7));
    }
    return taken;
}

qsizetype VirtualPrinter::rasterImage()
{
    if (available() < 8)
        return 0;
    if (at(2) != '0') {
        unsupported(m_buffer.mid(m_position, 3));
        return 3;
    }
    const int widthBytes = at(4) | (at(5) << 8);
    const int rows = at(6) | (at(7) << 8);
    const qsizetype size = qsizetype(widthBytes) * rows;
    if (available() < 8 + size)
        return 0;
    QImage picture(widthBytes * 8, qMax(1, rows), QImage::Format_RGB32);
    picture.fill(Qt::white);
    const uchar *data = reinterpret_cast<const uchar *>(m_buffer.constData()) + m_position + 8;
    for (int y = 0; y < rows; ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < widthBytes * 8; ++x) {
            if (data[y * widthBytes + x / 8] & (0x80 >> (x % 8)))
                line[x] = qRgb(0, 0, 0);
        }
    }
    ++m_rasterImages;
    printPicture(picture);
    return 8 + size;
}

} // namespace omnitill
