#include "SalePricing.h"

#include "DiscountAllocation.h"

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
} // namespace

Result<SaleTotals> priceSale(const QList<SaleLine> &lines, const std::optional<Discount> &basketDiscount,
                             const QList<Tender> &tenders, const StoreProfile &profile)
{
    SaleTotals totals;
    QList<qint64> afterLineDiscount;
    QList<TaxableLine> taxable;
    qint64 basketBase = 0;
    for (const SaleLine &line : lines) {
        if (line.voided)
            continue;
        PricedLine priced{line.id};
        auto gross =
            checked::multiplyDivide(line.unitPriceMinor, line.quantity.thousandths, Quantity::scale, profile.rounding);
        if (!gross)
            return Error{gross.error()};
        priced.grossMinor = *gross;
        if (line.discount) {
            auto amount = discountAmount(*line.discount, *gross, profile.rounding);
            if (!amount)
                return Error{amount.error()};
            priced.lineDiscountMinor = *amount;
        }
        auto subtotal = checked::add(totals.subtotalMinor, priced.grossMinor);
        if (!subtotal)
            return Error{subtotal.error()};
        totals.subtotalMinor = *subtotal;
        afterLineDiscount.append(priced.grossMinor - priced.lineDiscountMinor);
        basketBase += afterLineDiscount.last(); // bounded by the checked subtotal
        totals.discountMinor += priced.lineDiscountMinor;
        taxable.append(TaxableLine{line.product.taxClass, 0});
        totals.lines.append(priced);
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
