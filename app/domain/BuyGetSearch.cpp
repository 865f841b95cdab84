#include "BuyGetSearch.h"

#include "SaleEvent.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>
#include <map>

namespace omnitill {

BuyGetSearch::BuyGetSearch(const QList<Promotion> &promotions, RoundingMode rounding)
    : m_promotions(promotions)
    , m_rounding(rounding)
{
}

qint64 BuyGetSearch::rewardPerUnit(const Promotion &promotion, qint64 unitPriceMinor) const
{
    if (promotion.value == Promotion::free)
        return unitPriceMinor;
    // At most the price itself (value ≤ 100 %), so the narrowing cannot fail.
    return checked::multiplyDivide(unitPriceMinor, promotion.value, Discount::basisPointsPerWhole, m_rounding).value();
}

QList<BuyGetSearch::Bundles> BuyGetSearch::run(const QList<Line> &lines) const
{
    // Promotions that can take units of the same line compete; each connected group is searched alone.
    QHash<int, int> parent;
    const auto root = [&parent](int promotion) {
        while (parent.value(promotion) != promotion)
            promotion = parent[promotion] = parent.value(parent.value(promotion));
        return promotion;
    };
    QHash<int, QList<qsizetype>> linesOf;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].units <= 0)
            continue;
        for (int promotion : lines[i].promotions) {
            if (!parent.contains(promotion))
                parent.insert(promotion, promotion);
            linesOf[promotion].append(i);
            parent[root(promotion)] = root(lines[i].promotions.first());
        }
    }
    // Most expensive units first; among equal prices by SKU, so scan order never decides which line of
    // two different products is rewarded. Equal SKU and price are interchangeable units.
    for (QList<qsizetype> &ordered : linesOf) {
        std::sort(ordered.begin(), ordered.end(), [&lines](qsizetype a, qsizetype b) {
            if (lines[a].unitPriceMinor != lines[b].unitPriceMinor)
                return lines[a].unitPriceMinor > lines[b].unitPriceMinor;
            if (lines[a].sku != lines[b].sku)
                return lines[a].sku < lines[b].sku;
            return a < b;
        });
    }
    std::map<int, QList<int>> groups; // ordered, so the result does not depend on hashing
    for (auto it = parent.cbegin(); it != parent.cend(); ++it)
        groups[root(it.key())].append(it.key());

    QList<Bundles> chosen;
    for (auto &[groupRoot, group] : groups) {
        Q_UNUSED(groupRoot);
        std::sort(group.begin(), group.end());
        Outcome best;
        if (group.size() <= exhaustiveLimit) {
            bool first = true;
            do {
                Outcome outcome = tryOrder(group, linesOf, lines);
                if (first || outcome.gain > best.gain)
                    best = std::move(outcome);
                first = false;
            } while (std::next_permutation(group.begin(), group.end()));
        } else {
            QHash<int, qint64> alone;
            for (int promotion : std::as_const(group))
                alone.insert(promotion, tryOrder({promotion}, linesOf, lines).gain);
            std::stable_sort(group.begin(), group.end(), [&alone](int a, int b) { return alone[a] > alone[b]; });
            best = tryOrder(group, linesOf, lines);
        }
        chosen.append(best.bundles);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Bundles &a, const Bundles &b) { return a.promotion < b.promotion; });
    return chosen;
}

BuyGetSearch::Outcome BuyGetSearch::tryOrder(const QList<int> &order, const QHash<int, QList<qsizetype>> &linesOf,
                                             const QList<Line> &lines) const
{
    Outcome outcome;
    QList<qint64> remaining(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        remaining[i] = lines[i].units;
    for (int promotion : order) {
        Bundles bundles{promotion, QList<qint64>(lines.size(), 0), 0};
        outcome.gain += bundle(promotion, linesOf.value(promotion), lines, remaining, bundles);
        if (bundles.savingMinor > 0)
            outcome.bundles.append(std::move(bundles));
    }
    return outcome;
}

qint64 BuyGetSearch::bundle(int promotion, const QList<qsizetype> &orderedLines, const QList<Line> &lines,
                            QList<qint64> &remaining, Bundles &out) const
{
    const Promotion &rule = m_promotions[promotion];
    const qint64 size = rule.buyQuantity + rule.getQuantity;
    // The units still free to take, as runs of identical units (one line each), most expensive first.
    struct Run
    {
        qsizetype line;
        qint64 count;
    };
    QVarLengthArray<Run, 32> runs;
    qint64 left = 0;
    for (qsizetype line : orderedLines) {
        if (remaining[line] > 0) {
            runs.append({line, remaining[line]});
            left += remaining[line];
        }
    }
    const auto take = [&](qsizetype line, qint64 units) {
        remaining[line] -= units;
        out.unitsPerLine[line] += units;
    };

    qint64 gain = 0;
    qsizetype r = 0;
    qint64 offset = 0; // units of runs[r] already passed over
    while (left >= size) {
        const Line &line = lines[runs[r].line];
        const qint64 inRun = runs[r].count - offset;
        if (inRun >= size) {
            // Every bundle inside one run is alike: decide once for all of them, not unit by unit, so a
            // line of 10,000 pieces costs no more than a line of 2.
            const qint64 reward = rule.getQuantity * rewardPerUnit(rule, line.unitPriceMinor);
            const qint64 bundleGain = reward - size * line.fallbackPerUnitMinor;
            if (bundleGain > 0) {
                const qint64 count = inRun / size;
                take(runs[r].line, count * size);
                out.savingMinor += count * reward;
                gain += count * bundleGain;
                offset += count * size;
                left -= count * size;
            } else {
                // Keep the last size − 1 units: with the cheaper units after them a bundle may still pay.
                const qint64 skipped = inRun - (size - 1);
                offset += skipped;
                left -= skipped;
            }
        } else {
            // A bundle across runs: units at positions buyQuantity.. of the bundle are the rewarded ones.
            QVarLengthArray<Run, 8> parts;
            qint64 reward = 0;
            qint64 fallback = 0;
            qsizetype rr = r;
            qint64 oo = offset;
            for (qint64 position = 0; position < size;) {
                const Line &part = lines[runs[rr].line];
                const qint64 units = qMin(runs[rr].count - oo, size - position);
                const qint64 rewarded =
                    qMax<qint64>(0, qMin(position + units, size) - qMax<qint64>(position, rule.buyQuantity));
                reward += rewarded * rewardPerUnit(rule, part.unitPriceMinor);
                fallback += units * part.fallbackPerUnitMinor;
                parts.append({runs[rr].line, units});
                position += units;
                oo += units;
                if (oo == runs[rr].count) {
                    ++rr;
                    oo = 0;
                }
            }
            if (reward > fallback) {
                for (const Run &part : parts)
                    take(part.line, part.count);
                out.savingMinor += reward;
                gain += reward - fallback;
                r = rr;
                offset = oo;
                left -= size;
            } else {
                ++offset;
                --left;
            }
        }
        if (r < runs.size() && offset == runs[r].count) {
            ++r;
            offset = 0;
        }
    }
    return gain;
}

} // namespace omnitill
