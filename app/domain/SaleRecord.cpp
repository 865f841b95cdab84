#include "SaleRecord.h"

#include <QJsonArray>

namespace omnitill {

namespace {
QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray linesOf(const Sale &sale)
{
    QJsonArray lines;
    const SaleTotals &totals = sale.totals();
    for (const PricedLine &priced : totals.lines) {
        const SaleLine &line = *sale.liveLine(priced.lineId);
        QJsonObject json{{QLatin1String("line"), line.id},
                         {QLatin1String("product"), productToJson(line.product)},
                         {QLatin1String("quantity"), line.quantity.thousandths},
                         {QLatin1String("scanned"), line.scannedCode},
                         {QLatin1String("unitPrice"), line.unitPriceMinor},
                         {QLatin1String("gross"), priced.grossMinor},
                         {QLatin1String("lineDiscount"), priced.lineDiscountMinor},
                         {QLatin1String("basketDiscount"), priced.basketDiscountMinor},
                         {QLatin1String("paid"), priced.paidMinor},
                         {QLatin1String("tax"), priced.taxMinor}};
        if (line.priceOverridden())
            json.insert(QLatin1String("overrideReason"), line.overrideReason);
        if (!line.note.isEmpty())
            json.insert(QLatin1String("note"), line.note);
        if (line.discount)
            json.insert(QLatin1String("discount"), discountToJson(*line.discount));
        if (priced.couponMinor != 0)
            json.insert(QLatin1String("coupon"), priced.couponMinor);
        if (!priced.promotions.isEmpty()) {
            // Which promotions the line's saving came from, so a return can give back each share.
            QJsonArray promotions;
            for (const AppliedPromotion &promotion : priced.promotions) {
                promotions.append(QJsonObject{{QLatin1String("id"), promotion.promotionId},
                                              {QLatin1String("saving"), promotion.savingMinor}});
            }
            json.insert(QLatin1String("promotion"), priced.promotionMinor);
            json.insert(QLatin1String("promotions"), promotions);
        }
        lines.append(json);
    }
    return lines;
}

// Only the coupons that saved: those are redeemed at the central store; one that saved nothing is given back.
QJsonArray couponsOf(const Sale &sale)
{
    QJsonArray coupons;
    for (const PricedCoupon &priced : sale.totals().coupons) {
        if (priced.savingMinor == 0)
            continue;
        const auto applied = std::find_if(sale.coupons().cbegin(), sale.coupons().cend(),
                                          [&](const saleevent::CouponApplied &c) { return c.code == priced.code; });
        coupons.append(QJsonObject{{QLatin1String("code"), priced.code},
                                   {QLatin1String("rule"), applied->rule.toJson()},
                                   {QLatin1String("saving"), priced.savingMinor}});
    }
    return coupons;
}

QJsonArray taxesOf(const SaleTotals &totals)
{
    QJsonArray taxes;
    for (const TaxRateSummary &rate : totals.tax.rates) {
        taxes.append(QJsonObject{{QLatin1String("taxClass"), rate.taxClass.code},
                                 {QLatin1String("ratePerMillion"), rate.taxClass.ratePerMillion},
                                 {QLatin1String("net"), rate.netMinor},
                                 {QLatin1String("tax"), rate.taxMinor},
                                 {QLatin1String("gross"), rate.grossMinor}});
    }
    return taxes;
}

QJsonArray tendersOf(const Sale &sale)
{
    QJsonArray tenders;
    for (const Tender &tender : sale.tenders()) {
        QJsonObject json{{QLatin1String("tender"), tender.id},
                         {QLatin1String("method"), tenderMethodCode(tender.method)},
                         {QLatin1String("amount"), tender.amountMinor},
                         {QLatin1String("reference"), tender.reference}};
        if (tender.offline) // flagged for the back office and the acquirer's reconciliation
            json.insert(QLatin1String("offline"), true);
        tenders.append(json);
    }
    return tenders;
}
} // namespace

QJsonObject saleRecord(const Sale &sale)
{
    const SaleTotals &totals = sale.totals();
    QJsonObject record{
        {QLatin1String("sale"), sale.id().toString(QUuid::WithoutBraces)},
        {QLatin1String("terminal"), sale.terminalId()},
        {QLatin1String("store"), sale.profile().storeId},
        {QLatin1String("currency"), sale.profile().currency.code()},
        {QLatin1String("taxMode"),
         sale.profile().taxMode == TaxMode::Inclusive ? QLatin1String("inclusive") : QLatin1String("exclusive")},
        {QLatin1String("openedAt"), timestamp(sale.openedAt())},
        {QLatin1String("closedAt"), timestamp(sale.closedAt())},
        {QLatin1String("status"),
         sale.state() == SaleState::Voided ? QLatin1String("voided") : QLatin1String("completed")},
        {QLatin1String("lines"), linesOf(sale)},
        {QLatin1String("taxes"), taxesOf(totals)},
        {QLatin1String("tenders"), tendersOf(sale)},
        {QLatin1String("subtotal"), totals.subtotalMinor},
        {QLatin1String("discount"), totals.discountMinor},
        {QLatin1String("basketDiscount"), totals.basketDiscountMinor},
        {QLatin1String("tax"), totals.tax.totalTaxMinor},
        {QLatin1String("total"), totals.totalDueMinor},
        {QLatin1String("cashRounding"), totals.cashRoundingMinor},
        {QLatin1String("change"), totals.changeMinor},
    };
    if (sale.basketDiscount())
        record.insert(QLatin1String("basketDiscountRule"), discountToJson(*sale.basketDiscount()));
    if (totals.promotionMinor != 0)
        record.insert(QLatin1String("promotion"), totals.promotionMinor);
    if (totals.couponMinor != 0) {
        record.insert(QLatin1String("coupon"), totals.couponMinor);
        record.insert(QLatin1String("coupons"), couponsOf(sale));
    }
    if (!sale.customerId().isEmpty())
        record.insert(QLatin1String("customer"), sale.customerId());
    if (sale.isMember())
        record.insert(QLatin1String("member"), true);
    // Sent with the sale for the receipt's issuer: what it is for, the masked number and the cash it covers.
    if (const auto &cashReceipt = sale.cashReceipt();
        cashReceipt && sale.state() == SaleState::Completed && sale.cashPaidMinor() > 0) {
        QJsonObject sent = cashReceiptToJson(*cashReceipt);
        sent.insert(QLatin1String("amount"), sale.cashPaidMinor());
        record.insert(QLatin1String("cashReceipt"), sent);
    }
    return record;
}

} // namespace omnitill
