#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace omnitill {

// Converts single characters between Unicode and a printer's byte encoding through glibc iconv
// (QStringConverter only guarantees UTF and Latin-1). Per character, so the caller learns exactly
// which characters the printer cannot print and can draw those as an image instead.
//
// Korean mode is the encoding a Korean-model ESC/POS printer uses after FS & and ESC R 13: ASCII as
// one byte, KS X 1001 as two EUC-KR bytes (lead and trail byte A1–FE), and the won sign at 0x5C,
// where the Korean international character set puts it. EUC-KR, not CP949: CP949's extra syllables
// (똠) use lead bytes the printer's font does not have.
class PrinterCharset
{
public:
    // charset is an iconv name ("CP858", "CP437") or "EUC-KR" for Korean mode.
    explicit PrinterCharset(QByteArray charset);

    bool isKorean() const { return m_korean; }
    const QByteArray &name() const { return m_charset; }

    // The bytes of one character, or nothing when the printer cannot print it.
    [[nodiscard]] std::optional<QByteArray> encode(char32_t character) const;
    // The bytes of a whole string, or nothing when any character cannot be printed.
    [[nodiscard]] std::optional<QByteArray> encode(const QString &text) const;
    // Bytes back to text, as the printer would read them; unknown bytes become U+FFFD.
    [[nodiscard]] QString decode(const QByteArray &bytes) const;

    // True for a byte that starts a two-byte character in Korean mode.
    static bool isKoreanLeadByte(unsigned char byte) { return byte >= 0xA1 && byte <= 0xFE; }
    static constexpr char32_t wonSign = 0x20A9;

private:
    QByteArray m_charset;
    bool m_korean = false;
};

} // namespace omnitill
