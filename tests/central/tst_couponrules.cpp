#include "CentralHarness.h"
#include "CouponCampaigns.h"
#include "CustomerRepository.h"
#include "Money.h"

#include <QTest>

using omnitill::CouponRule;
using namespace omnitill::central;

namespace {
QJsonObject line(const QString &sku, double quantity, qint64 unitPrice,
                 const QString &category = QStringLiteral("misc"))
{
    return {{QLatin1String("sku"), sku},
            {QLatin1String("category"), category},
            {QLatin1String("quantity"), quantity},
            {QLatin1String("unitPrice"), unitPrice}};
}

QJsonObject basket(const QJsonArray &lines, const QJsonArray &appliedGroups = {})
{
    return {{QLatin1String("currency"), QStringLiteral("KRW")},
            {QLatin1String("lines"), lines},
            {QLatin1String("appliedGroups"), appliedGroups}};
}

QString won(qint64 minor)
{
    return omnitill::Money(minor, omnitill::Currency::fromCode(QStringLiteral("KRW")).value()).format(QLocale());
}
} // namespace

// A coupon's rule checked against a till's basket over HTTP: the saving spread over the lines, or the
// refusal with its code and a sentence with the amounts; and coupons issued under a campaign.
class TestCouponRules : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    ApiReply check(const QString &code, const QJsonObject &body)
    {
        return m_harness->client.post(QStringLiteral("/v1/coupons/%1/validate").arg(code), body);
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
    }
    void cleanup() { m_harness.reset(); }

    void percentOnACategory_savesOnItsLinesOnly()
    {
        CouponRule shoes = CentralHarness::couponRule(CouponRule::Kind::Percent, 10);
        shoes.scope.categories = {QStringLiteral("shoes")};
        const QString code = m_harness->issueCoupon(shoes);
        const ApiReply reply = check(code, basket({line(QStringLiteral("SNEAKER"), 1, 89000, QStringLiteral("shoes")),
                                                   line(QStringLiteral("SOCKS"), 3, 3000, QStringLiteral("socks"))}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QLatin1String("usable")).toBool());
        QCOMPARE(reply.json.value(QLatin1String("saving")).toInteger(), 8900);
        QCOMPARE(reply.json.value(QLatin1String("lineSavings")).toArray(), (QJsonArray{8900, 0}));
        const ApiReply noShoes = check(code, basket({line(QStringLiteral("SOCKS"), 3, 3000, QStringLiteral("socks"))}));
        QCOMPARE(noShoes.json.value(QLatin1String("reasonCode")).toString(), QStringLiteral("out_of_scope"));
    }

    void minimumSpend_refusalSaysHowMuchIsMissing()
    {
        CouponRule over30k = CentralHarness::couponRule(CouponRule::Kind::Amount, 5000);
        over30k.minimumSpendMinor = 30000;
        const QString code = m_harness->issueCoupon(over30k);
        const ApiReply refused = check(code, basket({line(QStringLiteral("A"), 3, 8500)}));
        QCOMPARE(refused.status, 200);
        QVERIFY(!refused.json.value(QLatin1String("usable")).toBool());
        QCOMPARE(refused.json.value(QLatin1String("reasonCode")).toString(),
                 QStringLiteral("minimum_spend_not_reached"));
        const QString reason = refused.json.value(QLatin1String("reason")).toString();
        QVERIFY2(reason.contains(won(30000)) && reason.contains(won(4500)), qPrintable(reason));
        QCOMPARE(
            check(code, basket({line(QStringLiteral("A"), 4, 8500)})).json.value(QLatin1String("saving")).toInteger(),
            5000);
    }

    void buyGetAndFreeItem_giveWhatTheRuleSays()
    {
        CouponRule onePlusOne = CentralHarness::couponRule(CouponRule::Kind::BuyGet, 100);
        onePlusOne.buyQuantity = 1;
        onePlusOne.getQuantity = 1;
        onePlusOne.scope.skus = {QStringLiteral("MILK")};
        const QString bundle = m_harness->issueCoupon(onePlusOne);
        QCOMPARE(check(bundle, basket({line(QStringLiteral("MILK"), 2, 2800)}))
                     .json.value(QLatin1String("saving"))
                     .toInteger(),
                 2800);
        QCOMPARE(check(bundle, basket({line(QStringLiteral("MILK"), 1, 2800)}))
                     .json.value(QLatin1String("reasonCode"))
                     .toString(),
                 QStringLiteral("buy_get_not_reached"));

        CouponRule gift = CentralHarness::couponRule(CouponRule::Kind::FreeItem, 1, {});
        gift.freeSku = QStringLiteral("AMERICANO");
        const QString voucher = m_harness->issueCoupon(gift);
        const ApiReply given = check(voucher, basket({line(QStringLiteral("AMERICANO"), 1, 4500)}));
        QCOMPARE(given.json.value(QLatin1String("saving")).toInteger(), 4500);
        QCOMPARE(check(voucher, basket({line(QStringLiteral("LATTE"), 1, 5000)}))
                     .json.value(QLatin1String("reasonCode"))
                     .toString(),
                 QStringLiteral("free_item_missing"));
    }

    void stackingGroup_refusesASecondCouponOfTheGroup()
    {
        CouponRule weekly = CentralHarness::couponRule(CouponRule::Kind::Percent, 5);
        weekly.stackingGroup = QStringLiteral("weekly");
        const QString code = m_harness->issueCoupon(weekly);
        const QJsonArray lines{line(QStringLiteral("A"), 1, 10000)};
        QCOMPARE(
            check(code, basket(lines, {QStringLiteral("weekly")})).json.value(QLatin1String("reasonCode")).toString(),
            QStringLiteral("stacking_conflict"));
        QVERIFY(check(code, basket(lines, {QStringLiteral("birthday")})).json.value(QLatin1String("usable")).toBool());
    }

    void boundCustomerAndWindow_areCheckedBeforeTheBasket()
    {
        const Customer customer = CustomerRepository(*m_harness->database.pool)
                                      .create({QStringLiteral("Han"), {}, {}, QStringLiteral("basic")})
                                      .value();
        const QString bound =
            m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10), customer.id);
        QJsonObject body = basket({line(QStringLiteral("A"), 1, 10000)});
        QCOMPARE(check(bound, body).json.value(QLatin1String("reasonCode")).toString(),
                 QStringLiteral("coupon_other_customer"));
        body.insert(QLatin1String("customer"), customer.id);
        QVERIFY(check(bound, body).json.value(QLatin1String("usable")).toBool());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString later =
            CouponLedger(*m_harness->database.pool)
                .issue(
                    {CentralHarness::couponRule(CouponRule::Kind::Percent, 10), {}, now.addDays(1), now.addDays(2), {}})
                .value()
                .code;
        QCOMPARE(check(later, body).json.value(QLatin1String("reasonCode")).toString(),
                 QStringLiteral("coupon_not_yet_valid"));
        QCOMPARE(check(QStringLiteral("AAAA-AAAA-AAAA"), body).status, 404);
    }

    void badBasket_is400WithAJsonError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("malformed") << QByteArray("{\"currency\": ");
        QTest::newRow("no currency") << QByteArray(R"({"lines": []})");
        QTest::newRow("unknown currency") << QByteArray(R"({"currency": "XYZ", "lines": []})");
        QTest::newRow("lines not a list") << QByteArray(R"({"currency": "KRW", "lines": {}})");
        QTest::newRow("line without sku")
            << QByteArray(R"({"currency": "KRW", "lines": [{"quantity": 1, "unitPrice": 5}]})");
        QTest::newRow("zero quantity") << QByteArray(
            R"({"currency": "KRW", "lines": [{"sku": "A", "quantity": 0, "unitPrice": 5}]})");
        QTest::newRow("fractional price")
            << QByteArray(R"({"currency": "KRW", "lines": [{"sku": "A", "quantity": 1, "unitPrice": 5.5}]})");
        QTest::newRow("groups not strings") << QByteArray(R"({"currency": "KRW", "lines": [], "appliedGroups": [1]})");
    }
    void badBasket_is400WithAJsonError()
    {
        QFETCH(QByteArray, body);
        const QString code = m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10));
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/coupons/%1/validate").arg(code), body);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.errorCode().isEmpty());
    }

    void withoutCredential_is401()
    {
        const QString code = m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10));
        ApiClient stranger(m_harness->base());
        QCOMPARE(stranger.post(QStringLiteral("/v1/coupons/%1/validate").arg(code), basket({})).status, 401);
        stranger.setCredential(QStringLiteral("nobody.secret"));
        QCOMPARE(stranger.post(QStringLiteral("/v1/coupons/%1/validate").arg(code), basket({})).status, 401);
    }

    void campaign_issuesCouponsWithItsRuleAndWindow()
    {
        CouponRule rule = CentralHarness::couponRule(CouponRule::Kind::Amount, 3000);
        rule.stackingGroup = QStringLiteral("spring");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CouponCampaigns campaigns(*m_harness->database.pool);
        const CouponCampaign campaign =
            campaigns.create(QStringLiteral("Spring"), rule, now.addSecs(-10), now.addDays(7)).value();
        const Coupon first = campaigns.issue(campaign.id, {}).value();
        const Coupon second = campaigns.issue(campaign.id, {}).value();
        QVERIFY(first.code != second.code);
        const ApiReply found = m_harness->client.get(QStringLiteral("/v1/coupons/") + second.code);
        const QJsonObject coupon = found.json.value(QLatin1String("coupon")).toObject();
        QCOMPARE(coupon.value(QLatin1String("campaign")).toString(), campaign.id);
        QCOMPARE(coupon.value(QLatin1String("rule")).toObject(), rule.toJson());
        QCOMPARE(coupon.value(QLatin1String("validUntil")).toString(),
                 campaign.validUntil.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(campaigns.issue(QStringLiteral("no-such-campaign"), {}).error().code,
                 QStringLiteral("unknown_campaign"));
        CouponRule nothing = rule;
        nothing.value = 0;
        QCOMPARE(campaigns.create(QStringLiteral("Empty"), nothing, now, now.addDays(1)).error().code,
                 QStringLiteral("invalid_rule"));
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_campaigns")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCouponRules)
#include "tst_couponrules.moc"
