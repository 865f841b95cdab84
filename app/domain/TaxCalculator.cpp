#include "TaxCalculator.h"

#include "DiscountAllocation.h"

#include <QCoreApplication>

namespace omnitill {

TaxCalculator::TaxCalculator(QList<TaxClass> taxClasses, TaxMode mode, RoundingMode rounding)
    : m_taxClasses(std::move(taxClasses))
    , m_mode(mode)
    , m_rounding(rounding)
{
}

Result<TaxBreakdown> TaxCalculator::compute(const QList<TaxableLine> &lines) const
{
    TaxBreakdown breakdown;
    breakdown.lineTaxMinor.resize(lines.size());
    QList<QList<qsizetype>> linesOfRate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto known = std::find_if(m_taxClasses.cbegin(), m_taxClasses.cend(),
                                        [&](const TaxClass &c) { return c.code == lines[i].taxClass; });
        if (known == m_taxClasses.cend()) {
            return Error{QCoreApplication::translate("Tax", "Unknown tax class \"%1\"").arg(lines[i].taxClass)};
        }
        const auto existing = std::find_if(breakdown.rates.begin(), breakdown.rates.end(),
                                           [&](const TaxRateSummary &r) { return r.taxClass.code == known->code; });
        const qsizetype rateIndex = existing - breakdown.rates.begin();
        if (existing == breakdown.rates.end()) {
            breakdown.rates.append(TaxRateSummary{*known, 0, 0, 0});
            linesOfRate.append(QList<qsizetype>());
        }
        auto sum = checked::add(breakdown.rates[rateIndex].grossMinor, lines[i].amountMinor);
        if (!sum)
            return Error{sum.error()};
        breakdown.rates[rateIndex].grossMinor = *sum; // the sum as priced; split into net and tax below
        linesOfRate[rateIndex].append(i);
    }

    qint64 linesTotal = 0;
    for (qsizetype r = 0; r < breakdown.rates.size(); ++r) {
        TaxRateSummary &rate = breakdown.rates[r];
        const qint64 priced = rate.grossMinor;
        const qint64 perMillion = rate.taxClass.ratePerMillion;
        const auto tax =
            m_mode == TaxMode::Inclusive
                ? checked::multiplyDivide(priced, perMillion, TaxClass::ratePerMillionScale + perMillion, m_rounding)
                : checked::multiplyDivide(priced, perMillion, TaxClass::ratePerMillionScale, m_rounding);
        if (!tax)
            return Error{tax.error()};
        rate.taxMinor = *tax;
        rate.netMinor = m_mode == TaxMode::Inclusive ? priced - *tax : priced;
        rate.grossMinor = rate.netMinor + *tax;

        QList<qint64> weights;
        for (qsizetype line : linesOfRate[r])
            weights.append(qMax<qint64>(0, lines[line].amountMinor));
        const QList<qint64> shares = allocateProportionally(*tax, weights);
        for (qsizetype k = 0; k < shares.size(); ++k)
            breakdown.lineTaxMinor[linesOfRate[r][k]] = shares[k];

        breakdown.totalTaxMinor += *tax; // cannot overflow: each tax is below its rate's sum, checked above
        auto total = checked::add(linesTotal, priced);
        if (!total)
            return Error{total.error()};
        linesTotal = *total;
    }
    const auto due =
        m_mode == TaxMode::Inclusive ? Result<qint64>(linesTotal) : checked::add(linesTotal, breakdown.totalTaxMinor);
    if (!due)
        return Error{due.error()};
    breakdown.totalDueMinor = *due;
    return breakdown;
}

} // namespace omnitill
