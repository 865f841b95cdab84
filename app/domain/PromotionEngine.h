#pragma once

#include "Promotion.h"
#include "Rounding.h"
#include "SaleLine.h"

#include <QHash>
#include <QTimeZone>

namespace omnitill {

// One live line of a sale as the promotions see it: the line and what it costs before any saving.
struct PromotableLine
{
    const SaleLine *line = nullptr;
    qint64 grossMinor = 0;
};

// Applies a store's automatic promotions to a sale's lines: which promotions are in force at a moment
// for a customer, and what each of them takes off each line. Immutable once built and shared by every
// sale of the till, so copying a Sale never copies it.
//
// The rule (the same on the till, in a replay and in the journal):
// 1. A promotion is in force when its window contains the moment, in the store's time zone, and, if it
//    is member-only, the customer is a member.
// 2. Item promotions do not stack: each unit takes at most one, the best for the customer, as
//    BuyGetSearch describes (per-unit promotions: the biggest saving; buy-get bundles: the best order).
//    Equal savings go to the promotion first by id.
// 3. Then at most one basket promotion: of those whose threshold what their targets cost after item
//    promotions reaches, the one that saves most (then first by id).
// 4. Every saving lives on lines: a bundle's saving is spread over all the units it took in proportion to
//    their prices, a basket promotion's over its lines in proportion to what they cost after item
//    promotions (allocateProportionally, lines taken by SKU so scan order changes nothing), so
//    returning a line gives back exactly the promotion share it received.
// Manual discounts come after all of this, in priceSale; promotions never see them.
class PromotionEngine
{
public:
    // storeTime: the time zone the windows are written in, the store's local time.
    explicit PromotionEngine(QList<Promotion> promotions, QTimeZone storeTime = QTimeZone::systemTimeZone());

    const QList<Promotion> &promotions() const { return m_promotions; }
    const QTimeZone &storeTime() const { return m_storeTime; }
    // Whether the promotion is in force at the moment for this customer.
    [[nodiscard]] bool isActive(const Promotion &promotion, const QDateTime &at, bool member) const;

    // The savings of each line, indexed like lines. Fails only when an amount overflows.
    [[nodiscard]] Result<QList<QList<AppliedPromotion>>> apply(const QList<PromotableLine> &lines, const QDateTime &at,
                                                               bool member, RoundingMode rounding) const;

private:
    QList<int> candidatesOf(const Product &product) const;

    QList<Promotion> m_promotions; // sorted by id: an index order is an id order
    QTimeZone m_storeTime;
    QHash<QString, QList<int>> m_itemPromotionsBySku;
    QHash<QString, QList<int>> m_itemPromotionsByCategory;
    QList<int> m_itemPromotionsForEveryProduct;
    QList<int> m_basketPromotions;
};

} // namespace omnitill
