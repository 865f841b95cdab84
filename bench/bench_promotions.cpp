// Re-pricing a sale against the store's automatic promotions after every scan: each scan is a
// Sale::apply(LineAdded), which copies the sale and prices it whole (promotions, discounts, tax), as the
// till does. Baskets grow to 100 lines against 1,000 active promotions.
//   bench_promotions [BASKETS]   (default 30)
// Two mixes: "typical" (promotions spread over a 5,000-product catalog, most lines on promotion) and
// "contended" (every line in a category that five buy-get promotions compete for, the exhaustive
// search's worst case: 120 orders tried on every scan).

#include "PromotionEngine.h"
#include "Sale.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace omnitill;
using namespace omnitill::saleevent;

namespace {
constexpr int catalogSize = 5000;
constexpr int categoryCount = 50;

StoreProfile seoulProfile()
{
    StoreProfile profile(Currency::fromCode(QStringLiteral("KRW")).value());
    profile.terminalId = QStringLiteral("T1");
    profile.cashRoundingIncrement = 10;
    profile.taxClasses = {{QStringLiteral("VAT10"), QStringLiteral("VAT 10%"), 100'000}};
    return profile;
}

QString skuOf(int i)
{
    return QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0'));
}

QString categoryOf(int i)
{
    return QStringLiteral("cat-%1").arg(i % categoryCount);
}

Product productOf(int i)
{
    Product product;
    product.sku = skuOf(i);
    product.nameKo = product.sku;
    product.category = categoryOf(i);
    product.unitPriceMinor = 500 + (i * 7919) % 30000 / 100 * 100;
    product.taxClass = QStringLiteral("VAT10");
    return product;
}

Promotion base(int i, Promotion::Kind kind)
{
    Promotion promotion;
    promotion.id = QStringLiteral("P-%1").arg(i, 4, 10, QLatin1Char('0'));
    promotion.nameKo = promotion.id;
    promotion.kind = kind;
    return promotion;
}

// 1,000 promotions on the first 2,000 products: buy-gets on one SKU or a mix-and-match group of 2-5,
// percent and amount off SKUs, member prices, a few category-wide ones, basket thresholds, happy hours.
QList<Promotion> typicalPromotions(std::mt19937 &random)
{
    QList<Promotion> promotions;
    std::uniform_int_distribution<int> promoted(0, 1999);
    for (int i = 0; i < 1000; ++i) {
        Promotion promotion;
        if (i < 400) {
            promotion = base(i, Promotion::Kind::BuyGet);
            promotion.buyQuantity = i % 2 == 0 ? 1 : 2;
            promotion.getQuantity = 1;
            promotion.value = Promotion::free;
            for (int k = 0, n = 1 + i % 5; k < n; ++k)
                promotion.targets.skus.append(skuOf(promoted(random)));
        } else if (i < 800) {
            promotion = base(i, i % 2 == 0 ? Promotion::Kind::PercentOff : Promotion::Kind::AmountOff);
            promotion.value = i % 2 == 0 ? 1000 + (i % 4) * 500 : 300;
            promotion.targets.skus.append(skuOf(promoted(random)));
        } else if (i < 900) {
            promotion = base(i, Promotion::Kind::FixedPrice);
            promotion.memberOnly = true;
            promotion.value = 900;
            promotion.targets.skus.append(skuOf(promoted(random)));
        } else if (i < 940) {
            promotion = base(i, Promotion::Kind::PercentOff);
            promotion.value = 500;
            promotion.targets.categories.append(categoryOf(i));
        } else if (i < 990) {
            promotion = base(i, Promotion::Kind::BasketAmountOff);
            promotion.value = 1000 * (1 + i % 10);
            promotion.thresholdMinor = 20000 * (1 + i % 10);
        } else {
            promotion = base(i, Promotion::Kind::PercentOff);
            promotion.value = 2000;
            promotion.targets.categories.append(categoryOf(i));
            promotion.window.dailyStart = QTime(17, 0);
            promotion.window.dailyEnd = QTime(19, 0);
        }
        promotions.append(promotion);
    }
    return promotions;
}

// The typical 1,000 with five of the category promotions turned into buy-gets on one category.
QList<Promotion> contendedPromotions(std::mt19937 &random)
{
    QList<Promotion> promotions = typicalPromotions(random);
    for (int i = 0; i < 5; ++i) {
        Promotion &promotion = promotions[900 + i];
        promotion.kind = Promotion::Kind::BuyGet;
        promotion.buyQuantity = 1 + i % 3;
        promotion.getQuantity = 1;
        promotion.value = Promotion::free;
        promotion.targets = {{}, {categoryOf(0)}};
    }
    return promotions;
}

// This thread's CPU time: unlike the wall clock it leaves out the time slices (4 ms each here) the
// scheduler gives to other processes on a shared machine.
qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

struct Percentiles
{
    double p50 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double q) { return double(nanoseconds[qsizetype(q * double(nanoseconds.size() - 1))]) / 1e6; };
    return {at(0.50), at(0.99), double(nanoseconds.last()) / 1e6};
}

void run(const char *mix, const QList<Promotion> &promotions, int baskets, bool contended, std::mt19937 &random)
{
    const auto engine = std::make_shared<const PromotionEngine>(promotions, QTimeZone("Asia/Seoul"));
    const StoreProfile profile = seoulProfile();
    std::uniform_int_distribution<int> promotedProduct(0, 1999);
    std::uniform_int_distribution<int> anyProduct(0, catalogSize - 1);
    std::uniform_int_distribution<int> pieces(1, 3);
    std::uniform_int_distribution<int> percent(0, 99);
    QList<qint64> latencies;
    QList<qint64> cpuTimes;
    qint64 saved = 0;
    for (int basket = 0; basket < baskets; ++basket) {
        Sale sale(profile, engine);
        const QDateTime opened(QDate(2026, 11, 25), QTime(18, 0), QTimeZone("Asia/Seoul"));
        if (!sale.apply(Opened{QUuid::createUuid(), profile.terminalId, opened.toUTC()}))
            qFatal("open failed");
        if (basket % 2 == 1 && !sale.apply(CustomerAttached{QStringLiteral("C-%1").arg(basket), true}))
            qFatal("member failed");
        for (int line = 0; line < 100; ++line) {
            int index = percent(random) < 70 ? promotedProduct(random) : anyProduct(random);
            if (contended) // category 0, beyond the products with promotions of their own
                index = 2000 + anyProduct(random) % 3000 / categoryCount * categoryCount;
            const LineAdded scan{sale.nextLineId(), productOf(index), Quantity::pieces(pieces(random)), {}};
            QElapsedTimer timer;
            const qint64 cpuStart = threadCpuNanoseconds();
            timer.start();
            const auto added = sale.apply(scan);
            latencies.append(timer.nsecsElapsed());
            cpuTimes.append(threadCpuNanoseconds() - cpuStart);
            if (!added)
                qFatal("scan failed: %s", qPrintable(added.error()));
        }
        saved += sale.totals().promotionMinor;
    }
    const Percentiles wall = percentiles(latencies);
    const Percentiles cpu = percentiles(cpuTimes);
    std::printf(
        "%-9s 1,000 promotions, %d baskets of 100 lines, %lld scans, saved %lld won a basket on average\n"
        "          re-price wall p50 %.3f ms, p99 %.3f ms, max %.3f ms; cpu p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
        mix, baskets, qlonglong(latencies.size()), qlonglong(saved / baskets), wall.p50, wall.p99, wall.max, cpu.p50,
        cpu.p99, cpu.max);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int baskets = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 30;
    std::mt19937 random(20261125);
    run("typical", typicalPromotions(random), baskets, false, random);
    run("contended", contendedPromotions(random), baskets, true, random);
    return 0;
}
