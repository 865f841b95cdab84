#include "PrinterCharset.h"

#include <iconv.h>

namespace omnitill {

namespace {
// One iconv conversion of a whole buffer; nothing if any input cannot be converted.
std::optional<QByteArray> convert(const char *to, const char *from, const QByteArray &input)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    QByteArray output(input.size() * 4 + 8, Qt::Uninitialized);
    char *in = const_cast<char *>(input.constData());
    size_t inLeft = size_t(input.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());
    const size_t converted = iconv(cd, &in, &inLeft, &out, &outLeft);
    iconv_close(cd);
    if (converted == size_t(-1) || inLeft != 0)
        return std::nullopt;
    output.truncate(output.size() - qsizetype(outLeft));
    return output;
}
} // namespace

PrinterCharset::PrinterCharset(QByteArray charset)
    : m_charset(std::move(charset))
    , m_korean(m_charset == "EUC-KR")
{
}

std::optional<QByteArray> PrinterCharset::encode(char32_t character) const
{
    if (character == U'\n')
        return std::nullopt; // line breaks are the encoder's business, never text
    if (character >= 0x20 && character < 0x7F) {
        // In Korean mode the backslash's position holds the won sign.
        if (m_korean && character == U'\\')
            return std::nullopt;
        return QByteArray(1, char(character));
    }
    if (character < 0x20 || character == 0x7F)
        return std::nullopt; // control characters would be read as commands
    if (m_korean && character == wonSign)
        return QByteArray(1, '\x5C');
    const QByteArray utf8 = QString::fromUcs4(&character, 1).toUtf8();
    auto bytes = convert(m_charset.constData(), "UTF-8", utf8);
    if (!bytes || bytes->isEmpty())
        return std::nullopt;
    if (m_korean && (bytes->size() != 2 || !isKoreanLeadByte(uchar(bytes->at(0))) || uchar(bytes->at(1)) < 0xA1))
        return std::nullopt;
    return bytes;
}

std::optional<QByteArray> PrinterCharset::encode(const QString &text) const
{
    QByteArray bytes;
    for (char32_t c : text.toUcs4()) {
        const auto one = encode(c);
        if (!one)
            return std::nullopt;
        bytes += *one;
    }
    return bytes;
}

QString PrinterCharset::decode(const QByteArray &bytes) const
{
    QString text;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar byte = uchar(bytes.at(i));
        if (byte < 0x80) {
            text += (m_korean && byte == 0x5C) ? QString::fromUcs4(&wonSign, 1) : QString(QLatin1Char(char(byte)));
            continue;
        }
        QByteArray character(1, char(byte));
        if (m_korean && isKoreanLeadByte(byte) && i + 1 < bytes.size())
            character += bytes.at(++i);
        const auto utf8 = convert("UTF-8", m_charset.constData(), character);
        text += utf8 ? QString::fromUtf8(*utf8) : QString(QChar::ReplacementCharacter);
    }
    return text;
}

} // namespace omnitill
