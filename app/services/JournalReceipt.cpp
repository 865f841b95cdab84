#include "JournalReceipt.h"

#include "StoredValue.h"

#include <QJsonArray>

namespace omnitill {

namespace {
qint64 integer(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInteger();
}

// A product's name in the receipt's language, or the other one when that is all there is.
QString productName(const QJsonObject &product, const StoreProfile &profile)
{
    const QString nameKo = product.value(QLatin1String("nameKo")).toString();
    const QString nameEn = product.value(QLatin1String("nameEn")).toString();
    const QString &preferred = profile.language == QLatin1String("ko") ? nameKo : nameEn;
    return preferred.isEmpty() ? (nameKo.isEmpty() ? nameEn : nameKo) : preferred;
}

QList<Receipt::Payment> paymentsOf(const QJsonArray &payments)
{
    QList<Receipt::Payment> shown;
    for (const QJsonValue &value : payments) {
        const QJsonObject payment = value.toObject();
        shown.append({tenderMethodFromCode(payment.value(QLatin1String("method")).toString()),
                      integer(payment, "amount"),
                      payment.value(QLatin1String("reference")).toString(),
                      {},
                      payment.value(QLatin1String("offline")).toBool()});
    }
    return shown;
}

// The items that came back: lines of a return's record (by SKU) or of an exchange in a sale's record
// (with the product).
QList<Receipt::ReturnedLine> returnedLinesOf(const QJsonArray &lines, const StoreProfile &profile)
{
    QList<Receipt::ReturnedLine> shown;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString name = productName(line.value(QLatin1String("product")).toObject(), profile);
        shown.append({name.isEmpty() ? line.value(QLatin1String("sku")).toString() : name,
                      Quantity{integer(line, "quantity")}, integer(line, "refund")});
    }
    return shown;
}
} // namespace

Result<Receipt> JournalReceipt::fromEntry(const JournalEntry &entry, const StoreProfile &profile, Receipt::Kind kind)
{
    const QJsonObject &record = entry.record;
    if (record.value(QLatin1String("currency")).toString() != profile.currency.code())
        return Error{tr("Receipt %1 is in %2, but this store sells in %3.")
                         .arg(entry.sequence)
                         .arg(record.value(QLatin1String("currency")).toString(), profile.currency.code())};
    Receipt receipt(profile.currency);
    receipt.kind = kind;
    receipt.storeName = profile.storeName;
    receipt.addressLines = profile.addressLines;
    receipt.headerLines = profile.receiptHeader;
    receipt.saleId = QUuid::fromString(record.value(QLatin1String("sale")).toString());
    if (receipt.saleId.isNull())
        return Error{tr("Receipt %1 has no sale id in the journal.").arg(entry.sequence)};
    receipt.sequence = entry.sequence;
    receipt.terminalId = record.value(QLatin1String("terminal")).toString();
    receipt.time = QDateTime::fromString(record.value(QLatin1String("closedAt")).toString(), Qt::ISODateWithMs);

    for (const QJsonValue &value : record.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const QJsonObject product = line.value(QLatin1String("product")).toObject();
        Receipt::Line shown;
        shown.name = productName(product, profile);
        const QString taxClass = product.value(QLatin1String("taxClass")).toString();
        shown.taxExempt = taxClass.isEmpty() || profile.taxClass(taxClass).value_or(TaxClass{}).isExempt();
        shown.quantity = Quantity{integer(line, "quantity")};
        shown.byWeight = unitFromCode(product.value(QLatin1String("unit")).toString()) == Unit::Kilogram;
        shown.unitPriceMinor = integer(line, "unitPrice");
        shown.grossMinor = integer(line, "gross");
        shown.discountMinor = integer(line, "lineDiscount");
        shown.priceChangeReason = line.value(QLatin1String("overrideReason")).toString();
        shown.note = line.value(QLatin1String("note")).toString();
        if (const qint64 promotion = integer(line, "promotion"); promotion != 0)
            shown.promotions.append({tr("Promotion"), promotion});
        receipt.lines.append(shown);
    }
    for (const QJsonValue &value : record.value(QLatin1String("coupons")).toArray()) {
        const QJsonObject coupon = value.toObject();
        receipt.coupons.append({coupon.value(QLatin1String("code")).toString(), integer(coupon, "saving")});
    }
    receipt.subtotalMinor = integer(record, "subtotal");
    receipt.basketDiscountMinor = integer(record, "basketDiscount");
    if (record.value(QLatin1String("taxMode")).toString() == QLatin1String("exclusive"))
        receipt.addedTaxMinor = integer(record, "tax");
    receipt.cashRoundingMinor = integer(record, "cashRounding");
    receipt.totalMinor = integer(record, "total") + receipt.cashRoundingMinor;
    receipt.payments = paymentsOf(record.value(QLatin1String("tenders")).toArray());
    receipt.isReturn = record.value(QLatin1String("kind")).toString() == QLatin1String("return");
    if (receipt.isReturn) {
        receipt.returned = returnedLinesOf(record.value(QLatin1String("lines")).toArray(), profile);
        receipt.refunds = paymentsOf(record.value(QLatin1String("refunds")).toArray());
        receipt.originalSequence = integer(record, "originalSequence");
    }
    if (const QJsonObject exchange = record.value(QLatin1String("exchange")).toObject(); !exchange.isEmpty()) {
        receipt.returnSequence = integer(exchange, "returnSequence");
        receipt.originalSequence = integer(exchange, "originalSequence");
        receipt.returned = returnedLinesOf(exchange.value(QLatin1String("lines")).toArray(), profile);
        receipt.refunds = paymentsOf(exchange.value(QLatin1String("refunds")).toArray());
    }
    receipt.changeMinor = integer(record, "change");
    receipt.cashReceipt = cashReceiptFromJson(record.value(QLatin1String("cashReceipt")).toObject());
    receipt.promotionSavingMinor = integer(record, "promotion");
    for (const QJsonValue &value : record.value(QLatin1String("taxes")).toArray()) {
        const QJsonObject tax = value.toObject();
        TaxRateSummary rate;
        const QString code = tax.value(QLatin1String("taxClass")).toString();
        rate.taxClass = profile.taxClass(code).value_or(TaxClass{code, code, 0});
        rate.taxClass.ratePerMillion = integer(tax, "ratePerMillion"); // the rate that was charged
        rate.netMinor = integer(tax, "net");
        rate.taxMinor = integer(tax, "tax");
        rate.grossMinor = integer(tax, "gross");
        receipt.taxRates.append(rate);
    }
    receipt.voided = record.value(QLatin1String("status")).toString() == QLatin1String("voided");
    if (!receipt.voided && record.contains(QLatin1String("customer")))
        receipt.pointsEarned = loyalty::pointsFor(integer(record, "total"));
    receipt.footer = profile.receiptFooter;
    receipt.language = profile.language;
    receipt.localeName = profile.localeName;
    return receipt;
}

} // namespace omnitill
