#pragma once

#include "Result.h"

#include <QString>

namespace omnitill {

// An ISO 4217 currency with the number of minor-unit digits (exponent) that amounts are counted in.
class Currency
{
public:
    // The currencies this build knows; unknown codes are refused rather than guessed.
    static Result<Currency> fromCode(const QString &isoCode);

    QString code() const { return m_code; }
    int exponent() const { return m_exponent; }
    QString symbol() const { return m_symbol; }
    // 10^exponent: how many minor units make one major unit.
    qint64 minorPerMajor() const;

    friend bool operator==(const Currency &, const Currency &) = default;

private:
    Currency(QString code, int exponent, QString symbol);
    QString m_code;
    int m_exponent = 0;
    QString m_symbol;
};

} // namespace omnitill
