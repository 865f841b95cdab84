#pragma once

#include <QString>
#include <QtGlobal>

namespace omnitill {

// A tax class a product belongs to. The rate is in parts per million so that 10 % (100000) and
// 8.875 % (88750) are exact; an exempt class has rate 0.
struct TaxClass
{
    static constexpr qint64 ratePerMillionScale = 1'000'000;
    QString code;
    QString name;
    qint64 ratePerMillion = 0;

    bool isExempt() const { return ratePerMillion == 0; }
};

// Whether shelf prices already contain the tax (Korea, Japan, EU) or tax is added at the till (US).
enum class TaxMode { Inclusive, Exclusive };

} // namespace omnitill
