#include "CentralHarness.h"
#include "ConcurrentRequests.h"
#include "CouponLedger.h"
#include "CustomerRepository.h"

#include <QTest>

using omnitill::CouponRule;
using namespace omnitill::central;

// Coupons through the API: validate, reserve with a lease, redeem, release; and single use when many tills
// race for one coupon on two server instances.
class TestCoupons : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    QString issue(const QString &customer = {}, qint64 validSeconds = 3600)
    {
        return m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10, {}), customer,
                                      validSeconds);
    }

    static QJsonObject redemption(const QString &reservation = {})
    {
        QJsonObject body{{QLatin1String("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        if (!reservation.isEmpty())
            body.insert(QLatin1String("reservation"), reservation);
        return body;
    }

    qint64 redemptions()
    {
        return m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
    }
    void cleanup() { m_harness.reset(); }

    void validate_saysWhetherUsableAndWhy()
    {
        const QString code = issue();
        const ApiReply usable = m_harness->client.get(QStringLiteral("/v1/coupons/") + code.toLower());
        QCOMPARE(usable.status, 200);
        QVERIFY(usable.json.value(QLatin1String("usable")).toBool());
        QCOMPARE(usable.json.value(QLatin1String("coupon")).toObject().value(QLatin1String("value")).toInt(), 10);

        const Customer customer = CustomerRepository(*m_harness->database.pool)
                                      .create({QStringLiteral("Han"), {}, {}, QStringLiteral("basic")})
                                      .value();
        const QString bound = issue(customer.id);
        const ApiReply other = m_harness->client.get(QStringLiteral("/v1/coupons/%1?customer=someone").arg(bound));
        QVERIFY(!other.json.value(QLatin1String("usable")).toBool());
        QCOMPARE(other.json.value(QLatin1String("reasonCode")).toString(), QStringLiteral("coupon_other_customer"));
        QVERIFY(m_harness->client.get(QStringLiteral("/v1/coupons/%1?customer=%2").arg(bound, customer.id))
                    .json.value(QLatin1String("usable"))
                    .toBool());
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/coupons/AAAA-AAAA-AAAA")).status, 404);
    }

    void expiredCoupon_cannotBeRedeemed()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString code = CouponLedger(*m_harness->database.pool)
                                 .issue({CentralHarness::couponRule(CouponRule::Kind::Amount, 5000),
                                         {},
                                         now.addDays(-2),
                                         now.addDays(-1),
                                         {}})
                                 .value()
                                 .code;
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), redemption());
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("coupon_expired"));
        QCOMPARE(redemptions(), 0);
    }

    void redeem_isSingleUseAndIdempotentPerSale()
    {
        const QString code = issue();
        const QJsonObject body = redemption();
        const ApiReply first = m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("state")).toString(), QStringLiteral("redeemed"));
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), body).json, first.json);
        const ApiReply other = m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), redemption());
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), QStringLiteral("coupon_redeemed"));
        QCOMPARE(redemptions(), 1);
    }

    void reservation_holdsCouponForItsSaleUntilReleased()
    {
        const QString code = issue();
        const ApiReply reserved =
            m_harness->client.post(QStringLiteral("/v1/coupons/%1/reserve").arg(code), QJsonObject{});
        QCOMPARE(reserved.status, 201);
        const QString reservation = reserved.json.value(QLatin1String("reservation")).toString();

        ApiClient otherTill(m_harness->base());
        otherTill.setCredential(m_harness->enroll());
        const ApiReply refused = otherTill.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), redemption());
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("coupon_reserved"));
        QCOMPARE(otherTill
                     .post(QStringLiteral("/v1/coupons/%1/release").arg(code),
                           QJsonObject{{QLatin1String("reservation"), reservation}})
                     .status,
                 409);

        QCOMPARE(m_harness->client
                     .post(QStringLiteral("/v1/coupons/%1/release").arg(code),
                           QJsonObject{{QLatin1String("reservation"), reservation}})
                     .status,
                 200);
        QCOMPARE(otherTill.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), redemption()).status, 200);
    }

    void reservation_letsItsOwnSaleRedeem()
    {
        const QString code = issue();
        const QString reservation =
            m_harness->client.post(QStringLiteral("/v1/coupons/%1/reserve").arg(code), QJsonObject{})
                .json.value(QLatin1String("reservation"))
                .toString();
        QCOMPARE(
            m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), redemption(reservation)).status,
            200);
    }

    void expiredLease_freesCoupon()
    {
        const QString code = issue();
        QCOMPARE(m_harness->client
                     .post(QStringLiteral("/v1/coupons/%1/reserve").arg(code),
                           QJsonObject{{QLatin1String("leaseSeconds"), 1}})
                     .status,
                 201);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), redemption()).status, 409);
        QTest::qWait(1200);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), redemption()).status, 200);
    }

    void badInput_answers400AndWritesNothing()
    {
        const QString code = issue();
        const QString path = QStringLiteral("/v1/coupons/%1/redeem").arg(code);
        QCOMPARE(m_harness->client.post(path, QByteArray("{")).errorCode(), QStringLiteral("malformed_json"));
        QCOMPARE(m_harness->client.post(path, QJsonObject{{QLatin1String("sale"), 5}}).status, 400);
        QCOMPARE(m_harness->client.post(path, QJsonObject{{QLatin1String("sale"), QStringLiteral("x")}}).status, 400);
        QCOMPARE(m_harness->client
                     .post(QStringLiteral("/v1/coupons/%1/reserve").arg(code),
                           QJsonObject{{QLatin1String("leaseSeconds"), QStringLiteral("1")}})
                     .status,
                 400);
        QCOMPARE(m_harness->client
                     .post(QStringLiteral("/v1/coupons/%1/reserve").arg(code),
                           QJsonObject{{QLatin1String("leaseSeconds"), 100000}})
                     .status,
                 400);
        QCOMPARE(redemptions(), 0);
        QCOMPARE(
            m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons WHERE state = 'issued'")).toInt(),
            1);
    }

    void fiftyTillsRacing_exactlyOneRedeems()
    {
        const QString code = issue();
        SecondInstance other(m_harness->database.settings());
        constexpr int clients = 50;
        const QList<int> statuses =
            postConcurrently({m_harness->port, other.port}, QStringLiteral("/v1/coupons/%1/redeem").arg(code),
                             m_harness->enroll(), clients, [](int) { return redemption(); });
        const auto succeeded = statuses.count(200);
        const auto refused = statuses.count(409);
        QCOMPARE(succeeded, 1);
        QCOMPARE(refused, clients - 1);
        QCOMPARE(redemptions(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCoupons)
#include "tst_coupons.moc"
