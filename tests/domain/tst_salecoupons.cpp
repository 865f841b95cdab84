#include "SaleRecord.h"
#include "SaleSteps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omnitill;
using namespace omnitill::saleevent;
using namespace salesteps;
using testprofiles::product;

// Coupons issued online on a sale: what they save, how the saving follows the basket, how it is allocated to
// the lines (so a return refunds what was paid) and that a restored sale prices the same.
class TestSaleCoupons : public QObject
{
    Q_OBJECT

private:
    static CouponRule percent(qint64 value, qint64 minimumSpend = 0, const QString &group = {})
    {
        CouponRule rule;
        rule.kind = CouponRule::Kind::Percent;
        rule.value = value;
        rule.currency = QStringLiteral("KRW");
        rule.minimumSpendMinor = minimumSpend;
        rule.stackingGroup = group;
        return rule;
    }
    static CouponApplied coupon(const QString &code, const CouponRule &rule)
    {
        return CouponApplied{code, rule, QStringLiteral("reservation-") + code, {}};
    }
    static qint64 sum(const QList<PricedLine> &lines, qint64 PricedLine::*field)
    {
        qint64 total = 0;
        for (const PricedLine &line : lines)
            total += line.*field;
        return total;
    }

private Q_SLOTS:
    void percentCoupon_savesOnEveryLine_andTheSharesAddUp()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 12900), Quantity::pieces(2)));
        QVERIFY(add(sale, product(QStringLiteral("SOCKS"), 3500)));
        QVERIFY(sale.apply(coupon(QStringLiteral("TENOFF"), percent(10))));
        const SaleTotals &totals = sale.totals();
        QCOMPARE(totals.couponMinor, 2930);
        QCOMPARE(totals.coupons.size(), 1);
        QCOMPARE(totals.coupons[0].savingMinor, 2930);
        QVERIFY(totals.coupons[0].refusal.isEmpty());
        QCOMPARE(sum(totals.lines, &PricedLine::couponMinor), 2930);
        QCOMPARE(totals.lines[0].couponMinor, 2580);
        QCOMPARE(totals.totalDueMinor, 29300 - 2930);
        QCOMPARE(sum(totals.lines, &PricedLine::paidMinor), totals.totalDueMinor);
        QCOMPARE(totals.tax.totalTaxMinor, 2397); // 26370 / 11: tax on what is paid
    }

    void minimumSpend_refusedWithTheShortfall()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 25500)));
        const auto refused = sale.apply(coupon(QStringLiteral("MIN30"), percent(10, 30000)));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("30,000")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("4,500 more")), qPrintable(refused.error()));
        QVERIFY(sale.coupons().isEmpty());
        QCOMPARE(sale.totals().totalDueMinor, 25500);
    }

    void basketShrinks_couponStaysAndSaysWhy_thenQualifiesAgain()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 25500)));
        QVERIFY(add(sale, product(QStringLiteral("CAP"), 9000)));
        QVERIFY(sale.apply(coupon(QStringLiteral("MIN30"), percent(10, 30000))));
        QCOMPARE(sale.totals().couponMinor, 3450);

        QVERIFY(sale.apply(LineVoided{2}));
        QCOMPARE(sale.coupons().size(), 1);
        QCOMPARE(sale.totals().couponMinor, 0);
        QCOMPARE(sale.totals().totalDueMinor, 25500);
        QVERIFY(sale.totals().coupons[0].refusal.contains(QStringLiteral("4,500 more")));

        QVERIFY(add(sale, product(QStringLiteral("SOCKS"), 5000)));
        QCOMPARE(sale.totals().couponMinor, 3050);
        QVERIFY(sale.totals().coupons[0].refusal.isEmpty());
    }

    void sameStackingGroup_refused_otherGroupCombines()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 20000)));
        QVERIFY(sale.apply(coupon(QStringLiteral("A"), percent(10, 0, QStringLiteral("welcome")))));
        const auto refused = sale.apply(coupon(QStringLiteral("B"), percent(20, 0, QStringLiteral("welcome"))));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("welcome")));
        QVERIFY(sale.apply(coupon(QStringLiteral("C"), percent(5))));
        QCOMPARE(sale.totals().couponMinor, 2000 + 1000);
    }

    void scopedCoupon_outOfScopeRefused_inScopeSavesOnlyThere()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 20000)));
        CouponRule rule = percent(50);
        rule.scope.skus = {QStringLiteral("SHOES")};
        QVERIFY(!sale.apply(coupon(QStringLiteral("SHOES50"), rule)));
        QVERIFY(add(sale, product(QStringLiteral("SHOES"), 60000)));
        QVERIFY(sale.apply(coupon(QStringLiteral("SHOES50"), rule)));
        QCOMPARE(sale.totals().lines[0].couponMinor, 0);
        QCOMPARE(sale.totals().lines[1].couponMinor, 30000);
    }

    void amountCoupon_neverMoreThanTheBasket_andManualDiscountsComeAfter()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 7000)));
        CouponRule rule;
        rule.kind = CouponRule::Kind::Amount;
        rule.value = 5000;
        rule.currency = QStringLiteral("KRW");
        QVERIFY(sale.apply(coupon(QStringLiteral("5000OFF"), rule)));
        QCOMPARE(sale.totals().couponMinor, 5000);
        // The basket discount's base is what is left after the coupon.
        QVERIFY(!sale.apply(BasketDiscounted{Discount{Discount::Kind::Amount, 2500, QStringLiteral("x")}}));
        QVERIFY(sale.apply(BasketDiscounted{Discount{Discount::Kind::Percent, 5000, QStringLiteral("x")}}));
        QCOMPARE(sale.totals().basketDiscountMinor, 1000);
        QCOMPARE(sale.totals().totalDueMinor, 1000);
    }

    void removed_givesTheSavingBack_andOnlyWhileOpen()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 20000)));
        QVERIFY(sale.apply(coupon(QStringLiteral("A"), percent(10))));
        QVERIFY(!sale.apply(coupon(QStringLiteral("A"), percent(10)))); // once per sale
        QVERIFY(sale.apply(CouponRemoved{QStringLiteral("A")}));
        QCOMPARE(sale.totals().totalDueMinor, 20000);
        QVERIFY(!sale.apply(CouponRemoved{QStringLiteral("A")}));
        QVERIFY(sale.apply(coupon(QStringLiteral("A"), percent(10))));
        QVERIFY(sale.apply(Tendered{1, TenderMethod::Cash, 1000, {}}));
        QVERIFY(!sale.apply(CouponRemoved{QStringLiteral("A")}));
        QVERIFY(!sale.apply(coupon(QStringLiteral("B"), percent(5))));
    }

    void boundCoupon_needsItsCustomer_whoStaysWhileItIsOn()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 20000)));
        CouponApplied bound = coupon(QStringLiteral("MINE"), percent(10));
        bound.customerId = QStringLiteral("C1");
        QVERIFY(!sale.apply(bound));
        QVERIFY(sale.apply(CustomerAttached{QStringLiteral("C1"), true}));
        QVERIFY(sale.apply(bound));
        QVERIFY(!sale.apply(CustomerDetached{}));
        QVERIFY(!sale.apply(CustomerAttached{QStringLiteral("C2"), true}));
    }

    void replayedFromStoredEvents_pricesTheSame_andTheRecordShowsEachCoupon()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 12900), Quantity::pieces(3)));
        CouponRule buyGet;
        buyGet.kind = CouponRule::Kind::BuyGet;
        buyGet.value = 100;
        buyGet.buyQuantity = 2;
        buyGet.getQuantity = 1;
        QVERIFY(sale.apply(coupon(QStringLiteral("2PLUS1"), buyGet)));
        QVERIFY(sale.apply(coupon(QStringLiteral("TENOFF"), percent(10))));
        QCOMPARE(sale.totals().couponMinor, 12900 + 3870);

        const QList<SaleEvent> stored = persisted(sale);
        QCOMPARE(stored.size(), sale.events().size());
        auto restored = Sale::replay(testprofiles::korean(), stored);
        QVERIFY(restored);
        QCOMPARE(restored->totals().couponMinor, sale.totals().couponMinor);
        QCOMPARE(restored->totals().totalDueMinor, sale.totals().totalDueMinor);
        QCOMPARE(restored->coupons()[1].reservation, QStringLiteral("reservation-TENOFF"));

        QVERIFY(restored->apply(Tendered{1, TenderMethod::Cash, restored->totals().totalDueMinor, {}}));
        QVERIFY(restored->apply(Completed{QDateTime::currentDateTimeUtc()}));
        const QJsonObject record = saleRecord(*restored);
        QCOMPARE(record.value(QLatin1String("coupon")).toInteger(), 16770);
        const QJsonArray coupons = record.value(QLatin1String("coupons")).toArray();
        QCOMPARE(coupons.size(), 2);
        QCOMPARE(coupons[0].toObject().value(QLatin1String("code")).toString(), QStringLiteral("2PLUS1"));
        QCOMPARE(coupons[1].toObject().value(QLatin1String("saving")).toInteger(), 3870);
        QCOMPARE(
            record.value(QLatin1String("lines")).toArray()[0].toObject().value(QLatin1String("coupon")).toInteger(),
            16770);
    }
};

QTEST_GUILESS_MAIN(TestSaleCoupons)
#include "tst_salecoupons.moc"
