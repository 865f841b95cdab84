#include "DiscountAllocation.h"

#include <QRandomGenerator>
#include <QTest>
#include <limits>
#include <numeric>

using namespace omnitill;

class TestDiscountAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allocate_splitsInProportion()
    {
        QCOMPARE(allocateProportionally(10, {3000, 7000}), QList<qint64>({3, 7}));
        QCOMPARE(allocateProportionally(1000, {10000, 5000}), QList<qint64>({667, 333}));
    }

    void allocate_givesRemainderToLargestFractionsFirst()
    {
        QCOMPARE(allocateProportionally(100, {1, 1, 1}), QList<qint64>({34, 33, 33}));
        QCOMPARE(allocateProportionally(2, {1, 2, 2}), QList<qint64>({0, 1, 1}));
    }

    void allocate_keepsSignOfNegativeAmounts()
    {
        QCOMPARE(allocateProportionally(-100, {1, 1, 1}), QList<qint64>({-34, -33, -33}));
    }

    void allocate_zeroWeightsLeaveAmountOnFirstLine()
    {
        QCOMPARE(allocateProportionally(50, {0, 0}), QList<qint64>({50, 0}));
        QCOMPARE(allocateProportionally(50, {}), QList<qint64>());
    }

    void allocate_largeAmountsDoNotOverflow()
    {
        const qint64 quarter = std::numeric_limits<qint64>::max() / 4;
        const auto shares = allocateProportionally(quarter, {quarter, quarter, quarter});
        QCOMPARE(std::accumulate(shares.begin(), shares.end(), qint64(0)), quarter);
    }

    void allocate_sharesAlwaysAddUpAndStayWithinOneOfExact()
    {
        QRandomGenerator random(20261125);
        for (int round = 0; round < 2000; ++round) {
            QList<qint64> weights;
            const int count = 1 + random.bounded(12);
            qint64 totalWeight = 0;
            for (int i = 0; i < count; ++i) {
                weights.append(random.bounded(1, 1'000'000));
                totalWeight += weights.last();
            }
            const qint64 amount = random.bounded(qint64(0), totalWeight);
            const auto shares = allocateProportionally(amount, weights);
            QCOMPARE(std::accumulate(shares.begin(), shares.end(), qint64(0)), amount);
            for (int i = 0; i < count; ++i) {
                const double exact = double(amount) * double(weights[i]) / double(totalWeight);
                QVERIFY2(std::abs(double(shares[i]) - exact) < 1.0, qPrintable(QString::number(round)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscountAllocation)
#include "tst_discountallocation.moc"
