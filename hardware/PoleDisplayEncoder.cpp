#include "PoleDisplayEncoder.h"

namespace omnitill {

namespace {
constexpr char esc = 0x1B;
constexpr char us = 0x1F;
constexpr char formFeed = 0x0C;
constexpr char carriageReturn = 0x0D;

QByteArray bytes(std::initializer_list<char> values)
{
    return QByteArray(values.begin(), qsizetype(values.size()));
}
} // namespace

PoleDisplayEncoder::PoleDisplayEncoder(CommandSet commandSet)
    : m_commandSet(commandSet)
{
}

QByteArray PoleDisplayEncoder::initialize() const
{
    // ESC @, then overwrite mode: Epson US 01 (US 1), CD5220 ESC DC1.
    if (m_commandSet == CommandSet::Epson)
        return bytes({esc, '@', us, 0x01});
    return bytes({esc, '@', esc, 0x11});
}

QByteArray PoleDisplayEncoder::clear() const
{
    return QByteArray(1, formFeed);
}

QByteArray PoleDisplayEncoder::showLines(const QString &top, const QString &bottom) const
{
    if (m_commandSet == CommandSet::Epson) {
        // US $ x y: cursor to column x, row y (1-based), then the text overwrites the row.
        return bytes({us, '$', 1, 1}) + fitted(top) + bytes({us, '$', 1, 2}) + fitted(bottom);
    }
    // ESC Q A text CR: the upper line; ESC Q B text CR: the lower line.
    return bytes({esc, 'Q', 'A'}) + fitted(top) + carriageReturn + bytes({esc, 'Q', 'B'}) + fitted(bottom) +
           carriageReturn;
}

QByteArray PoleDisplayEncoder::brightness(int level) const
{
    const char n = char(qBound(1, level, 4));
    if (m_commandSet == CommandSet::Epson)
        return bytes({us, 'X', n});
    return bytes({esc, '*', n});
}

QByteArray PoleDisplayEncoder::displayable(const QString &text)
{
    QByteArray ascii;
    // Decomposed, "é" is "e" and a combining accent, which is dropped.
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            ascii += char(c.unicode());
        else if (c == QChar(0x20A9)) // ₩
            ascii += 'W';
        else if (c == QChar(0x20AC)) // €
            ascii += "EUR";
        else if (c.isSpace())
            ascii += ' ';
    }
    return ascii;
}

QString PoleDisplayEncoder::priceLine(const QString &label, const QString &amount)
{
    const QString price = QString::fromLatin1(displayable(amount)).trimmed();
    const QString name =
        QString::fromLatin1(displayable(label)).simplified().left(qMax(0, columns - int(price.size()) - 1));
    if (name.isEmpty())
        return price.rightJustified(columns);
    return name + price.rightJustified(columns - name.size());
}

QByteArray PoleDisplayEncoder::fitted(const QString &text)
{
    return displayable(text).left(columns).leftJustified(columns, ' ');
}

} // namespace omnitill
