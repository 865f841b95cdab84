#pragma once

#include "Result.h"
#include "Rounding.h"
#include "TaxClass.h"

#include <QList>

namespace omnitill {

// A line as tax sees it: its tax class and what the customer pays for it after every discount,
// as priced (tax-inclusive or tax-exclusive by the store's tax mode).
struct TaxableLine
{
    QString taxClass;
    qint64 amountMinor = 0;
};

// One row of the receipt's tax summary.
struct TaxRateSummary
{
    TaxClass taxClass;
    qint64 netMinor = 0; // taxable base without tax
    qint64 taxMinor = 0;
    qint64 grossMinor = 0; // base plus tax
};

struct TaxBreakdown
{
    QList<TaxRateSummary> rates; // in the order of first appearance on the receipt
    QList<qint64> lineTaxMinor;  // each line's exact share of its rate's tax
    qint64 totalTaxMinor = 0;
    qint64 totalDueMinor = 0; // what the customer pays: lines, plus tax when prices exclude it
};

// Computes tax per receipt per rate (not per line, which would accumulate rounding), then allocates
// each rate's tax back to its lines so a partial return refunds the tax that was paid.
class TaxCalculator
{
public:
    TaxCalculator(QList<TaxClass> taxClasses, TaxMode mode, RoundingMode rounding);

    [[nodiscard]] Result<TaxBreakdown> compute(const QList<TaxableLine> &lines) const;

private:
    QList<TaxClass> m_taxClasses;
    TaxMode m_mode;
    RoundingMode m_rounding;
};

} // namespace omnitill
