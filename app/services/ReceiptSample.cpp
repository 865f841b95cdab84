#include "ReceiptSample.h"

namespace omnitill {

Receipt ReceiptSample::of(const StoreProfile &profile, const QImage &logo, const QDateTime &now)
{
    // One priced item paid in cash, enough body between the head and the foot to read them as on paper: a price
    // that looks like one in won (10,000) and in dollars or euros (10.00).
    const qint64 price = profile.currency.exponent() == 0 ? 10'000 : 10 * profile.currency.minorPerMajor();
    Receipt receipt(profile.currency);
    receipt.logo = logo;
    receipt.storeName = profile.storeName;
    receipt.addressLines = profile.addressLines;
    receipt.headerLines = profile.receiptHeader;
    receipt.sequence = 1;
    receipt.terminalId = profile.terminalId;
    receipt.time = now;
    Receipt::Line line;
    line.name = tr("Sample item");
    line.quantity = Quantity::pieces(1);
    line.unitPriceMinor = price;
    line.grossMinor = price;
    receipt.lines.append(line);
    receipt.subtotalMinor = price;
    receipt.totalMinor = price;
    receipt.payments.append({TenderMethod::Cash, price, {}, {}, false});
    receipt.footer = profile.receiptFooter;
    receipt.language = profile.language;
    receipt.localeName = profile.localeName;
    return receipt;
}

} // namespace omnitill
