#include "Currency.h"

#include <QCoreApplication>

namespace omnitill {

namespace {
struct KnownCurrency
{
    const char *code;
    int exponent;
    const char16_t *symbol;
};

constexpr KnownCurrency knownCurrencies[] = {
    {"KRW", 0, u"₩"}, {"JPY", 0, u"¥"},   {"USD", 2, u"$"},   {"EUR", 2, u"€"},
    {"GBP", 2, u"£"}, {"CHF", 2, u"CHF"}, {"CNY", 2, u"CN¥"}, {"CAD", 2, u"CA$"},
};
} // namespace

Currency::Currency(QString code, int exponent, QString symbol)
    : m_code(std::move(code))
    , m_exponent(exponent)
    , m_symbol(std::move(symbol))
{
}

Result<Currency> Currency::fromCode(const QString &isoCode)
{
    for (const auto &known : knownCurrencies) {
        if (isoCode == QLatin1String(known.code))
            return Currency(isoCode, known.exponent, QString::fromUtf16(known.symbol));
    }
    return Error{QCoreApplication::translate("Currency", "Unknown currency code \"%1\"").arg(isoCode)};
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace omnitill
