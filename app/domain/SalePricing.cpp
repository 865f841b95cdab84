#include "SalePricing.h"

#include "CouponEvaluation.h"
#include "DiscountAllocation.h"
#include "PromotionEngine.h"

#include <QCoreApplication>

namespace omnitill {

namespace {
Result<qint64> discountAmount(const Discount &discount, qint64 base, RoundingMode rounding)
{
    if (discount.kind == Discount::Kind::Amount)
        return qMin(discount.value, base);
    return checked::multiplyDivide(base, discount.value, Discount::basisPointsPerWhole, rounding);
}

void settleTenders(SaleTotals &totals, const QList<Tender> &tenders, const StoreProfile &profile)
{
    qint64 nonCash = 0;
    qint64 cash = 0;
    for (const Tender &tender : tenders)
        (tender.method == TenderMethod::Cash ? cash : nonCash) += tender.amountMinor;
    const qint64 remaining = totals.totalDueMinor - nonCash;
    const qint64 cashDue =
        roundToIncrement(qMax<qint64>(remaining, 0), profile.cashRoundingIncrement, profile.rounding);
    if (cash > 0 && cash >= cashDue) {
        totals.cashRoundingMinor = cashDue - remaining;
        totals.changeMinor = cash - cashDue;
        totals.balanceMinor = 0;
        totals.paidMinor = nonCash + cashDue;
    } else {
        totals.balanceMinor = remaining - cash;
        totals.paidMinor = nonCash + cash;
    }
}

// Sets each line's promotions and promotionMinor, and the total saving.
Result<void> applyPromotions(SaleTotals &totals, const QList<SaleLine> &lines, const PromotionContext &promotions,
                             RoundingMode rounding)
{
    if (!promotions.engine)
        return {};
    QList<PromotableLine> promotable;
    for (const SaleLine &line : lines) {
        if (!line.voided)
            promotable.append(PromotableLine{&line, 0});
    }
    for (qsizetype i = 0; i < promotable.size(); ++i)
        promotable[i].grossMinor = totals.lines[i].grossMinor;
    auto applied = promotions.engine->apply(promotable, promotions.at, promotions.member, rounding);
    if (!applied)
        return Error{applied.error()};
    for (qsizetype i = 0; i < totals.lines.size(); ++i) {
        PricedLine &priced = totals.lines[i];
        priced.promotions = std::move(applied.value()[i]);
        for (const AppliedPromotion &promotion : std::as_const(priced.promotions))
            priced.promotionMinor += promotion.savingMinor; // each saving is within the line's gross
        totals.promotionMinor += priced.promotionMinor;
    }
    return {};
}

// Sets each line's couponMinor and the sale's coupons. Coupons are evaluated in the order they were applied
// (the stacking groups of those that save count for the next), on the prices the till charges before any
// coupon; each line's share is capped at what promotions and earlier coupons left of it, so nothing is taken
// off twice.
Result<void> applyCoupons(SaleTotals &totals, const QList<SaleLine> &lines,
                          const QList<saleevent::CouponApplied> &coupons, const StoreProfile &profile)
{
    if (coupons.isEmpty())
        return {};
    QList<CouponBasketLine> basket;
    for (const SaleLine &line : lines) {
        if (!line.voided)
            basket.append({line.product.sku, line.product.category, line.quantity, line.unitPriceMinor});
    }
    const CouponEvaluation evaluation(profile.currency, QLocale(profile.localeName), profile.rounding);
    QStringList groups;
    for (const saleevent::CouponApplied &coupon : coupons) {
        auto verdict = evaluation.evaluate(coupon.rule, basket, groups);
        if (!verdict)
            return Error{verdict.error()};
        PricedCoupon priced{coupon.code, 0, {}};
        for (qsizetype i = 0; i < verdict->lineSavings.size(); ++i) {
            PricedLine &line = totals.lines[i];
            const qint64 share =
                qMin(verdict->lineSavings[i], line.grossMinor - line.promotionMinor - line.couponMinor);
            line.couponMinor += share;
            priced.savingMinor += share;
        }
        if (!verdict->applies())
            priced.refusal = verdict->refusal;
        else if (priced.savingMinor == 0)
            priced.refusal = QCoreApplication::translate("SalePricing", "The promotions already take off what this "
                                                                        "coupon would");
        else if (!coupon.rule.stackingGroup.isEmpty())
            groups.append(coupon.rule.stackingGroup);
        totals.couponMinor += priced.savingMinor;
        totals.coupons.append(priced);
    }
    return {};
}
} // namespace

Result<SaleTotals> priceSale(const QList<SaleLine> &lines, const std::optional<Discount> &basketDiscount,
                             const QList<Tender> &tenders, const StoreProfile &profile,
                             const PromotionContext &promotions, const QList<saleevent::CouponApplied> &coupons)
{
    SaleTotals totals;
    QList<TaxableLine> taxable;
    for (const SaleLine &line : lines) {
        if (line.voided)
            continue;
        PricedLine priced{line.id};
        auto gross =
            checked::multiplyDivide(line.unitPriceMinor, line.quantity.thousandths, Quantity::scale, profile.rounding);
        if (!gross)
            return Error{gross.error()};
        priced.grossMinor = *gross;
        auto subtotal = checked::add(totals.subtotalMinor, priced.grossMinor);
        if (!subtotal)
            return Error{subtotal.error()};
        totals.subtotalMinor = *subtotal;
        taxable.append(TaxableLine{line.product.taxClass, 0});
        totals.lines.append(priced);
    }
    if (auto promoted = applyPromotions(totals, lines, promotions, profile.rounding); !promoted)
        return Error{promoted.error()};
    if (auto couponed = applyCoupons(totals, lines, coupons, profile); !couponed)
        return Error{couponed.error()};

    // Manual discounts apply to what the promotions and coupons left, so a cashier's 10 % is 10 % of the
    // shelf price the customer actually sees after the 1+1.
    QList<qint64> afterLineDiscount;
    qint64 basketBase = 0;
    qsizetype next = 0;
    for (const SaleLine &line : lines) {
        if (line.voided)
            continue;
        PricedLine &priced = totals.lines[next++];
        const qint64 afterPromotions = priced.grossMinor - priced.promotionMinor - priced.couponMinor;
        if (line.discount) {
            auto amount = discountAmount(*line.discount, afterPromotions, profile.rounding);
            if (!amount)
                return Error{amount.error()};
            priced.lineDiscountMinor = *amount;
        }
        afterLineDiscount.append(afterPromotions - priced.lineDiscountMinor);
        basketBase += afterLineDiscount.last(); // bounded by the checked subtotal
        totals.discountMinor += priced.lineDiscountMinor;
    }

    if (basketDiscount) {
        auto amount = discountAmount(*basketDiscount, basketBase, profile.rounding);
        if (!amount)
            return Error{amount.error()};
        totals.basketDiscountMinor = *amount;
        totals.discountMinor += *amount;
    }
    const QList<qint64> shares = allocateProportionally(totals.basketDiscountMinor, afterLineDiscount);
    for (qsizetype i = 0; i < totals.lines.size(); ++i) {
        totals.lines[i].basketDiscountMinor = shares[i];
        totals.lines[i].paidMinor = afterLineDiscount[i] - shares[i];
        taxable[i].amountMinor = totals.lines[i].paidMinor;
    }

    auto tax = TaxCalculator(profile.taxClasses, profile.taxMode, profile.rounding).compute(taxable);
    if (!tax)
        return Error{tax.error()};
    totals.tax = std::move(tax).value();
    for (qsizetype i = 0; i < totals.lines.size(); ++i)
        totals.lines[i].taxMinor = totals.tax.lineTaxMinor[i];
    totals.totalDueMinor = totals.tax.totalDueMinor;
    settleTenders(totals, tenders, profile);
    return totals;
}

qint64 cashToCollect(const SaleTotals &totals, const StoreProfile &profile)
{
    if (totals.balanceMinor <= 0)
        return 0;
    return roundToIncrement(totals.balanceMinor, profile.cashRoundingIncrement, profile.rounding);
}

} // namespace omnitill
