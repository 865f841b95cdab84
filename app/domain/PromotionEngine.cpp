#include "PromotionEngine.h"

#include "BuyGetSearch.h"
#include "DiscountAllocation.h"

#include <QLoggingCategory>
#include <algorithm>
#include <numeric>

namespace omnitill {

namespace {
Q_LOGGING_CATEGORY(lcPromotions, "omnitill.promotions")

bool inForce(const Promotion &promotion, const QDateTime &localMoment, bool member)
{
    return (member || !promotion.memberOnly) && promotion.window.contains(localMoment);
}

// What a per-unit promotion saves on `thousandths` of a line that cost `amountMinor` for them.
Result<qint64> unitSaving(const Promotion &promotion, qint64 amountMinor, qint64 thousandths, RoundingMode rounding)
{
    switch (promotion.kind) {
    case Promotion::Kind::PercentOff:
        return checked::multiplyDivide(amountMinor, promotion.value, Discount::basisPointsPerWhole, rounding);
    case Promotion::Kind::AmountOff: {
        auto off = checked::multiplyDivide(promotion.value, thousandths, Quantity::scale, rounding);
        return off ? Result<qint64>(qMin(*off, amountMinor)) : off;
    }
    case Promotion::Kind::FixedPrice: {
        auto price = checked::multiplyDivide(promotion.value, thousandths, Quantity::scale, rounding);
        return price ? Result<qint64>(qMax<qint64>(0, amountMinor - *price)) : price;
    }
    case Promotion::Kind::BuyGet:
    case Promotion::Kind::BasketAmountOff:
    case Promotion::Kind::BasketPercentOff:
        break;
    }
    return qint64(0);
}

AppliedPromotion applied(const Promotion &promotion, qint64 savingMinor)
{
    return {promotion.id, promotion.nameKo, promotion.nameEn, promotion.isBasketPromotion(), savingMinor};
}

// allocateProportionally over the lines in the given order (its ties go to the earlier line), the shares
// indexed like weights.
QList<qint64> allocateInOrder(qint64 amount, const QList<qint64> &weights, const QList<qsizetype> &order)
{
    QList<qint64> ordered;
    ordered.reserve(order.size());
    for (qsizetype line : order)
        ordered.append(weights[line]);
    const QList<qint64> shares = allocateProportionally(amount, ordered);
    QList<qint64> result(weights.size(), 0);
    for (qsizetype k = 0; k < order.size(); ++k)
        result[order[k]] = shares[k];
    return result;
}
} // namespace

PromotionEngine::PromotionEngine(QList<Promotion> promotions, QTimeZone storeTime)
    : m_storeTime(std::move(storeTime))
{
    for (Promotion &promotion : promotions) {
        // A promotion that cannot be applied as written is left out rather than guessed at.
        if (auto valid = promotion.validate(); !valid) {
            qCWarning(lcPromotions) << "ignored:" << valid.error();
            continue;
        }
        m_promotions.append(std::move(promotion));
    }
    std::stable_sort(m_promotions.begin(), m_promotions.end(),
                     [](const Promotion &a, const Promotion &b) { return a.id < b.id; });
    for (int i = 0; i < m_promotions.size(); ++i) {
        const Promotion &promotion = m_promotions[i];
        if (promotion.isBasketPromotion()) {
            m_basketPromotions.append(i);
            continue;
        }
        if (promotion.targets.isEmpty())
            m_itemPromotionsForEveryProduct.append(i);
        for (const QString &sku : promotion.targets.skus)
            m_itemPromotionsBySku[sku].append(i);
        for (const QString &category : promotion.targets.categories)
            m_itemPromotionsByCategory[category].append(i);
    }
}

bool PromotionEngine::isActive(const Promotion &promotion, const QDateTime &at, bool member) const
{
    return inForce(promotion, at.toTimeZone(m_storeTime), member);
}

QList<int> PromotionEngine::candidatesOf(const Product &product) const
{
    QList<int> candidates = m_itemPromotionsForEveryProduct;
    candidates.append(m_itemPromotionsBySku.value(product.sku));
    candidates.append(m_itemPromotionsByCategory.value(product.category));
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    return candidates;
}

Result<QList<QList<AppliedPromotion>>> PromotionEngine::apply(const QList<PromotableLine> &lines, const QDateTime &at,
                                                              bool member, RoundingMode rounding) const
{
    QList<QList<AppliedPromotion>> savings(lines.size());
    if (m_promotions.isEmpty() || lines.isEmpty())
        return savings;
    const QDateTime localMoment = at.toTimeZone(m_storeTime);
    QList<signed char> activity(m_promotions.size(), -1); // -1 not asked yet; asked only for candidates
    const auto active = [&](int index) {
        if (activity[index] < 0)
            activity[index] = inForce(m_promotions[index], localMoment, member) ? 1 : 0;
        return activity[index] == 1;
    };

    // Shares are handed out by SKU, not scan order, so the same basket in any order prices the same.
    QList<qsizetype> bySku(lines.size());
    std::iota(bySku.begin(), bySku.end(), 0);
    std::sort(bySku.begin(), bySku.end(), [&lines](qsizetype a, qsizetype b) {
        const SaleLine &x = *lines[a].line;
        const SaleLine &y = *lines[b].line;
        if (x.product.sku != y.product.sku)
            return x.product.sku < y.product.sku;
        if (x.unitPriceMinor != y.unitPriceMinor)
            return x.unitPriceMinor > y.unitPriceMinor;
        return a < b;
    });

    // 1. Who may take what.
    QList<BuyGetSearch::Line> units(lines.size());
    QList<QList<int>> unitPromotions(lines.size());
    bool anyBuyGet = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const SaleLine &line = *lines[i].line;
        const bool pieces = line.product.unit == Unit::Each && line.quantity.isWhole();
        BuyGetSearch::Line &unit = units[i];
        unit.sku = line.product.sku;
        unit.units = pieces ? line.quantity.thousandths / Quantity::scale : 0;
        unit.unitPriceMinor = line.unitPriceMinor;
        for (int index : candidatesOf(line.product)) {
            if (!active(index))
                continue;
            if (m_promotions[index].kind == Promotion::Kind::BuyGet) {
                if (pieces)
                    unit.promotions.append(index);
                continue;
            }
            unitPromotions[i].append(index);
            auto perUnit = unitSaving(m_promotions[index], line.unitPriceMinor, Quantity::scale, rounding);
            if (!perUnit)
                return Error{perUnit.error()};
            unit.fallbackPerUnitMinor = qMax(unit.fallbackPerUnitMinor, *perUnit);
        }
        anyBuyGet = anyBuyGet || !unit.promotions.isEmpty();
    }

