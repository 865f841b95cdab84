#pragma once

#include "CouponRule.h"
#include "Currency.h"
#include "Quantity.h"
#include "Rounding.h"

#include <QLocale>

namespace omnitill {

// One line of a basket as a till sends it to have a coupon checked: what it is and what it costs.
struct CouponBasketLine
{
    QString sku;
    QString category;
    Quantity quantity;
    qint64 unitPriceMinor = 0; // what the till charges a unit before any coupon
};

// The answer for one coupon on one basket: the saving spread over the lines, or why there is none, with a
// stable code for programs and a sentence with the amounts for the cashier.
struct CouponVerdict
{
    qint64 savingMinor = 0;
    QList<qint64> lineSavings; // indexed like the basket
    QString refusalCode;       // empty when the coupon applies
    QString refusal;

    [[nodiscard]] bool applies() const { return refusalCode.isEmpty(); }
};

// Evaluates a coupon's rule on a basket, the same way on the central store and on the till: stacking, the
// currency, the minimum spend, the scope, then the saving through the domain's PromotionEngine (a
// free-item voucher gives its units of the product at the basket's price). Refusals are checked in that
// order, so the cashier hears the first thing to fix.
class CouponEvaluation
{
public:
    // locale: how the amounts in refusals are written.
    explicit CouponEvaluation(Currency currency, QLocale locale = QLocale(),
                              RoundingMode rounding = RoundingMode::HalfUp);

    // appliedGroups: the stacking groups of coupons the sale already carries.
    [[nodiscard]] Result<CouponVerdict> evaluate(const CouponRule &rule, const QList<CouponBasketLine> &basket,
                                                 const QStringList &appliedGroups = {}) const;

private:
    [[nodiscard]] QString money(qint64 minor) const;
    [[nodiscard]] Result<CouponVerdict> freeItem(const CouponRule &rule, const QList<CouponBasketLine> &basket) const;
    [[nodiscard]] Result<CouponVerdict> throughEngine(const CouponRule &rule,
                                                      const QList<CouponBasketLine> &basket) const;

    Currency m_currency;
    QLocale m_locale;
    RoundingMode m_rounding;
};

} // namespace omnitill
