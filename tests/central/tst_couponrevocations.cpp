#include "CentralHarness.h"
#include "CouponLedger.h"
#include "CouponRevocations.h"
#include "CustomerRepository.h"

#include <QTest>

using namespace omnitill;
using namespace omnitill::central;

// Withdrawn coupons (GET /v1/coupon-revocations, admin revoke-coupon): a coupon is withdrawn once, the tills
// page through the list by sequence, and the ledger refuses a withdrawn coupon; and the store's regulars
// (GET /v1/regular-customers) that a till keeps for offline lookups.
class TestCouponRevocations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    QString issue() { return m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10)); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
    }
    void cleanup() { m_harness.reset(); }

    void revocations_comeInSequence_pageByPage()
    {
        CouponRevocations revocations(*m_harness->database.pool);
        QStringList codes;
        for (int i = 0; i < 3; ++i) {
            codes.append(issue());
            QCOMPARE(revocations.revoke(codes.last(), QStringLiteral("campaign stopped"), QStringLiteral("test"))
                         .value()
                         .sequence,
                     i + 1);
        }
        const ApiReply first = m_harness->client.get(QStringLiteral("/v1/coupon-revocations?after=0&limit=2"));
        QCOMPARE(first.status, 200);
        const QJsonArray page = first.json.value(QLatin1String("revocations")).toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).toObject().value(QLatin1String("code")).toString(), codes.at(0));
        QCOMPARE(page.at(1).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("campaign stopped"));
        QVERIFY(first.json.value(QLatin1String("more")).toBool());
        QCOMPARE(first.json.value(QLatin1String("last")).toInteger(), 2);
        const ApiReply rest = m_harness->client.get(QStringLiteral("/v1/coupon-revocations?after=2&limit=2"));
        QCOMPARE(rest.json.value(QLatin1String("revocations")).toArray().size(), 1);
        QVERIFY(!rest.json.value(QLatin1String("more")).toBool());
        const ApiReply none = m_harness->client.get(QStringLiteral("/v1/coupon-revocations?after=3"));
        QCOMPARE(none.json.value(QLatin1String("last")).toInteger(), 3);
        QVERIFY(none.json.value(QLatin1String("revocations")).toArray().isEmpty());
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/coupon-revocations?after=-1")).status, 400);
    }

    void aCouponIsWithdrawnOnce_andOnlyWithAReason()
    {
        CouponRevocations revocations(*m_harness->database.pool);
        const QString code = issue();
        QCOMPARE(revocations.revoke(code, QStringLiteral(" "), QStringLiteral("test")).error().kind,
                 ApiError::Kind::BadRequest);
        QVERIFY(revocations.revoke(code, QStringLiteral("leaked"), QStringLiteral("test")).ok());
        QCOMPARE(revocations.revoke(code, QStringLiteral("again"), QStringLiteral("test")).error().code,
                 QStringLiteral("coupon_revoked"));
        QCOMPARE(revocations.revoke(QStringLiteral("NOPE-NOPE-NOPE"), QStringLiteral("x"), QStringLiteral("test"))
                     .error()
                     .kind,
                 ApiError::Kind::NotFound);
    }

    void theLedger_refusesAWithdrawnCoupon()
    {
        const QString code = issue();
        QVERIFY(CouponRevocations(*m_harness->database.pool)
                    .revoke(code, QStringLiteral("leaked"), QStringLiteral("test"))
                    .ok());
        const ApiReply reserve =
            m_harness->client.post(QStringLiteral("/v1/coupons/%1/reserve").arg(code), QJsonObject{});
        QCOMPARE(reserve.status, 409);
        QCOMPARE(reserve.errorCode(), QStringLiteral("coupon_revoked"));
        const ApiReply found = m_harness->client.get(QStringLiteral("/v1/coupons/%1").arg(code));
        QVERIFY(!found.json.value(QLatin1String("usable")).toBool());
        QCOMPARE(found.json.value(QLatin1String("coupon")).toObject().value(QLatin1String("revoked")).toString(), QStringLiteral("leaked"));
    }

    void regulars_areTheStoresMostFrequent_mostRecentFirstAmongEquals()
    {
        CustomerRepository customers(*m_harness->database.pool);
        const auto make = [&](const QString &loyalty, const QString &store, int visits) {
            const Customer made =
                customers.create({QStringLiteral("Customer ") + loyalty, {}, loyalty, QStringLiteral("basic")}).value();
            for (int i = 0; i < visits; ++i)
                QVERIFY(customers.recordVisit(made.id, store, QStringLiteral("T1")).ok());
        };
        make(QStringLiteral("800000000001"), QStringLiteral("KR-SEOUL-01"), 1);
        make(QStringLiteral("800000000002"), QStringLiteral("KR-SEOUL-01"), 3);
        make(QStringLiteral("800000000003"), QStringLiteral("KR-BUSAN-01"), 5); // another store's
        QTest::qWait(5); // its one visit the latest, to the millisecond
        make(QStringLiteral("800000000004"), QStringLiteral("KR-SEOUL-01"), 1);
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/regular-customers?limit=2"));
        QCOMPARE(reply.status, 200);
        const QJsonArray regulars = reply.json.value(QLatin1String("customers")).toArray();
        QCOMPARE(regulars.size(), 2);
        QCOMPARE(regulars.at(0).toObject().value(QLatin1String("loyaltyNumber")).toString(),
                 QStringLiteral("800000000002"));
        QCOMPARE(regulars.at(1).toObject().value(QLatin1String("loyaltyNumber")).toString(),
                 QStringLiteral("800000000004"));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/regular-customers?limit=0")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestCouponRevocations)
#include "tst_couponrevocations.moc"
