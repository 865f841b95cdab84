#pragma once

#include "Promotion.h"
#include "Rounding.h"

#include <QHash>
#include <QList>

namespace omnitill {

// Decides which units of a sale the buy-N-get-M promotions take, for the best customer outcome when
// several of them, and the per-unit promotions, want the same units. Part of PromotionEngine.
//
// The rule, which the receipt and a cashier can both follow:
// - A unit takes at most one item promotion. A unit outside every bundle keeps its best per-unit
//   promotion (its "fallback" saving).
// - One buy-get promotion groups its units most expensive first (ties: SKU, then line) into bundles of
//   buy + get units, the cheapest `get` units of each bundle being the reward, and forms a bundle only when
//   the reward is more than the fallback savings of the units it takes; otherwise the most expensive unit
//   stays out and the next bundle is tried.
// - Buy-get promotions that share units are tried in every order (at most exhaustiveLimit of them, so
//   at most 120 orders) and the order that saves the customer most wins; equal savings go to the order
//   first by promotion id. A group larger than that is tried once, in the order of what each promotion
//   would save alone (then id): bounded work with a good, if not always the best, answer.
// Deterministic: nothing depends on the order lines were scanned, only on prices, SKUs and promotion ids.
class BuyGetSearch
{
public:
    static constexpr int exhaustiveLimit = 5;

    struct Line
    {
        QString sku;
        qint64 units = 0; // whole pieces; 0 for weighed lines, which no buy-get promotion takes
        qint64 unitPriceMinor = 0;
        qint64 fallbackPerUnitMinor = 0; // what the line's best per-unit promotion saves on one unit
        QList<int> promotions;           // the active buy-get promotions that may take its units, ascending
    };

    // One promotion's bundles: how many units of each line it took (paid and rewarded alike) and what
    // the rewarded units save in all.
    struct Bundles
    {
        int promotion = -1;
        QList<qint64> unitsPerLine; // indexed like the lines
        qint64 savingMinor = 0;
    };

    // promotions must outlive the search; indexes in Line::promotions refer to it. Amounts are bounded by
    // the sale's checked subtotal, so nothing here can overflow.
    BuyGetSearch(const QList<Promotion> &promotions, RoundingMode rounding);

    // The bundles of every promotion that formed at least one, in promotion order.
    [[nodiscard]] QList<Bundles> run(const QList<Line> &lines) const;

private:
    struct Outcome
    {
        qint64 gain = 0; // saving beyond what the units would have saved with their fallback promotions
        QList<Bundles> bundles;
    };
    Outcome tryOrder(const QList<int> &order, const QHash<int, QList<qsizetype>> &linesOf,
                     const QList<Line> &lines) const;
    qint64 bundle(int promotion, const QList<qsizetype> &orderedLines, const QList<Line> &lines,
                  QList<qint64> &remaining, Bundles &out) const;
    qint64 rewardPerUnit(const Promotion &promotion, qint64 unitPriceMinor) const;

    const QList<Promotion> &m_promotions;
    RoundingMode m_rounding;
};

} // namespace omnitill
