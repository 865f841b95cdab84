#include "Money.h"

#include "Rounding.h"

#include <QCoreApplication>
#include <QLocale>

namespace omnitill {

namespace {
Error currencyMismatch(const Currency &a, const Currency &b)
{
    return Error{QCoreApplication::translate("Money", "Cannot combine amounts in %1 and %2").arg(a.code(), b.code())};
}

QString digitsOf(quint64 value, int exponent, const QLocale &locale, bool grouped)
{
    quint64 factor = 1;
    for (int i = 0; i < exponent; ++i)
        factor *= 10;
    const quint64 major = value / factor;
    QString text =
        grouped ? locale.toString(static_cast<qulonglong>(major)) : QString::number(static_cast<qulonglong>(major));
    if (exponent > 0) {
        text += grouped ? locale.decimalPoint() : QStringLiteral(".");
        text += QStringLiteral("%1").arg(value % factor, exponent, 10, QLatin1Char('0'));
    }
    return text;
}

quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}
} // namespace

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(m_currency, other.m_currency);
    auto sum = checked::add(m_minor, other.m_minor);
    if (!sum)
        return Error{sum.error()};
    return Money(*sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(m_currency, other.m_currency);
    auto difference = checked::subtract(m_minor, other.m_minor);
    if (!difference)
        return Error{difference.error()};
    return Money(*difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    auto product = checked::multiply(m_minor, factor);
    if (!product)
        return Error{product.error()};
    return Money(*product, m_currency);
}

QString Money::format(const QLocale &locale) const
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString sign = m_minor < 0 ? QString(locale.negativeSign()) : QString();
    return sign + m_currency.symbol() + digitsOf(magnitude(m_minor), m_currency.exponent(), plain, true);
}

QString Money::toDecimalString() const
{
    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    return sign + digitsOf(magnitude(m_minor), m_currency.exponent(), QLocale::c(), false);
}

Result<Money> Money::parse(const QString &text, const Currency &currency)
{
    QString cleaned = text.trimmed();
    cleaned.remove(currency.symbol());
    cleaned.remove(QLatin1Char(','));
    cleaned.remove(QLatin1Char(' '));
    const bool negative = cleaned.startsWith(QLatin1Char('-'));
    if (negative)
        cleaned.remove(0, 1);
    const auto invalid = [&] {
        return Error{QCoreApplication::translate("Money", "\"%1\" is not an amount in %2").arg(text, currency.code())};
    };
    const qsizetype point = cleaned.indexOf(QLatin1Char('.'));
    const QString majorText = point < 0 ? cleaned : cleaned.left(point);
    QString fractionText = point < 0 ? QString() : cleaned.mid(point + 1);
    if (majorText.isEmpty() && fractionText.isEmpty())
        return invalid();
    if (fractionText.size() > currency.exponent()) {
        if (currency.exponent() == 0)
            return Error{QCoreApplication::translate("Money", "%1 amounts have no decimals").arg(currency.code())};
        return Error{
            QCoreApplication::translate("Money", "%1 has at most %n decimal place(s)", nullptr, currency.exponent())
                .arg(currency.code())};
    }
    for (const QChar c : QString(majorText + fractionText)) {
        if (!c.isDigit() || c.unicode() > '9')
            return invalid();
    }
    fractionText = fractionText.leftJustified(currency.exponent(), QLatin1Char('0'));
    bool ok = majorText.isEmpty() || majorText.size() <= 18;
    const qint64 major = majorText.isEmpty() ? 0 : majorText.toLongLong(&ok);
    if (!ok)
        return Error{QCoreApplication::translate("Money", "The amount is too large to be handled")};
    auto scaled = checked::multiply(major, currency.minorPerMajor());
    if (!scaled)
        return Error{scaled.error()};
    auto total = checked::add(*scaled, fractionText.isEmpty() ? 0 : fractionText.toLongLong());
    if (!total)
        return Error{total.error()};
    return Money(negative ? -*total : *total, currency);
}

} // namespace omnitill
