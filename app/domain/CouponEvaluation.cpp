#include "CouponEvaluation.h"

#include "Money.h"
#include "PromotionEngine.h"

#include <QCoreApplication>

namespace omnitill {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("omnitill::CouponEvaluation", text);
}

CouponVerdict refused(const char *code, const QString &message)
{
    return {0, {}, QLatin1String(code), message};
}

Product productOf(const CouponBasketLine &line)
{
    Product product;
    product.sku = line.sku;
    product.category = line.category;
    product.unitPriceMinor = line.unitPriceMinor;
    product.unit = line.quantity.isWhole() ? Unit::Each : Unit::Kilogram;
    return product;
}
} // namespace

CouponEvaluation::CouponEvaluation(Currency currency, QLocale locale, RoundingMode rounding)
    : m_currency(std::move(currency))
    , m_locale(std::move(locale))
    , m_rounding(rounding)
{
}

QString CouponEvaluation::money(qint64 minor) const
{
    return Money(minor, m_currency).format(m_locale);
}

Result<CouponVerdict> CouponEvaluation::evaluate(const CouponRule &rule, const QList<CouponBasketLine> &basket,
                                                 const QStringList &appliedGroups) const
{
    if (!rule.stackingGroup.isEmpty() && appliedGroups.contains(rule.stackingGroup)) {
        return refused("stacking_conflict",
                       tr("Another coupon of the group \"%1\" is already on this sale").arg(rule.stackingGroup));
    }
    if (!rule.currency.isEmpty() && rule.currency != m_currency.code()) {
        return refused("currency_mismatch",
                       tr("This coupon is in %1 and the sale in %2").arg(rule.currency, m_currency.code()));
    }
    qint64 spend = 0;
    for (const CouponBasketLine &line : basket) {
        auto gross =
            checked::multiplyDivide(line.quantity.thousandths, line.unitPriceMinor, Quantity::scale, m_rounding);
        auto total = gross ? checked::add(spend, *gross) : gross;
        if (!total)
            return Error{total.error()};
        spend = *total;
    }
    if (spend < rule.minimumSpendMinor) {
        return refused("minimum_spend_not_reached",
                       tr("Minimum spend %1 not reached: %2 more")
                           .arg(money(rule.minimumSpendMinor), money(rule.minimumSpendMinor - spend)));
    }
    if (rule.kind == CouponRule::Kind::FreeItem)
        return freeItem(rule, basket);
    const bool anyInScope = std::any_of(basket.cbegin(), basket.cend(), [&rule](const CouponBasketLine &line) {
        return rule.scope.matches(productOf(line));
    });
    if (!anyInScope)
        return refused("out_of_scope", tr("Nothing in the basket is covered by this coupon"));
    if (rule.kind == CouponRule::Kind::BuyGet) {
        qint64 pieces = 0;
        for (const CouponBasketLine &line : basket) {
            if (line.quantity.isWhole() && rule.scope.matches(productOf(line)))
                pieces += line.quantity.thousandths / Quantity::scale;
        }
        const qint64 needed = rule.buyQuantity + rule.getQuantity;
        if (pieces < needed) {
            return refused("buy_get_not_reached",
                           tr("Buy %1 get %2 needs %3 items the coupon covers: the basket has %4")
                               .arg(rule.buyQuantity)
                               .arg(rule.getQuantity)
                               .arg(needed)
                               .arg(pieces));
        }
    }
    return throughEngine(rule, basket);
}

Result<CouponVerdict> CouponEvaluation::freeItem(const CouponRule &rule, const QList<CouponBasketLine> &basket) const
{
    CouponVerdict verdict;
    verdict.lineSavings.fill(0, basket.size());
    qint64 left = rule.value;
    for (qsizetype i = 0; i < basket.size() && left > 0; ++i) {
        const CouponBasketLine &line = basket[i];
        if (line.sku != rule.freeSku || !line.quantity.isWhole())
            continue;
        const qint64 given = qMin(left, line.quantity.thousandths / Quantity::scale);
        auto saving = checked::multiply(given, line.unitPriceMinor);
        if (!saving)
            return Error{saving.error()};
        verdict.lineSavings[i] = *saving;
        verdict.savingMinor += *saving;
        left -= given;
    }
    if (left == rule.value)
        return refused("free_item_missing", tr("This voucher is for %1, which is not in the basket").arg(rule.freeSku));
    return verdict;
}

Result<CouponVerdict> CouponEvaluation::throughEngine(const CouponRule &rule,
                                                      const QList<CouponBasketLine> &basket) const
{
    QList<SaleLine> saleLines;
    saleLines.reserve(basket.size());
    for (const CouponBasketLine &line : basket) {
        SaleLine saleLine;
        saleLine.id = int(saleLines.size());
        saleLine.product = productOf(line);
        saleLine.quantity = line.quantity;
        saleLine.unitPriceMinor = line.unitPriceMinor;
        saleLines.append(std::move(saleLine));
    }
    QList<PromotableLine> lines;
    for (const SaleLine &line : saleLines) {
        auto gross =
            checked::multiplyDivide(line.quantity.thousandths, line.unitPriceMinor, Quantity::scale, m_rounding);
        if (!gross)
            return Error{gross.error()};
        lines.append({&line, *gross});
    }
    // The coupon's own validity is the ledger's to judge: here the promotion is always in force.
    const PromotionEngine engine({rule.toPromotion(QStringLiteral("coupon"))}, QTimeZone::utc());
    auto applied = engine.apply(lines, QDateTime::currentDateTimeUtc(), true, m_rounding);
    if (!applied)
        return Error{applied.error()};
    CouponVerdict verdict;
    verdict.lineSavings.fill(0, basket.size());
    for (qsizetype i = 0; i < applied->size(); ++i) {
        for (const AppliedPromotion &saving : applied->at(i))
            verdict.lineSavings[i] += saving.savingMinor;
        verdict.savingMinor += verdict.lineSavings[i];
    }
    if (verdict.savingMinor == 0)
        return refused("nothing_to_save", tr("This coupon saves nothing on this basket"));
    return verdict;
}

} // namespace omnitill
