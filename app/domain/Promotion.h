#pragma once

#include "Product.h"
#include "PromotionWindow.h"
#include "Result.h"

#include <QStringList>

namespace omnitill {

// The products a promotion is about: any product whose SKU or category is listed. A mix-and-match group
// is simply several SKUs or categories. Empty targets mean every product (for item promotions) or the
// whole basket (for basket promotions).
struct PromotionTargets
{
    QStringList skus;
    QStringList categories;

    bool isEmpty() const { return skus.isEmpty() && categories.isEmpty(); }
    bool matches(const Product &product) const
    {
        return isEmpty() || skus.contains(product.sku) || categories.contains(product.category);
    }
};

// An automatic promotion as the store runs it: what it gives, on what, when, and to whom.
//
// Amounts are minor units of the store's currency, as the shelf prices are (tax-inclusive or exclusive
// by the store's tax mode); percentages are basis points (1000 is 10.00 %). What `value` means depends
// on the kind:
// - BuyGet: buy `buyQuantity`, get `getQuantity` more at `value` off (10000, the default, is free). Units
//   of the targets are grouped most expensive first, so the cheapest units of each group are the ones
//   given away: the Korean 1+1 (buy 1 get 1) and 2+1 (buy 2 get 1). Whole pieces only, no weighed items.
// - PercentOff: `value` off the price of each target unit (per kg for weighed items).
// - AmountOff: `value` off each target unit, never below zero.
// - FixedPrice: the targets sell at `value` each (a member price, a sale price); no effect when dearer.
// - BasketAmountOff / BasketPercentOff: once what the basket's targets cost after item promotions
//   reaches `thresholdMinor`, `value` off that amount ("₩5,000 off over ₩50,000").
struct Promotion
{
    enum class Kind { BuyGet, PercentOff, AmountOff, FixedPrice, BasketAmountOff, BasketPercentOff };
    static constexpr qint64 free = 10'000; // BuyGet value: the "get" units cost nothing

    QString id; // stable across stores and the central store; what sale records refer to
    QString nameKo;
    QString nameEn;
    Kind kind = Kind::PercentOff;
    PromotionTargets targets;
    int buyQuantity = 0;
    int getQuantity = 0;
    qint64 value = 0;
    qint64 thresholdMinor = 0;
    bool memberOnly = false;
    PromotionWindow window;

    bool isBasketPromotion() const { return kind == Kind::BasketAmountOff || kind == Kind::BasketPercentOff; }
    // The name in the given language ("ko" or "en"), falling back to the other when one is missing.
    QString name(const QString &language) const
    {
        const QString &preferred = language == QLatin1String("ko") ? nameKo : nameEn;
        return preferred.isEmpty() ? (nameKo.isEmpty() ? nameEn : nameKo) : preferred;
    }

    // Refuses a promotion that cannot be applied as written, with the reason.
    [[nodiscard]] Result<void> validate() const;

    // "buyGet", "percentOff", ...: the spelling in the store database and in sale records.
    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
};

// What one promotion took off one line of a sale. A line may carry several: its units in a 1+1, the rest
// at 10 % off, and its share of a basket promotion.
struct AppliedPromotion
{
    QString promotionId;
    QString nameKo;
    QString nameEn;
    bool basket = false; // a basket promotion's share, rather than a saving on the line's own units
    qint64 savingMinor = 0;

    QString name(const QString &language) const
    {
        const QString &preferred = language == QLatin1String("ko") ? nameKo : nameEn;
        return preferred.isEmpty() ? (nameKo.isEmpty() ? nameEn : nameKo) : preferred;
    }
};

} // namespace omnitill
