#pragma once

#include "Promotion.h"
#include "Result.h"

#include <QJsonObject>

namespace omnitill {

// What a coupon gives and on what, as data: the central store keeps it with the coupon and signs it into the
// coupon's QR token, and the till evaluates the same rule (CouponEvaluation) online or offline. When a coupon
// may be used (validity window, bound customer, single use) is the ledger's business, not the rule's.
//
// What `value` means depends on the kind:
// - Percent: whole percent (1–100) off what the scope costs.
// - Amount: minor units of `currency` off what the scope costs, never more than that.
// - BuyGet: buy `buyQuantity`, get `getQuantity` more at `value` percent off (100: free) — 1+1, 2+1; the
//   cheapest units of each bundle are the ones given, as the till's own promotions do.
// - FreeItem: a voucher for `value` units of `freeSku` (a mobile gift someone else bought online).
// A minimum spend is measured on the whole basket before any coupon. Coupons of one stacking group do not
// combine in a sale; a coupon without a group combines with any.
struct CouponRule
{
    enum class Kind { Percent, Amount, BuyGet, FreeItem };

    Kind kind = Kind::Percent;
    qint64 value = 0;
    QString currency; // ISO 4217; required by Amount and by a minimum spend
    int buyQuantity = 0;
    int getQuantity = 0;
    QString freeSku;
    qint64 minimumSpendMinor = 0;
    PromotionTargets scope; // empty: the whole basket
    QString stackingGroup;

    // Refuses a rule that cannot be applied as written, with the reason.
    [[nodiscard]] Result<void> validate() const;

    // {"kind": "buyGet", "value": 100, "buy": 1, "get": 1, "skus": [...], ...}: absent fields are defaults.
    [[nodiscard]] QJsonObject toJson() const;
    // Refuses unknown kinds and fields of the wrong type, then validates.
    [[nodiscard]] static Result<CouponRule> fromJson(const QJsonObject &json);

    // The promotion the till's engine applies for this rule. Not for FreeItem, which is a product given, not
    // a discount on what is bought.
    [[nodiscard]] Promotion toPromotion(const QString &couponId) const;

    // "percent", "amount", "buyGet", "freeItem": the spelling in the API, the database and tokens.
    [[nodiscard]] static QString kindCode(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromCode(const QString &code);
};

} // namespace omnitill
