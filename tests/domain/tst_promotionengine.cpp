#include "PromotionEngine.h"
#include "Sale.h"
#include "SaleRecord.h"
#include "TestProfiles.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <random>

using namespace omnitill;
using namespace omnitill::saleevent;
using testprofiles::product;

namespace {
const QTimeZone seoul("Asia/Seoul");
const QTimeZone newYork("America/New_York");

Product item(const QString &sku, qint64 price, const QString &category = QStringLiteral("misc"),
             const QString &taxClass = QStringLiteral("VAT10"), Unit unit = Unit::Each)
{
    Product made = product(sku, price, taxClass, unit);
    made.category = category;
    return made;
}

Promotion promotion(const QString &id, Promotion::Kind kind, PromotionTargets targets, qint64 value = 0)
{
    Promotion made;
    made.id = id;
    made.nameKo = id + QStringLiteral(" 행사");
    made.nameEn = id + QStringLiteral(" offer");
    made.kind = kind;
    made.targets = std::move(targets);
    made.value = value;
    return made;
}

Promotion buyGet(const QString &id, int buy, int get, PromotionTargets targets)
{
    Promotion made = promotion(id, Promotion::Kind::BuyGet, std::move(targets), Promotion::free);
    made.buyQuantity = buy;
    made.getQuantity = get;
    return made;
}

Promotion basketOff(const QString &id, qint64 amount, qint64 threshold, PromotionTargets targets = {})
{
    Promotion made = promotion(id, Promotion::Kind::BasketAmountOff, std::move(targets), amount);
    made.thresholdMinor = threshold;
    return made;
}

PromotionTargets skus(const QStringList &list)
{
    return {list, {}};
}

PromotionTargets categories(const QStringList &list)
{
    return {{}, list};
}

// Wednesday 2026-11-25, 14:00 in Seoul.
QDateTime seoulAfternoon()
{
    return QDateTime(QDate(2026, 11, 25), QTime(14, 0), seoul);
}

std::shared_ptr<const PromotionEngine> engine(QList<Promotion> promotions, const QTimeZone &zone = seoul)
{
    return std::make_shared<const PromotionEngine>(std::move(promotions), zone);
}

Sale opened(std::shared_ptr<const PromotionEngine> promotions, StoreProfile profile = testprofiles::korean(),
            const QDateTime &at = seoulAfternoon())
{
    Sale sale(std::move(profile), std::move(promotions));
    const auto result = sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), at.toUTC()});
    Q_ASSERT(result.ok());
    return sale;
}

void add(Sale &sale, const Product &product, qint64 pieces = 1)
{
    const auto added = sale.apply(LineAdded{sale.nextLineId(), product, Quantity::pieces(pieces), QString()});
    if (!added)
        qFatal("add %s: %s", qPrintable(product.sku), qPrintable(added.error()));
}

const PricedLine &pricedLine(const Sale &sale, int lineId)
{
    return *std::find_if(sale.totals().lines.cbegin(), sale.totals().lines.cend(),
                         [&](const PricedLine &l) { return l.lineId == lineId; });
}

// Each SKU's promotion saving and paid amount, whatever lines it was scanned on.
QMap<QString, QPair<qint64, qint64>> bySku(const Sale &sale)
{
    QMap<QString, QPair<qint64, qint64>> result;
    for (const PricedLine &priced : sale.totals().lines) {
        const QString sku = sale.lines()[priced.lineId - 1].product.sku;
        result[sku].first += priced.promotionMinor;
        result[sku].second += priced.paidMinor;
    }
    return result;
}
} // namespace

class TestPromotionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePlusOne_secondUnitIsFree()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-COLA"), 1, 1, skus({QStringLiteral("COLA")}))}));
        add(sale, item(QStringLiteral("COLA"), 1900), 2);
        QCOMPARE(sale.totals().promotionMinor, 1900);
        QCOMPARE(sale.totals().totalDueMinor, 1900);
        const PricedLine &line = pricedLine(sale, 1);
        QCOMPARE(line.promotions.size(), 1);
        QCOMPARE(line.promotions.first().promotionId, QStringLiteral("P-COLA"));
        QCOMPARE(line.promotions.first().savingMinor, 1900);
    }

    void onePlusOne_oddUnitPaysFullPrice()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-COLA"), 1, 1, skus({QStringLiteral("COLA")}))}));
        add(sale, item(QStringLiteral("COLA"), 1900), 3);
        QCOMPARE(sale.totals().promotionMinor, 1900);
        QCOMPARE(sale.totals().totalDueMinor, 3800);
    }

    void onePlusOne_mixAndMatch_cheapestOfEachPairIsFree()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-DRINKS"), 1, 1, categories({QStringLiteral("drinks")}))}));
        add(sale, item(QStringLiteral("WATER"), 1000, QStringLiteral("drinks")));
        add(sale, item(QStringLiteral("JUICE"), 2000, QStringLiteral("drinks")));
        add(sale, item(QStringLiteral("TEA"), 1500, QStringLiteral("drinks")));
        add(sale, item(QStringLiteral("SODA"), 1800, QStringLiteral("drinks")));
        add(sale, item(QStringLiteral("CHIPS"), 1700, QStringLiteral("snacks")));
        // Pairs most expensive first: (2000, 1800) and (1500, 1000); 1800 + 1000 free. Chips are not drinks.
        QCOMPARE(sale.totals().promotionMinor, 2800);
        QCOMPARE(pricedLine(sale, 5).promotionMinor, 0);
        QCOMPARE(sale.totals().totalDueMinor, 1000 + 2000 + 1500 + 1800 + 1700 - 2800);
    }

    void twoPlusOne_mixedPrices_cheapestOfEachThreeIsFree()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-SNACK"), 2, 1, categories({QStringLiteral("snacks")}))}));
        for (qint64 price : {1200, 3500, 1500, 2500, 1200, 3000, 1700})
            add(sale, item(QStringLiteral("S%1").arg(price), price, QStringLiteral("snacks")));
        // (3500, 3000, 2500) → 2500 free; (1700, 1500, 1200) → 1200 free; one 1200 left over.
        QCOMPARE(sale.totals().promotionMinor, 3700);
    }

    void bundleSaving_isSharedByTheBundledLines_soAReturnGivesBackThatShare()
    {
        Sale sale =
            opened(engine({buyGet(QStringLiteral("P-MIX"), 1, 1, skus({QStringLiteral("A"), QStringLiteral("B")}))}));
        add(sale, item(QStringLiteral("A"), 2000));
        add(sale, item(QStringLiteral("B"), 1000));
        // B is the free unit, but returning A alone must not refund 2000 and leave B free: the 1000 saving
        // is spread 2:1.
        QCOMPARE(pricedLine(sale, 1).promotionMinor, 667);
        QCOMPARE(pricedLine(sale, 2).promotionMinor, 333);
        QCOMPARE(pricedLine(sale, 1).paidMinor, 1333);
        QCOMPARE(pricedLine(sale, 2).paidMinor, 667);
        QCOMPARE(pricedLine(sale, 1).paidMinor + pricedLine(sale, 2).paidMinor, sale.totals().totalDueMinor);
        // The tax of each line is its share of the tax on what was paid.
        QCOMPARE(pricedLine(sale, 1).taxMinor + pricedLine(sale, 2).taxMinor, sale.totals().tax.totalTaxMinor);
        QCOMPARE(sale.totals().tax.totalTaxMinor, 182); // 2000 / 11
    }

    void percentAndAmountOff_onItemsAndCategories()
    {
        Sale sale = opened(engine(
            {promotion(QStringLiteral("P-TOPS"), Promotion::Kind::PercentOff, categories({QStringLiteral("tops")}),
                       2000),
             promotion(QStringLiteral("P-SOCKS"), Promotion::Kind::AmountOff, skus({QStringLiteral("SOCKS")}), 500)}));
        add(sale, item(QStringLiteral("TEE"), 12900, QStringLiteral("tops")), 2);
        add(sale, item(QStringLiteral("SOCKS"), 3500, QStringLiteral("acc")), 3);
        add(sale, item(QStringLiteral("CAP"), 15000, QStringLiteral("acc")));
        QCOMPARE(pricedLine(sale, 1).promotionMinor, 5160); // 20 % of 25800
        QCOMPARE(pricedLine(sale, 2).promotionMinor, 1500); // 500 a pair
        QCOMPARE(pricedLine(sale, 3).promotionMinor, 0);
        QCOMPARE(sale.totals().totalDueMinor, 25800 + 10500 + 15000 - 6660);
    }

    void percentOff_weighedItem_isOffTheWeighedPrice()
    {
        Sale sale = opened(engine({promotion(QStringLiteral("P-FRUIT"), Promotion::Kind::PercentOff,
                                             categories({QStringLiteral("fresh")}), 1000)}));
        const Product banana =
            item(QStringLiteral("BANANA"), 3980, QStringLiteral("fresh"), QStringLiteral("EXEMPT"), Unit::Kilogram);
        QVERIFY(sale.apply(LineAdded{1, banana, Quantity::grams(452), QString()}));
        QCOMPARE(pricedLine(sale, 1).grossMinor, 1799);
        QCOMPARE(pricedLine(sale, 1).promotionMinor, 180);
    }

    void basketThreshold_appliesExactlyAtTheLimit()
    {
        Sale sale = opened(engine({basketOff(QStringLiteral("P-5000"), 5000, 50000)}));
        add(sale, item(QStringLiteral("JEANS"), 45000));
        add(sale, item(QStringLiteral("SOCKS"), 5000));
        QCOMPARE(sale.totals().promotionMinor, 5000);
        QCOMPARE(sale.totals().totalDueMinor, 45000);
        QCOMPARE(pricedLine(sale, 1).promotionMinor, 4500);
        QCOMPARE(pricedLine(sale, 2).promotionMinor, 500);
        QVERIFY(pricedLine(sale, 1).promotions.first().basket);
    }

    void basketThreshold_oneWonBelow_givesNothing()
    {
        Sale sale = opened(engine({basketOff(QStringLiteral("P-5000"), 5000, 50000)}));
        add(sale, item(QStringLiteral("JEANS"), 45000));
        add(sale, item(QStringLiteral("SOCKS"), 4999));
        QCOMPARE(sale.totals().promotionMinor, 0);
        QCOMPARE(sale.totals().totalDueMinor, 49999);
    }

    void basketThreshold_countsWhatIsLeftAfterItemPromotions()
    {
        Sale sale = opened(engine({basketOff(QStringLiteral("P-5000"), 5000, 50000),
                                   buyGet(QStringLiteral("P-SOCKS"), 1, 1, skus({QStringLiteral("SOCKS")}))}));
        add(sale, item(QStringLiteral("JEANS"), 44000));
        add(sale, item(QStringLiteral("SOCKS"), 5000), 2); // 54000 on the shelf, 49000 after the 1+1
        QCOMPARE(sale.totals().promotionMinor, 5000);
        QCOMPARE(sale.totals().totalDueMinor, 49000);
        QVERIFY(sale.apply(QuantityChanged{1, Quantity::pieces(2)})); // 93000 after the 1+1
        QCOMPARE(sale.totals().promotionMinor, 10000);
        QCOMPARE(sale.totals().totalDueMinor, 88000);
    }

    void basketThresholds_compete_theBestOneApplies()
    {
        Sale sale = opened(
            engine({basketOff(QStringLiteral("P-A"), 5000, 50000), basketOff(QStringLiteral("P-B"), 12000, 100000)}));
        add(sale, item(QStringLiteral("COAT"), 120000));
        QCOMPARE(sale.totals().promotionMinor, 12000);
        QCOMPARE(pricedLine(sale, 1).promotions.size(), 1);
        QCOMPARE(pricedLine(sale, 1).promotions.first().promotionId, QStringLiteral("P-B"));
    }

    void timeWindow_happyHourOnWeekdays()
    {
        Promotion happyHour = promotion(QStringLiteral("P-HAPPY"), Promotion::Kind::PercentOff, {}, 5000);
        happyHour.window.dailyStart = QTime(17, 0);
        happyHour.window.dailyEnd = QTime(19, 0);
        happyHour.window.weekdays = 0b0011111; // Monday to Friday
        const auto promotions = engine({happyHour});
        const auto priceAt = [&](const QDateTime &at) {
            Sale sale = opened(promotions, testprofiles::korean(), at);
            add(sale, item(QStringLiteral("BEER"), 2000));
            return sale.totals().totalDueMinor;
        };
        const QDate wednesday(2026, 11, 25);
        QCOMPARE(priceAt(QDateTime(wednesday, QTime(17, 0), seoul)), 1000);
        QCOMPARE(priceAt(QDateTime(wednesday, QTime(18, 59, 59), seoul)), 1000);
        QCOMPARE(priceAt(QDateTime(wednesday, QTime(19, 0), seoul)), 2000);
        QCOMPARE(priceAt(QDateTime(wednesday, QTime(16, 59), seoul)), 2000);
        QCOMPARE(priceAt(QDateTime(wednesday.addDays(3), QTime(18, 0), seoul)), 2000); // Saturday
    }

    void timeWindow_isReadInTheStoresTimeZone_notTheTills()
    {
        Promotion lunch = promotion(QStringLiteral("P-LUNCH"), Promotion::Kind::AmountOff, {}, 100);
        lunch.window.dailyStart = QTime(12, 0);
        lunch.window.dailyEnd = QTime(13, 0);
        const PromotionEngine inSeoul({lunch}, seoul);
        const PromotionEngine inNewYork({lunch}, newYork);
        const QDateTime noonInSeoul(QDate(2026, 11, 25), QTime(12, 30), seoul);
        QVERIFY(inSeoul.isActive(inSeoul.promotions().first(), noonInSeoul, false));
        QVERIFY(!inNewYork.isActive(inNewYork.promotions().first(), noonInSeoul, false));
    }

    void timeWindow_datesAreInclusive_andNightPeriodsCrossMidnight()
    {
        PromotionWindow window;
        window.firstDay = QDate(2026, 12, 1);
        window.lastDay = QDate(2026, 12, 31);
        window.dailyStart = QTime(22, 0);
        window.dailyEnd = QTime(2, 0);
        QVERIFY(window.contains(QDateTime(QDate(2026, 12, 1), QTime(23, 0))));
        QVERIFY(window.contains(QDateTime(QDate(2026, 12, 31), QTime(1, 59))));
        QVERIFY(!window.contains(QDateTime(QDate(2026, 12, 31), QTime(2, 0))));
        QVERIFY(!window.contains(QDateTime(QDate(2026, 12, 15), QTime(12, 0))));
        QVERIFY(!window.contains(QDateTime(QDate(2027, 1, 1), QTime(0, 30))));
        QVERIFY(!window.contains(QDateTime(QDate(2026, 11, 30), QTime(23, 0))));
    }

    void memberPrice_appliesOnlyToMembers()
    {
        Promotion memberPrice =
            promotion(QStringLiteral("P-MEMBER"), Promotion::Kind::FixedPrice, skus({QStringLiteral("LATTE")}), 1900);
        memberPrice.memberOnly = true;
        Sale sale = opened(engine({memberPrice}));
        add(sale, item(QStringLiteral("LATTE"), 2500), 2);
        QCOMPARE(sale.totals().totalDueMinor, 5000);
        QVERIFY(sale.apply(saleevent::CustomerAttached{QStringLiteral("C-1"), true}));
        QCOMPARE(sale.totals().totalDueMinor, 3800);
        QCOMPARE(pricedLine(sale, 1).promotions.first().promotionId, QStringLiteral("P-MEMBER"));
        QVERIFY(sale.apply(saleevent::CustomerDetached{}));
        QCOMPARE(sale.totals().totalDueMinor, 5000);
        QVERIFY(sale.apply(saleevent::CustomerAttached{QStringLiteral("C-2"), false})); // known, not a member
        QCOMPARE(sale.totals().totalDueMinor, 5000);
        QCOMPARE(saleRecord(sale).value(QLatin1String("customer")).toString(), QStringLiteral("C-2"));
    }

    void competingItemPromotions_eachUnitTakesTheBestOne()
    {
        // 1+1 (50 %) beats 30 % off; 40 % off beats 2+1 (33 %).
        const auto promotions = engine({
            buyGet(QStringLiteral("P-11"), 1, 1, skus({QStringLiteral("COLA")})),
            buyGet(QStringLiteral("P-21"), 2, 1, skus({QStringLiteral("CHIPS")})),
            promotion(QStringLiteral("P-30"), Promotion::Kind::PercentOff, categories({QStringLiteral("drinks")}),
                      3000),
            promotion(QStringLiteral("P-40"), Promotion::Kind::PercentOff, categories({QStringLiteral("snacks")}),
                      4000),
        });
        Sale sale = opened(promotions);
        add(sale, item(QStringLiteral("COLA"), 2000, QStringLiteral("drinks")), 3);
        add(sale, item(QStringLiteral("CHIPS"), 1500, QStringLiteral("snacks")), 3);
        // Cola: a pair free-for-one (2000) plus 30 % on the third (600). Chips: 40 % of 4500.
        QCOMPARE(pricedLine(sale, 1).promotionMinor, 2600);
        QCOMPARE(pricedLine(sale, 1).promotions.size(), 2);
        QCOMPARE(pricedLine(sale, 2).promotionMinor, 1800);
        QCOMPARE(pricedLine(sale, 2).promotions.first().promotionId, QStringLiteral("P-40"));
    }

    void competingBuyGetPromotions_theBestOrderWins()
    {
        // Taken by id, the 2+1 would use both B units and save only 1000; the 1+1 on B first saves 3000.
        const auto promotions =
            engine({buyGet(QStringLiteral("P-A-21"), 2, 1, skus({QStringLiteral("A"), QStringLiteral("B")})),
                    buyGet(QStringLiteral("P-B-11"), 1, 1, skus({QStringLiteral("B")}))});
        Sale sale = opened(promotions);
        add(sale, item(QStringLiteral("A"), 1000), 2);
        add(sale, item(QStringLiteral("B"), 3000), 2);
        QCOMPARE(sale.totals().promotionMinor, 3000);
        QCOMPARE(pricedLine(sale, 2).promotions.first().promotionId, QStringLiteral("P-B-11"));
    }

    void manyCompetingBuyGets_areStillPricedWithinTheBound()
    {
        QList<Promotion> list;
        for (int i = 0; i < 8; ++i)
            list.append(buyGet(QStringLiteral("P-%1").arg(i), 1 + i % 3, 1, categories({QStringLiteral("snacks")})));
        Sale sale = opened(engine(list));
        for (int i = 0; i < 12; ++i)
            add(sale, item(QStringLiteral("S%1").arg(i), 1000 + 100 * i, QStringLiteral("snacks")));
        // The best alone is the 1+1: six pairs, each with its cheaper unit free.
        QCOMPARE(sale.totals().promotionMinor, 1000 + 1200 + 1400 + 1600 + 1800 + 2000);
    }

    void scanOrder_doesNotChangeAnyPrice()
    {
        const auto promotions = engine({
            buyGet(QStringLiteral("P-DRINKS"), 1, 1, categories({QStringLiteral("drinks")})),
            buyGet(QStringLiteral("P-SNACKS"), 2, 1, categories({QStringLiteral("snacks")})),
            promotion(QStringLiteral("P-TEA"), Promotion::Kind::PercentOff, skus({QStringLiteral("TEA")}), 3000),
            basketOff(QStringLiteral("P-BASKET"), 3000, 20000),
            buyGet(QStringLiteral("P-ODD"), 1, 1, skus({QStringLiteral("ODD-A"), QStringLiteral("ODD-B")})),
        });
        QList<QPair<Product, qint64>> basket = {
            // 1001 saved over two lines of 1001: one of them takes the odd won, always the same one.
            {item(QStringLiteral("ODD-A"), 1001, QStringLiteral("misc")), 1},
            {item(QStringLiteral("ODD-B"), 1001, QStringLiteral("misc")), 1},
            {item(QStringLiteral("COLA"), 1900, QStringLiteral("drinks")), 3},
            {item(QStringLiteral("TEA"), 1800, QStringLiteral("drinks")), 2},
            {item(QStringLiteral("WATER"), 1000, QStringLiteral("drinks")), 1},
            {item(QStringLiteral("CHIPS"), 1700, QStringLiteral("snacks")), 2},
            {item(QStringLiteral("JERKY"), 5900, QStringLiteral("snacks")), 1},
            {item(QStringLiteral("GUM"), 1200, QStringLiteral("snacks")), 4},
            {item(QStringLiteral("TEE"), 12900, QStringLiteral("tops")), 1},
            {item(QStringLiteral("COLA"), 1900, QStringLiteral("drinks")), 1},
            // Same price, other products: which of them gets a rounding remainder must not depend on order.
            {item(QStringLiteral("CIDER"), 1900, QStringLiteral("drinks")), 1},
            {item(QStringLiteral("ZERO"), 1900, QStringLiteral("drinks")), 1},
            {item(QStringLiteral("CRACKERS"), 1200, QStringLiteral("snacks")), 1},
        };
        Sale reference = opened(promotions);
        for (const auto &[product, pieces] : basket)
            add(reference, product, pieces);
        QVERIFY(reference.totals().promotionMinor > 0);
        std::mt19937 random(20261125);
        for (int round = 0; round < 20; ++round) {
            std::shuffle(basket.begin(), basket.end(), random);
            Sale shuffled = opened(promotions);
            for (const auto &[product, pieces] : basket)
                add(shuffled, product, pieces);
            QCOMPARE(shuffled.totals().promotionMinor, reference.totals().promotionMinor);
            QCOMPARE(shuffled.totals().totalDueMinor, reference.totals().totalDueMinor);
            QCOMPARE(shuffled.totals().tax.totalTaxMinor, reference.totals().tax.totalTaxMinor);
            QCOMPARE(bySku(shuffled), bySku(reference));
        }
    }

    void manualLineDiscount_appliesAfterPromotions()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-COLA"), 1, 1, skus({QStringLiteral("COLA")}))}));
        add(sale, item(QStringLiteral("COLA"), 2000), 2);
        QVERIFY(sale.apply(LineDiscounted{1, Discount{Discount::Kind::Percent, 1000, QStringLiteral("dented")}}));
        QCOMPARE(pricedLine(sale, 1).lineDiscountMinor, 200); // 10 % of the 2000 left after the 1+1
        QCOMPARE(sale.totals().totalDueMinor, 1800);
        // An amount discount cannot take more than what the promotion left.
        QVERIFY(!sale.apply(LineDiscounted{1, Discount{Discount::Kind::Amount, 2001, QString()}}));
    }

    void manualBasketDiscount_appliesAfterPromotions()
    {
        Sale sale = opened(engine({basketOff(QStringLiteral("P-5000"), 5000, 50000)}));
        add(sale, item(QStringLiteral("JEANS"), 50000));
        QVERIFY(sale.apply(BasketDiscounted{Discount{Discount::Kind::Percent, 1000, QStringLiteral("staff")}}));
        QCOMPARE(sale.totals().basketDiscountMinor, 4500);
        QCOMPARE(sale.totals().totalDueMinor, 40500);
        QVERIFY(!sale.apply(BasketDiscounted{Discount{Discount::Kind::Amount, 45001, QString()}}));
    }

    void replay_pricesTheSaleAlike_atAnyLaterTime()
    {
        Promotion happyHour = promotion(QStringLiteral("P-HAPPY"), Promotion::Kind::PercentOff, {}, 5000);
        happyHour.window.dailyStart = QTime(13, 0);
        happyHour.window.dailyEnd = QTime(15, 0);
        Promotion memberPrice =
            promotion(QStringLiteral("P-MEMBER"), Promotion::Kind::FixedPrice, skus({QStringLiteral("TEE")}), 5000);
        memberPrice.memberOnly = true;
        const auto withMembers =
            engine({happyHour, buyGet(QStringLiteral("P-11"), 1, 1, skus({QStringLiteral("COLA")})),
                    basketOff(QStringLiteral("P-B"), 1000, 5000), memberPrice});
        Sale sale = opened(withMembers);
        add(sale, item(QStringLiteral("COLA"), 1900), 2);
        add(sale, item(QStringLiteral("TEE"), 12900));
        QVERIFY(sale.apply(CustomerAttached{QStringLiteral("C-7"), true})); // the member price is in the replay too
        const auto &teePromotions = pricedLine(sale, 2).promotions;
        QVERIFY(std::any_of(teePromotions.cbegin(), teePromotions.cend(),
                            [](const AppliedPromotion &p) { return p.promotionId == QLatin1String("P-MEMBER"); }));
        QVERIFY(sale.apply(Tendered{1, TenderMethod::Card, sale.totals().totalDueMinor, QString()}));

        QList<SaleEvent> restored;
        for (const SaleEvent &event : sale.events())
            restored.append(saleEventFromJson(saleEventToJson(event)).value());
        const auto replayed = Sale::replay(testprofiles::korean(), restored, withMembers);
        QVERIFY(replayed);
        QVERIFY(replayed->isMember());
        QCOMPARE(replayed->customerId(), QStringLiteral("C-7"));
        QVERIFY(replayed->totals().fullyPaid());
        QVERIFY(!sale.apply(CustomerDetached{})); // payment has started: the prices stand
        QCOMPARE(replayed->totals().totalDueMinor, sale.totals().totalDueMinor);
        for (qsizetype i = 0; i < sale.totals().lines.size(); ++i) {
            QCOMPARE(replayed->totals().lines[i].promotionMinor, sale.totals().lines[i].promotionMinor);
            QCOMPARE(replayed->totals().lines[i].paidMinor, sale.totals().lines[i].paidMinor);
        }
    }

    void resumedSale_takesThePromotionsOfItsReturn()
    {
        Promotion happyHour = promotion(QStringLiteral("P-HAPPY"), Promotion::Kind::PercentOff, {}, 5000);
        happyHour.window.dailyStart = QTime(13, 0);
        happyHour.window.dailyEnd = QTime(15, 0);
        Sale sale = opened(engine({happyHour}));
        add(sale, item(QStringLiteral("BEER"), 2000));
        QCOMPARE(sale.totals().totalDueMinor, 1000);
        QVERIFY(sale.apply(Suspended{seoulAfternoon().addSecs(60)}));
        QVERIFY(sale.apply(Resumed{seoulAfternoon().addSecs(2 * 3600)}));
        QCOMPARE(sale.totals().totalDueMinor, 2000);
    }

    void usStore_taxIsAddedOnWhatIsPaid()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-11"), 1, 1, skus({QStringLiteral("SODA")}))}, newYork),
                           testprofiles::american(), QDateTime(QDate(2026, 11, 25), QTime(14, 0), newYork));
        add(sale, item(QStringLiteral("SODA"), 300, QStringLiteral("drinks"), QStringLiteral("STD")), 2);
        QCOMPARE(sale.totals().subtotalMinor, 600);
        QCOMPARE(sale.totals().promotionMinor, 300);
        QCOMPARE(sale.totals().tax.totalTaxMinor, 27); // 8.875 % of 3.00 = 0.26625
        QCOMPARE(sale.totals().totalDueMinor, 327);
    }

    void koreanStore_vatIsIncludedInWhatIsPaid()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-11"), 1, 1, skus({QStringLiteral("SODA")}))}));
        add(sale, item(QStringLiteral("SODA"), 1100, QStringLiteral("drinks")), 2);
        QCOMPARE(sale.totals().totalDueMinor, 1100);
        QCOMPARE(sale.totals().tax.totalTaxMinor, 100); // 1100 / 11, not 2200 / 11
    }

    void noEngine_orNoActivePromotion_pricesAsBefore()
    {
        Promotion later = promotion(QStringLiteral("P-LATER"), Promotion::Kind::PercentOff, {}, 5000);
        later.window.firstDay = QDate(2027, 1, 1);
        for (const auto &promotions : {std::shared_ptr<const PromotionEngine>(), engine({later})}) {
            Sale sale = opened(promotions);
            add(sale, item(QStringLiteral("TEE"), 12900), 2);
            QCOMPARE(sale.totals().promotionMinor, 0);
            QCOMPARE(sale.totals().totalDueMinor, 25800);
            QVERIFY(sale.totals().lines.first().promotions.isEmpty());
        }
    }

    void invalidPromotion_isLeftOut()
    {
        Promotion broken = buyGet(QStringLiteral("P-BROKEN"), 0, 1, {});
        QVERIFY(!broken.validate());
        QVERIFY(buyGet(QStringLiteral("P-X"), 1, 1, {}).validate().ok());
        const PromotionEngine promotions({broken, buyGet(QStringLiteral("P-OK"), 1, 1, {})}, seoul);
        QCOMPARE(promotions.promotions().size(), 1);
        QCOMPARE(promotions.promotions().first().id, QStringLiteral("P-OK"));
    }

    void largeQuantity_isBundledWithoutCountingEveryUnit()
    {
        Sale sale = opened(engine({buyGet(QStringLiteral("P-11"), 1, 1, skus({QStringLiteral("GUM")}))}));
        add(sale, item(QStringLiteral("GUM"), 1200), 1'000'001);
        QCOMPARE(sale.totals().promotionMinor, 500'000LL * 1200);
    }
};

QTEST_GUILESS_MAIN(TestPromotionEngine)
#include "tst_promotionengine.moc"
