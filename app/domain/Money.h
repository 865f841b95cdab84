#pragma once

#include "Currency.h"
#include "Result.h"

class QLocale;

namespace omnitill {

// An amount of money: an integer count of minor units of one currency. No floating point ever holds
// money; arithmetic is checked (overflow and mixing currencies are errors).
class Money
{
public:
    Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {
    }
    static Money zero(const Currency &currency) { return Money(0, currency); }

    qint64 minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    [[nodiscard]] Result<Money> plus(const Money &other) const;
    [[nodiscard]] Result<Money> minus(const Money &other) const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    // "₩12,300", "$12.30", "-$0.05": symbol, digits grouped and decimal point as the locale writes them.
    QString format(const QLocale &locale) const;
    // "12300", "12.30": plain decimal, for files and the journal.
    QString toDecimalString() const;
    // Parses what a cashier types ("12,300", "12.3") into minor units; refuses more decimals than the
    // currency has.
    static Result<Money> parse(const QString &text, const Currency &currency);

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace omnitill
