#include "ReceiptText.h"

#include "Money.h"

#include <QLocale>

namespace omnitill {

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Cuts text to at most columns display columns.
QString elided(const QString &text, int columns)
{
    QString result;
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (width + w > columns)
            break;
        width += w;
        result += QString::fromUcs4(&c, 1);
    }
    return result;
}

// Breaks text into lines of at most columns display columns, at a space where one is near enough.
QStringList wrapped(const QString &text, int columns)
{
    QStringList lines;
    QString rest = text;
    while (ReceiptText::displayWidth(rest) > columns) {
        QString head = elided(rest, columns);
        const qsizetype space = head.lastIndexOf(QLatin1Char(' '));
        if (space > head.size() / 2)
            head.truncate(space);
        lines.append(head);
        rest = rest.mid(head.size()).trimmed();
    }
    lines.append(rest);
    return lines;
}

// Fits text into the document's columns: wrapping, eliding and padding the two-column lines.
class Layout
{
public:
    explicit Layout(int columns)
        : m_columns(columns)
    {
    }

    void both(const QString &left, const QString &right, TextStyle style = {})
    {
        const int rightWidth = ReceiptText::displayWidth(right);
        const QString shownLeft = elided(left, qMax(0, m_columns - rightWidth - 1));
        const int gap = m_columns - ReceiptText::displayWidth(shownLeft) - rightWidth;
        m_document.text(shownLeft + QString(qMax(1, gap), QLatin1Char(' ')) + right, Alignment::Left, style);
    }
    void centred(const QString &text, TextStyle style = {})
    {
        for (const QString &shown : wrapped(text, m_columns))
            m_document.text(shown, Alignment::Center, style);
    }
    void line(const QString &text)
    {
        for (const QString &shown : wrapped(text, m_columns))
            m_document.text(shown);
    }
    void rule(QChar c = QLatin1Char('-')) { m_document.text(QString(m_columns, c)); }
    PrintDocument &document() { return m_document; }

private:
    int m_columns;
    PrintDocument m_document;
};
} // namespace

QString ReceiptText::tenderName(TenderMethod method)
{
    switch (method) {
    case TenderMethod::Cash:
        return tr("Cash");
    case TenderMethod::Card:
        return tr("Card");
    case TenderMethod::GiftCard:
        return tr("Gift card");
    case TenderMethod::StoreCredit:
        return tr("Store credit (account)");
    case TenderMethod::Points:
        return tr("Points");
    case TenderMethod::Other:
        break;
    }
    return tr("Store credit");
}

QString ReceiptText::refundName(TenderMethod method)
{
    switch (method) {
    case TenderMethod::Cash:
        return tr("Refunded in cash");
    case TenderMethod::Card:
        return tr("Refunded to card");
    case TenderMethod::GiftCard:
        return tr("Back on the gift card");
    case TenderMethod::StoreCredit:
        return tr("Back on store credit (account)");
    case TenderMethod::Points:
        return tr("Points given back");
    case TenderMethod::Other:
        break;
    }
    return tr("Store credit");
}

int ReceiptText::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString ReceiptText::render(const Sale &sale, qint64 sequence, int columns)
{
    return layout(Receipt::fromSale(sale, sequence), columns).toPlainText(columns);
}

