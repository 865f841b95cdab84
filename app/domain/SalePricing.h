#pragma once

#include "Promotion.h"
#include "SaleLine.h"
#include "StoreProfile.h"
#include "TaxCalculator.h"

#include <memory>

namespace omnitill {

class PromotionEngine;

// What one live line costs after its promotions, its own discount and its share of the basket discount.
struct PricedLine
{
    int lineId = 0;
    qint64 grossMinor = 0;     // unit price × quantity, rounded
    qint64 promotionMinor = 0; // every automatic promotion's saving on this line, its basket share included
    QList<AppliedPromotion> promotions = {}; // what makes up promotionMinor, by promotion
    qint64 couponMinor = 0;                  // what the sale's coupons take off this line, after its promotions
    qint64 lineDiscountMinor = 0;            // the manual line discount, on gross − promotions
    qint64 basketDiscountMinor = 0;          // this line's share of the manual basket discount
    qint64 paidMinor = 0; // gross − promotions − coupons − both discounts: what a return of this line refunds
    qint64 taxMinor = 0;  // this line's share of its rate's tax
};

// What one coupon on the sale saves on the basket as it is now, or why it saves nothing: a coupon stays on
// the sale when the basket stops qualifying, so the customer can add what it needs again.
struct PricedCoupon
{
    QString code;
    qint64 savingMinor = 0;
    QString refusal; // empty while the coupon saves; else why not, with the amounts ("… ₩4,500 more")
};

struct SaleTotals
{
    QList<PricedLine> lines;     // live lines only, in sale order
    qint64 subtotalMinor = 0;    // sum of gross
    qint64 promotionMinor = 0;   // what automatic promotions saved in all
    QList<PricedCoupon> coupons; // in the order they were applied
    qint64 couponMinor = 0;      // what the coupons saved in all
    qint64 discountMinor = 0;    // manual line and basket discounts together
    qint64 basketDiscountMinor = 0;
    TaxBreakdown tax;
    qint64 totalDueMinor = 0;     // what the customer owes before cash rounding
    qint64 paidMinor = 0;         // tenders applied to the sale (cash net of change)
    qint64 cashRoundingMinor = 0; // added to the total when the balance is settled in cash
    qint64 changeMinor = 0;
    qint64 balanceMinor = 0; // still owed; 0 once paid
    // An exchange's credit: the part that pays this sale (counted in paidMinor), and the rest, which the
    // return refunds to how the original sale was paid.
    qint64 exchangeCreditMinor = 0;
    qint64 exchangeRefundMinor = 0;

    bool fullyPaid() const { return balanceMinor <= 0 && totalDueMinor > 0; }
};

// What pricing needs beyond the lines to apply automatic promotions: the store's promotions, the moment
// the sale is priced at (taken from its events, so a replay prices the same) and whether the customer is
// a member. Without an engine no promotion applies.
struct PromotionContext
{
    std::shared_ptr<const PromotionEngine> engine;
    QDateTime at;
    bool member = false;
};

// Computes the totals of a sale from its lines and tenders under a store's tax and rounding rules:
// automatic promotions first, then the coupons (CouponEvaluation, on the prices before any coupon, as the
// central store evaluates them), then the manual line and basket discounts on what is left, then tax on
// what is paid. Pure and deterministic: the same lines always price the same, on the till and in the
// journal, whatever order they were scanned in.
[[nodiscard]] Result<SaleTotals> priceSale(const QList<SaleLine> &lines, const std::optional<Discount> &basketDiscount,
                                           const QList<Tender> &tenders, const StoreProfile &profile,
                                           const PromotionContext &promotions = {},
                                           const QList<saleevent::CouponApplied> &coupons = {});

// What the customer still has to hand over in cash, after the store's cash rounding.
[[nodiscard]] qint64 cashToCollect(const SaleTotals &totals, const StoreProfile &profile);

} // namespace omnitill
