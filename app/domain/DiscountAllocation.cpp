#include "DiscountAllocation.h"

#include "Rounding.h"

#include <algorithm>
#include <numeric>

namespace omnitill {

QList<qint64> allocateProportionally(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> shares(weights.size(), 0);
    if (weights.isEmpty())
        return shares;
    WideInt totalWeight = 0;
    for (qint64 weight : weights) {
        Q_ASSERT(weight >= 0);
        totalWeight += weight;
    }
    if (totalWeight == 0) {
        shares[0] = amount;
        return shares;
    }
    const bool negative = amount < 0;
    const WideInt magnitude = negative ? -static_cast<WideInt>(amount) : amount;
    QList<WideInt> remainders(weights.size());
    WideInt allocated = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const WideInt exact = magnitude * weights[i];
        shares[i] = static_cast<qint64>(exact / totalWeight);
        remainders[i] = exact % totalWeight;
        allocated += shares[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; allocated < magnitude; ++k, ++allocated)
        ++shares[order[k % order.size()]];
    if (negative) {
        for (qint64 &share : shares)
            share = -share;
    }
    return shares;
}

} // namespace omnitill