    // 2. Buy-get bundles, each spread over the units it took.
    QList<qint64> itemSaving(lines.size(), 0);
    QList<qint64> remaining(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        remaining[i] = units[i].units;
    if (anyBuyGet) {
        for (const BuyGetSearch::Bundles &bundles : BuyGetSearch(m_promotions, rounding).run(units)) {
            QList<qint64> weights(lines.size(), 0);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                remaining[i] -= bundles.unitsPerLine[i];
                weights[i] = bundles.unitsPerLine[i] * units[i].unitPriceMinor; // within the line's gross
            }
            const QList<qint64> shares = allocateInOrder(bundles.savingMinor, weights, bySku);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (shares[i] == 0)
                    continue;
                savings[i].append(applied(m_promotions[bundles.promotion], shares[i]));
                itemSaving[i] += shares[i];
            }
        }
    }

    // 3. The best per-unit promotion on the units no bundle took.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (unitPromotions[i].isEmpty())
            continue;
        const SaleLine &line = *lines[i].line;
        qint64 amount = lines[i].grossMinor;
        qint64 thousandths = line.quantity.thousandths;
        if (units[i].units > 0 && remaining[i] < units[i].units) {
            if (remaining[i] == 0)
                continue;
            amount = remaining[i] * line.unitPriceMinor; // part of the checked gross
            thousandths = remaining[i] * Quantity::scale;
        }
        int best = -1;
        qint64 bestSaving = 0;
        for (int index : std::as_const(unitPromotions[i])) {
            auto saving = unitSaving(m_promotions[index], amount, thousandths, rounding);
            if (!saving)
                return Error{saving.error()};
            if (*saving > bestSaving) {
                best = index;
                bestSaving = *saving;
            }
        }
        if (best >= 0) {
            savings[i].append(applied(m_promotions[best], bestSaving));
            itemSaving[i] += bestSaving;
        }
    }

    // 4. At most one basket promotion, on what the lines cost after item promotions.
    int bestBasket = -1;
    qint64 bestBasketSaving = 0;
    QList<qint64> bestWeights;
    for (int index : m_basketPromotions) {
        if (!active(index))
            continue;
        const Promotion &promotion = m_promotions[index];
        QList<qint64> weights(lines.size(), 0);
        qint64 spend = 0; // at most the checked subtotal
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (promotion.targets.matches(lines[i].line->product)) {
                weights[i] = lines[i].grossMinor - itemSaving[i];
                spend += weights[i];
            }
        }
        if (spend <= 0 || spend < promotion.thresholdMinor)
            continue;
        auto saving = promotion.kind == Promotion::Kind::BasketAmountOff
                          ? Result<qint64>(qMin(promotion.value, spend))
                          : checked::multiplyDivide(spend, promotion.value, Discount::basisPointsPerWhole, rounding);
        if (!saving)
            return Error{saving.error()};
        if (*saving > bestBasketSaving) {
            bestBasket = index;
            bestBasketSaving = *saving;
            bestWeights = std::move(weights);
        }
    }
    if (bestBasket >= 0) {
        const QList<qint64> shares = allocateInOrder(bestBasketSaving, bestWeights, bySku);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (shares[i] != 0)
                savings[i].append(applied(m_promotions[bestBasket], shares[i]));
        }
    }
    return savings;
}

} // namespace omnitill
