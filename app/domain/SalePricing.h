#pragma once

#include "SaleLine.h"
#include "StoreProfile.h"
#include "TaxCalculator.h"

namespace omnitill {

// What one live line costs after its own discount and its share of the basket discount.
struct PricedLine
{
    int lineId = 0;
    qint64 grossMinor = 0; // unit price × quantity, rounded
    qint64 lineDiscountMinor = 0;
    qint64 basketDiscountMinor = 0; // this line's share of the basket discount
    qint64 paidMinor = 0;           // gross − both discounts: what a return of this line refunds
    qint64 taxMinor = 0;            // this line's share of its rate's tax
};

struct SaleTotals
{
    QList<PricedLine> lines;  // live lines only, in sale order
    qint64 subtotalMinor = 0; // sum of gross
    qint64 discountMinor = 0; // line and basket discounts together
    qint64 basketDiscountMinor = 0;
    TaxBreakdown tax;
    qint64 totalDueMinor = 0;     // what the customer owes before cash rounding
    qint64 paidMinor = 0;         // tenders applied to the sale (cash net of change)
    qint64 cashRoundingMinor = 0; // added to the total when the balance is settled in cash
    qint64 changeMinor = 0;
    qint64 balanceMinor = 0; // still owed; 0 once paid

    bool fullyPaid() const { return balanceMinor <= 0 && totalDueMinor > 0; }
};

// Computes the totals of a sale from its lines and tenders under a store's tax and rounding rules.
// Pure and deterministic: the same lines always price the same, on the till and in the journal.
[[nodiscard]] Result<SaleTotals> priceSale(const QList<SaleLine> &lines, const std::optional<Discount> &basketDiscount,
                                           const QList<Tender> &tenders, const StoreProfile &profile);

// What the customer still has to hand over in cash, after the store's cash rounding.
[[nodiscard]] qint64 cashToCollect(const SaleTotals &totals, const StoreProfile &profile);

} // namespace omnitill
