#include "CouponEvaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omnitill;

namespace {
CouponBasketLine line(const QString &sku, qint64 pieces, qint64 price, const QString &category = QStringLiteral("misc"))
{
    return {sku, category, Quantity::pieces(pieces), price};
}

CouponRule rule(CouponRule::Kind kind, qint64 value)
{
    CouponRule made;
    made.kind = kind;
    made.value = value;
    made.currency = QStringLiteral("KRW");
    return made;
}
} // namespace

// Coupon rules as data and their evaluation on a basket: each kind's saving, and each refusal in words.
class TestCouponRule : public QObject
{
    Q_OBJECT

private:
    CouponEvaluation m_evaluation{Currency::fromCode(QStringLiteral("KRW")).value(), QLocale(QLocale::English)};

private Q_SLOTS:
    void json_roundTripsEveryField()
    {
        CouponRule original = rule(CouponRule::Kind::BuyGet, 100);
        original.buyQuantity = 2;
        original.getQuantity = 1;
        original.minimumSpendMinor = 30000;
        original.scope = {{QStringLiteral("A1")}, {QStringLiteral("drinks")}};
        original.stackingGroup = QStringLiteral("weekly");
        const auto parsed = CouponRule::fromJson(original.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
        QCOMPARE(parsed->toJson(), original.toJson());
        QCOMPARE(parsed->buyQuantity, 2);
        QCOMPARE(parsed->scope.categories, QStringList{QStringLiteral("drinks")});
    }

    void json_refusesWhatCannotBeApplied_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"half","value":5})");
        QTest::newRow("no value") << QByteArray(R"({"kind":"percent"})");
        QTest::newRow("over 100%") << QByteArray(R"({"kind":"percent","value":101})");
        QTest::newRow("fraction") << QByteArray(R"({"kind":"percent","value":1.5})");
        QTest::newRow("amount without currency") << QByteArray(R"({"kind":"amount","value":500})");
        QTest::newRow("buy-get without get") << QByteArray(R"({"kind":"buyGet","value":100,"buy":1})");
        QTest::newRow("voucher without product") << QByteArray(R"({"kind":"freeItem","value":1})");
        QTest::newRow("skus not strings") << QByteArray(R"({"kind":"percent","value":5,"skus":[1]})");
        QTest::newRow("group not a string") << QByteArray(R"({"kind":"percent","value":5,"stackingGroup":3})");
    }
    void json_refusesWhatCannotBeApplied()
    {
        QFETCH(QByteArray, json);
        const auto parsed = CouponRule::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().isEmpty());
    }

    void percent_takesOffItsScopeOnly()
    {
        CouponRule tenPercent = rule(CouponRule::Kind::Percent, 10);
        tenPercent.scope.categories = {QStringLiteral("shoes")};
        const auto verdict =
            m_evaluation.evaluate(tenPercent, {line(QStringLiteral("S1"), 1, 50000, QStringLiteral("shoes")),
                                               line(QStringLiteral("T1"), 2, 9000)});
        QVERIFY(verdict->applies());
        QCOMPARE(verdict->savingMinor, 5000);
        QCOMPARE(verdict->lineSavings, (QList<qint64>{5000, 0}));
    }

    void amount_neverExceedsWhatTheScopeCosts()
    {
        const auto verdict =
            m_evaluation.evaluate(rule(CouponRule::Kind::Amount, 5000), {line(QStringLiteral("A"), 1, 3000)});
        QCOMPARE(verdict->savingMinor, 3000);
        const auto split =
            m_evaluation.evaluate(rule(CouponRule::Kind::Amount, 5000),
                                  {line(QStringLiteral("A"), 1, 10000), line(QStringLiteral("B"), 1, 30000)});
        QCOMPARE(split->lineSavings, (QList<qint64>{1250, 3750}));
    }

    void buyGet_givesTheCheapestUnits_data()
    {
        QTest::addColumn<int>("buy");
        QTest::addColumn<int>("get");
        QTest::addColumn<qint64>("saving");
        QTest::newRow("1+1 on 2000 and 1500") << 1 << 1 << qint64(1500);
        QTest::newRow("2+1 on 2000 and 1500 x2") << 2 << 1 << qint64(1500);
    }
    void buyGet_givesTheCheapestUnits()
    {
        QFETCH(int, buy);
        QFETCH(int, get);
        QFETCH(qint64, saving);
        CouponRule bundle = rule(CouponRule::Kind::BuyGet, 100);
        bundle.buyQuantity = buy;
        bundle.getQuantity = get;
        QList<CouponBasketLine> basket{line(QStringLiteral("A"), 1, 2000), line(QStringLiteral("B"), buy, 1500)};
        const auto verdict = m_evaluation.evaluate(bundle, basket);
        QVERIFY2(verdict->applies(), qPrintable(verdict->refusal));
        QCOMPARE(verdict->savingMinor, saving);
    }

    void buyGet_saysHowManyItemsAreMissing()
    {
        CouponRule twoPlusOne = rule(CouponRule::Kind::BuyGet, 100);
        twoPlusOne.buyQuantity = 2;
        twoPlusOne.getQuantity = 1;
        const auto verdict = m_evaluation.evaluate(twoPlusOne, {line(QStringLiteral("A"), 2, 2000)});
        QCOMPARE(verdict->refusalCode, QStringLiteral("buy_get_not_reached"));
        QCOMPARE(verdict->refusal, QStringLiteral("Buy 2 get 1 needs 3 items the coupon covers: the basket has 2"));
    }

    void freeItem_givesItsUnitsAtTheBasketPrice()
    {
        CouponRule voucher = rule(CouponRule::Kind::FreeItem, 1);
        voucher.currency.clear();
        voucher.freeSku = QStringLiteral("AMERICANO");
        const auto given = m_evaluation.evaluate(
            voucher, {line(QStringLiteral("BAGEL"), 1, 3500), line(QStringLiteral("AMERICANO"), 2, 4500)});
        QCOMPARE(given->savingMinor, 4500);
        QCOMPARE(given->lineSavings, (QList<qint64>{0, 4500}));
        const auto missing = m_evaluation.evaluate(voucher, {line(QStringLiteral("BAGEL"), 1, 3500)});
        QCOMPARE(missing->refusalCode, QStringLiteral("free_item_missing"));
        QVERIFY(missing->refusal.contains(QLatin1String("AMERICANO")));
    }

    void minimumSpend_saysHowMuchIsMissing()
    {
        CouponRule over30k = rule(CouponRule::Kind::Amount, 5000);
        over30k.minimumSpendMinor = 30000;
        const auto short4500 = m_evaluation.evaluate(over30k, {line(QStringLiteral("A"), 1, 25500)});
        QCOMPARE(short4500->refusalCode, QStringLiteral("minimum_spend_not_reached"));
        QCOMPARE(short4500->refusal, QStringLiteral("Minimum spend ₩30,000 not reached: ₩4,500 more"));
        QCOMPARE(short4500->savingMinor, 0);
        QVERIFY(m_evaluation.evaluate(over30k, {line(QStringLiteral("A"), 2, 15000)})->applies());
    }

    void scope_refusesABasketItDoesNotCover()
    {
        CouponRule shoes = rule(CouponRule::Kind::Percent, 10);
        shoes.scope.skus = {QStringLiteral("S1")};
        const auto verdict = m_evaluation.evaluate(shoes, {line(QStringLiteral("T1"), 1, 9000)});
        QCOMPARE(verdict->refusalCode, QStringLiteral("out_of_scope"));
    }

    void stackingGroup_excludesASecondCouponOfTheGroup()
    {
        CouponRule weekly = rule(CouponRule::Kind::Percent, 10);
        weekly.stackingGroup = QStringLiteral("weekly");
        const QList<CouponBasketLine> basket{line(QStringLiteral("A"), 1, 10000)};
        QCOMPARE(m_evaluation.evaluate(weekly, basket, {QStringLiteral("weekly")})->refusalCode,
                 QStringLiteral("stacking_conflict"));
        QVERIFY(m_evaluation.evaluate(weekly, basket, {QStringLiteral("birthday")})->applies());
        weekly.stackingGroup.clear();
        QVERIFY(m_evaluation.evaluate(weekly, basket, {QStringLiteral("weekly")})->applies());
    }

    void currency_mustBeTheSale()
    {
        CouponRule dollars = rule(CouponRule::Kind::Amount, 500);
        dollars.currency = QStringLiteral("USD");
        QCOMPARE(m_evaluation.evaluate(dollars, {line(QStringLiteral("A"), 1, 10000)})->refusalCode,
                 QStringLiteral("currency_mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestCouponRule)
#include "tst_couponrule.moc"
