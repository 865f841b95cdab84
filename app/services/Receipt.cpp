#include "Receipt.h"

#include "StoredValue.h"

namespace omnitill {

Receipt Receipt::fromSale(const Sale &sale, qint64 sequence)
{
    const StoreProfile &profile = sale.profile();
    const SaleTotals &totals = sale.totals();
    Receipt receipt(profile.currency);
    receipt.storeName = profile.storeName;
    receipt.addressLines = profile.addressLines;
    receipt.headerLines = profile.receiptHeader;
    receipt.saleId = sale.id();
    receipt.sequence = sequence;
    receipt.terminalId = sale.terminalId();
    receipt.time = sale.closedAt().isValid() ? sale.closedAt() : sale.openedAt();
    for (const PricedLine &priced : totals.lines) {
        const SaleLine *line = sale.liveLine(priced.lineId);
        if (!line)
            continue; // totals only price live lines of the sale; nothing to show for anything else
        Line shown;
        shown.name = line->product.name(profile.language);
        shown.taxExempt = line->product.taxClass.isEmpty() ||
                          profile.taxClass(line->product.taxClass).value_or(TaxClass{}).isExempt();
        shown.quantity = line->quantity;
        shown.byWeight = line->product.unit == Unit::Kilogram;
        shown.unitPriceMinor = line->unitPriceMinor;
        shown.grossMinor = priced.grossMinor;
        shown.discountMinor = priced.lineDiscountMinor;
        if (line->priceOverridden())
            shown.priceChangeReason = line->overrideReason;
        shown.note = line->note;
        for (const AppliedPromotion &promotion : priced.promotions) {
            const QString name = promotion.name(profile.language);
            if (!promotion.basket) {
                shown.promotions.append({name, promotion.savingMinor});
                continue;
            }
            // Each line holds its share of a basket promotion; the receipt prints the promotion once.
            const auto same = std::find_if(receipt.basketPromotions.begin(), receipt.basketPromotions.end(),
                                           [&](const Saving &saving) { return saving.name == name; });
            if (same == receipt.basketPromotions.end())
                receipt.basketPromotions.append({name, promotion.savingMinor});
            else
                same->amountMinor += promotion.savingMinor;
        }
        receipt.lines.append(shown);
    }
    for (const PricedCoupon &coupon : totals.coupons) {
        if (coupon.savingMinor != 0)
            receipt.coupons.append({coupon.code, coupon.savingMinor});
    }
    receipt.subtotalMinor = totals.subtotalMinor;
    receipt.basketDiscountMinor = totals.basketDiscountMinor;
    if (profile.taxMode == TaxMode::Exclusive)
        receipt.addedTaxMinor = totals.tax.totalTaxMinor;
    receipt.cashRoundingMinor = totals.cashRoundingMinor;
    receipt.totalMinor = totals.totalDueMinor + totals.cashRoundingMinor;
    for (const Tender &tender : sale.tenders())
        receipt.payments.append({tender.method, tender.amountMinor, tender.reference, {}, tender.offline});
    receipt.changeMinor = totals.changeMinor;
    if (sale.state() != SaleState::Voided)
        receipt.cashReceipt = sale.cashReceipt();
    receipt.promotionSavingMinor = totals.promotionMinor;
    receipt.taxRates = totals.tax.rates;
    receipt.voided = sale.state() == SaleState::Voided;
    if (sale.state() == SaleState::Completed && !sale.customerId().isEmpty())
        receipt.pointsEarned = loyalty::pointsFor(totals.totalDueMinor);
    receipt.footer = profile.receiptFooter;
    receipt.language = profile.language;
    receipt.localeName = profile.localeName;
    return receipt;
}

void Receipt::attachCardSlip(const QString &reference, const QStringList &slip)
{
    for (Payment &payment : payments)
        if (payment.method == TenderMethod::Card && !reference.isEmpty() && payment.reference == reference)
            payment.cardSlip = slip;
}

QByteArray Receipt::qrPayload() const
{
    return QByteArray(qrPrefix.data(), qrPrefix.size()) + saleId.toByteArray(QUuid::WithoutBraces);
}

std::optional<QUuid> Receipt::saleIdFromQr(const QString &scanned)
{
    if (!scanned.startsWith(qrPrefix))
        return std::nullopt;
    const QUuid id = QUuid::fromString(QStringView(scanned).mid(qrPrefix.size()));
    if (id.isNull() || scanned.size() != qrPrefix.size() + 36)
        return std::nullopt;
    return id;
}

bool Receipt::opensDrawer() const
{
    return kind == Kind::Original && !voided &&
           std::any_of(payments.cbegin(), payments.cend(),
                       [](const Payment &payment) { return payment.method == TenderMethod::Cash; });
}

} // namespace omnitill