PrintDocument ReceiptText::layout(const Receipt &receipt, int columns)
{
    const QLocale locale(receipt.localeName);
    const auto money = [&](qint64 minor) { return Money(minor, receipt.currency).format(locale); };
    TextStyle emphasised;
    emphasised.emphasis = true;
    TextStyle total = emphasised;
    total.heightScale = 2; // taller, not wider: the line keeps its columns
    Layout out(columns);

    if (!receipt.logo.isNull())
        out.document().image(receipt.logo);
    out.centred(receipt.storeName, emphasised);
    for (const QString &address : receipt.addressLines)
        out.centred(address);
    for (const QString &header : receipt.headerLines)
        out.centred(header);
    out.rule(QLatin1Char('='));
    const QString number = QStringLiteral("%1").arg(receipt.sequence, 6, 10, QLatin1Char('0'));
    out.both(receipt.sequence == 0 ? tr("Sale in progress")
             : receipt.isReturn    ? tr("Return %1").arg(number)
                                   : tr("Receipt %1").arg(number),
             locale.toString(receipt.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    out.line(tr("Terminal %1").arg(receipt.terminalId));
    if (receipt.kind == Receipt::Kind::Copy)
        out.centred(tr("*** COPY (reprint) ***"), emphasised);
    if (receipt.kind == Receipt::Kind::Gift)
        out.centred(tr("GIFT RECEIPT"), emphasised);
    out.rule();

    if (receipt.kind == Receipt::Kind::Gift) {
        // What was bought and how many, to exchange or return it; no price, discount, total or payment.
        for (const Receipt::Line &line : receipt.lines) {
            out.line(line.name);
            out.line(QStringLiteral("  ") + (line.byWeight ? tr("%1 kg").arg(line.quantity.toString())
                                                           : tr("Quantity %1").arg(line.quantity.toString())));
        }
        out.rule();
        out.centred(tr("Present this receipt to exchange or return the items."));
        if (!receipt.saleId.isNull())
            out.document().qrCode(receipt.qrPayload());
        out.document().cut();
        return out.document();
    }

    // The items that came back and where their money went: a return's whole receipt, or the return half
    // of an exchange under its sale.
    const auto returnedItems = [&] {
        if (receipt.originalSequence > 0)
            out.line(tr("Returned from receipt %1").arg(receipt.originalSequence, 6, 10, QLatin1Char('0')));
        for (const Receipt::ReturnedLine &line : receipt.returned) {
            out.line(line.name);
            out.both(QStringLiteral("  ") + tr("Quantity %1").arg(line.quantity.toString()), money(-line.refundMinor));
        }
        for (const Receipt::Payment &refund : receipt.refunds) {
            out.both(refundName(refund.method), money(refund.amountMinor));
        }
    };
    if (receipt.isReturn) {
        returnedItems();
        out.rule();
        out.both(tr("REFUND"), money(-receipt.totalMinor), total);
        const bool storeCredit = std::any_of(receipt.refunds.cbegin(), receipt.refunds.cend(),
                                             [](const Receipt::Payment &r) { return r.method == TenderMethod::Other; });
        if (storeCredit)
            out.centred(tr("Store credit: scan this code at the till to pay with it."), emphasised);
        if (receipt.kind == Receipt::Kind::Copy)
            out.centred(tr("*** COPY (reprint) ***"), emphasised);
        out.document().qrCode(receipt.qrPayload());
        out.document().cut();
        return out.document();
    }

    for (const Receipt::Line &line : receipt.lines) {
        out.line((line.taxExempt ? QStringLiteral("*") : QString()) + line.name);
        const QString quantity =
            line.byWeight ? tr("%1 kg x %2/kg").arg(line.quantity.toString(), money(line.unitPriceMinor))
                          : QStringLiteral("%1 x %2").arg(line.quantity.toString(), money(line.unitPriceMinor));
        out.both(QStringLiteral("  ") + quantity, money(line.grossMinor));
        if (!line.priceChangeReason.isEmpty())
            out.line(QStringLiteral("  ") + tr("Price changed: %1").arg(line.priceChangeReason));
        if (!line.note.isEmpty())
            out.line(QStringLiteral("  * ") + line.note);
        for (const Receipt::Saving &promotion : line.promotions)
            out.both(QStringLiteral("  ") + promotion.name, money(-promotion.amountMinor));
        if (line.discountMinor != 0)
            out.both(QStringLiteral("  ") + tr("Discount"), money(-line.discountMinor));
    }
    out.rule();
    out.both(tr("Subtotal"), money(receipt.subtotalMinor));
    for (const Receipt::Saving &promotion : receipt.basketPromotions)
        out.both(promotion.name, money(-promotion.amountMinor));
    for (const Receipt::Saving &coupon : receipt.coupons)
        out.both(tr("Coupon %1").arg(coupon.name), money(-coupon.amountMinor));
    if (receipt.basketDiscountMinor != 0)
        out.both(tr("Basket discount"), money(-receipt.basketDiscountMinor));
    if (receipt.addedTaxMinor)
        out.both(tr("Tax"), money(*receipt.addedTaxMinor));
    if (receipt.cashRoundingMinor != 0)
        out.both(tr("Cash rounding"), money(receipt.cashRoundingMinor));
    out.both(tr("TOTAL"), money(receipt.totalMinor), total);
    if (receipt.promotionSavingMinor != 0)
        out.both(tr("Promotions saved you"), money(receipt.promotionSavingMinor));
    for (const Receipt::Payment &payment : receipt.payments) {
        out.both(tenderName(payment.method), money(payment.amountMinor));
        if (payment.offline)
            out.line(QStringLiteral("  ") + (payment.method == TenderMethod::Card
                                                 ? tr("Approved offline (store and forward)")
                                                 : tr("Taken offline: the central store is told later")));
        for (const QString &slipLine : payment.cardSlip)
            out.line(QStringLiteral("  ") + slipLine);
    }
    const bool paidInCash = std::any_of(receipt.payments.cbegin(), receipt.payments.cend(),
                                        [](const Receipt::Payment &p) { return p.method == TenderMethod::Cash; });
    if (receipt.cashReceipt && paidInCash) {
        // "현금영수증 (소득공제) 010-****-3852" on one line where it fits, the number under its label otherwise.
        const QString label =
            QStringLiteral("  ") +
            tr("Cash receipt (%1)").arg(CashReceiptRequest::purposeName(receipt.cashReceipt->purpose));
        const QString &number = receipt.cashReceipt->masked;
        if (displayWidth(label) + 1 + displayWidth(number) <= columns) {
            out.line(label + QLatin1Char(' ') + number);
        } else {
            out.line(label);
            out.line(QStringLiteral("    ") + number);
        }
    }
    if (receipt.changeMinor != 0)
        out.both(tr("Change"), money(receipt.changeMinor));
    if (receipt.pointsEarned > 0) {
        out.both(tr("Points earned"), QLocale(receipt.localeName).toString(receipt.pointsEarned));
        out.line(QStringLiteral("  ") + tr("credited when the sale reaches the central store"));
        if (receipt.pointsBalance)
            out.both(tr("Points balance"), QLocale(receipt.localeName).toString(*receipt.pointsBalance));
    }
    for (const QString &notice : receipt.notices)
        out.line(notice);
    if (receipt.returnSequence > 0) {
        out.rule();
        out.line(tr("Exchange: return %1").arg(receipt.returnSequence, 6, 10, QLatin1Char('0')));
        returnedItems();
    }
    out.rule();
    for (const TaxRateSummary &rate : receipt.taxRates) {
        if (rate.taxClass.isExempt()) {
            out.both(tr("* Tax exempt"), money(rate.grossMinor));
            continue;
        }
        out.both(tr("%1 taxable").arg(rate.taxClass.name), money(rate.netMinor));
        out.both(rate.taxClass.name, money(rate.taxMinor));
    }
    if (receipt.voided) {
        out.rule();
        out.centred(tr("*** VOIDED ***"), emphasised);
    }
    if (!receipt.footer.isEmpty()) {
        out.rule();
        for (const QString &footer : receipt.footer.split(QLatin1Char('\n')))
            out.centred(footer);
    }
    if (receipt.kind == Receipt::Kind::Copy) {
        out.rule();
        out.centred(tr("*** COPY (reprint) ***"), emphasised);
    }
    if (!receipt.saleId.isNull())
        out.document().qrCode(receipt.qrPayload());
    out.document().cut();
    for (const QStringList &slip : receipt.merchantSlips) {
        out.centred(tr("Card slip: merchant copy"), emphasised);
        out.line(tr("Receipt %1").arg(number));
        for (const QString &slipLine : slip)
            out.line(slipLine);
        out.document().cut();
    }
    return out.document();
}

} // namespace omnitill
