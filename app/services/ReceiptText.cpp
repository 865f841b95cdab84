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

class Layout
{
public:
    explicit Layout(int columns)
        : m_columns(columns)
    {
    }

    void both(const QString &left, const QString &right)
    {
        const int rightWidth = ReceiptText::displayWidth(right);
        const QString shownLeft = elided(left, qMax(0, m_columns - rightWidth - 1));
        const int gap = m_columns - ReceiptText::displayWidth(shownLeft) - rightWidth;
        m_text += shownLeft + QString(qMax(1, gap), QLatin1Char(' ')) + right + QLatin1Char('\n');
    }
    void centred(const QString &text)
    {
        for (const QString &shown : wrapped(text, m_columns))
            m_text += QString((m_columns - ReceiptText::displayWidth(shown)) / 2, QLatin1Char(' ')) + shown +
                      QLatin1Char('\n');
    }
    void line(const QString &text)
    {
        for (const QString &shown : wrapped(text, m_columns))
            m_text += shown + QLatin1Char('\n');
    }
    void rule(QChar c = QLatin1Char('-')) { m_text += QString(m_columns, c) + QLatin1Char('\n'); }
    QString text() const { return m_text; }

private:
    int m_columns;
    QString m_text;
};
} // namespace

int ReceiptText::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString ReceiptText::render(const Sale &sale, qint64 sequence, int columns)
{
    const StoreProfile &profile = sale.profile();
    const QLocale locale(profile.localeName);
    const auto money = [&](qint64 minor) { return Money(minor, profile.currency).format(locale); };
    const SaleTotals &totals = sale.totals();
    Layout out(columns);
    // A basket promotion is printed once, under the subtotal, though each line holds its share of it.
    QList<AppliedPromotion> basketPromotions;

    out.centred(profile.storeName);
    for (const QString &address : profile.addressLines)
        out.centred(address);
    out.rule(QLatin1Char('='));
    out.both(sequence > 0 ? tr("Receipt %1").arg(sequence, 6, 10, QLatin1Char('0')) : tr("Sale in progress"),
             locale.toString(sale.closedAt().isValid() ? sale.closedAt().toLocalTime() : sale.openedAt().toLocalTime(),
                             QStringLiteral("yyyy-MM-dd HH:mm")));
    out.line(tr("Terminal %1").arg(sale.terminalId()));
    out.rule();

    for (const PricedLine &priced : totals.lines) {
        const SaleLine &line = *std::find_if(sale.lines().cbegin(), sale.lines().cend(),
                                             [&](const SaleLine &l) { return l.id == priced.lineId; });
        const QString taxMark =
            line.product.taxClass.isEmpty() || profile.taxClass(line.product.taxClass).value_or(TaxClass{}).isExempt()
                ? QStringLiteral("*")
                : QString();
        out.line(taxMark + line.product.name(profile.language));
        const QString quantity =
            line.product.unit == Unit::Kilogram
                ? tr("%1 kg x %2/kg").arg(line.quantity.toString(), money(line.unitPriceMinor))
                : QStringLiteral("%1 x %2").arg(line.quantity.toString(), money(line.unitPriceMinor));
        out.both(QStringLiteral("  ") + quantity, money(priced.grossMinor));
        if (line.priceOverridden())
            out.line(QStringLiteral("  ") + tr("Price changed: %1").arg(line.overrideReason));
        for (const AppliedPromotion &promotion : priced.promotions) {
            if (!promotion.basket) {
                out.both(QStringLiteral("  ") + promotion.name(profile.language), money(-promotion.savingMinor));
                continue;
            }
            const auto same =
                std::find_if(basketPromotions.begin(), basketPromotions.end(),
                             [&](const AppliedPromotion &p) { return p.promotionId == promotion.promotionId; });
            if (same == basketPromotions.end())
                basketPromotions.append(promotion);
            else
                same->savingMinor += promotion.savingMinor;
        }
        if (priced.lineDiscountMinor != 0)
            out.both(QStringLiteral("  ") + tr("Discount"), money(-priced.lineDiscountMinor));
    }
    out.rule();
    out.both(tr("Subtotal"), money(totals.subtotalMinor));
    for (const AppliedPromotion &promotion : std::as_const(basketPromotions))
        out.both(promotion.name(profile.language), money(-promotion.savingMinor));
    if (totals.basketDiscountMinor != 0)
        out.both(tr("Basket discount"), money(-totals.basketDiscountMinor));
    if (profile.taxMode == TaxMode::Exclusive)
        out.both(tr("Tax"), money(totals.tax.totalTaxMinor));
    if (totals.cashRoundingMinor != 0)
        out.both(tr("Cash rounding"), money(totals.cashRoundingMinor));
    out.both(tr("TOTAL"), money(totals.totalDueMinor + totals.cashRoundingMinor));
    if (totals.promotionMinor != 0)
        out.both(tr("Promotions saved you"), money(totals.promotionMinor));
    for (const Tender &tender : sale.tenders()) {
        const QString method = tender.method == TenderMethod::Cash   ? tr("Cash")
                               : tender.method == TenderMethod::Card ? tr("Card")
                                                                     : tr("Other");
        out.both(method, money(tender.amountMinor));
    }
    if (totals.changeMinor != 0)
        out.both(tr("Change"), money(totals.changeMinor));
    out.rule();
    for (const TaxRateSummary &rate : totals.tax.rates) {
        if (rate.taxClass.isExempt()) {
            out.both(tr("* Tax exempt"), money(rate.grossMinor));
            continue;
        }
        out.both(tr("%1 taxable").arg(rate.taxClass.name), money(rate.netMinor));
        out.both(rate.taxClass.name, money(rate.taxMinor));
    }
    if (sale.state() == SaleState::Voided) {
        out.rule();
        out.centred(tr("*** VOIDED ***"));
    }
    if (!profile.receiptFooter.isEmpty()) {
        out.rule();
        out.centred(profile.receiptFooter);
    }
    return out.text();
}

} // namespace omnitill
