#include "CentralHarness.h"
#include "ConcurrentRequests.h"

#include <QTest>

using omnitill::CouponRule;
using namespace omnitill::central;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject offline(const QString &code, const QString &id = uuid(), const QString &sale = uuid())
{
    return {{QLatin1String("id"), id},
            {QLatin1String("coupon"), code},
            {QLatin1String("sale"), sale},
            {QLatin1String("redeemedAt"), QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs)}};
}

QJsonObject report(const QJsonArray &redemptions)
{
    return {{QLatin1String("redemptions"), redemptions}};
}
} // namespace

// Redemptions tills made offline, reported later: accepted into the reconciliation list, idempotent by
// redemption id, and a double use (online or offline first) flagged with both receipts, never dropped.
class TestCouponReconciliation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;
    std::unique_ptr<ApiClient> m_busan; // a till of another store

    QString issue() { return m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10, {})); }

    QJsonObject reportOne(ApiClient &till, const QJsonObject &redemption)
    {
        const ApiReply reply = till.post(QStringLiteral("/v1/offline-redemptions"), report({redemption}));
        if (reply.status != 200)
            qWarning() << reply.body;
        return reply.json.value(QLatin1String("results")).toArray().first().toObject();
    }

    qint64 count(const char *table)
    {
        return m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll(QStringLiteral("KR-SEOUL-01")));
        m_busan = std::make_unique<ApiClient>(m_harness->base());
        m_busan->setCredential(m_harness->enroll(QStringLiteral("KR-BUSAN-02")));
    }
    void cleanup()
    {
        m_busan.reset();
        m_harness.reset();
    }

    void offlineRedemption_isAcceptedOnceAndTakesTheCoupon()
    {
        const QString code = issue();
        const QJsonObject redemption = offline(code.toLower());
        const QJsonObject accepted = reportOne(*m_busan, redemption);
        QCOMPARE(accepted.value(QLatin1String("outcome")).toString(), QStringLiteral("accepted"));
        QCOMPARE(accepted.value(QLatin1String("coupon")).toString(), code);
        QCOMPARE(accepted.value(QLatin1String("reported")).toObject().value(QLatin1String("store")).toString(),
                 QStringLiteral("KR-BUSAN-02"));
        QCOMPARE(reportOne(*m_busan, redemption), accepted);
        QCOMPARE(count("offline_redemptions"), 1);

        const ApiReply online = m_harness->client.post(QStringLiteral("/v1/coupons/%1/redeem").arg(code),
                                                       QJsonObject{{QLatin1String("sale"), uuid()}});
        QCOMPARE(online.status, 409);
        QCOMPARE(online.errorCode(), QStringLiteral("coupon_redeemed"));
        QCOMPARE(count("coupon_redemptions"), 1);
    }

    void doubleUse_afterAnOnlineRedemption_isFlaggedWithBothReceipts()
    {
        const QString code = issue();
        const QString onlineSale = uuid();
        QCOMPARE(m_harness->client
                     .post(QStringLiteral("/v1/coupons/%1/redeem").arg(code),
                           QJsonObject{{QLatin1String("sale"), onlineSale}})
                     .status,
                 200);
        const QString offlineSale = uuid();
        const QJsonObject flagged = reportOne(*m_busan, offline(code, uuid(), offlineSale));
        QCOMPARE(flagged.value(QLatin1String("outcome")).toString(), QStringLiteral("double_use"));

        const ApiReply list = m_harness->client.get(QStringLiteral("/v1/offline-redemptions?outcome=double_use"));
        QCOMPARE(list.status, 200);
        const QJsonArray entries = list.json.value(QLatin1String("redemptions")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject reported = entries[0].toObject().value(QLatin1String("reported")).toObject();
        const QJsonObject first = entries[0].toObject().value(QLatin1String("first")).toObject();
        QCOMPARE(reported.value(QLatin1String("sale")).toString(), offlineSale);
        QCOMPARE(reported.value(QLatin1String("store")).toString(), QStringLiteral("KR-BUSAN-02"));
        QCOMPARE(first.value(QLatin1String("sale")).toString(), onlineSale);
        QCOMPARE(first.value(QLatin1String("store")).toString(), QStringLiteral("KR-SEOUL-01"));
        QVERIFY(reported.value(QLatin1String("terminal")).toString() !=
                first.value(QLatin1String("terminal")).toString());
        QVERIFY(!first.value(QLatin1String("at")).toString().isEmpty());
    }

    void twoTillsOffline_theSecondReportIsADoubleUse()
    {
        const QString code = issue();
        QCOMPARE(reportOne(m_harness->client, offline(code)).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(reportOne(*m_busan, offline(code)).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("double_use"));
        const ApiReply all = m_harness->client.get(QStringLiteral("/v1/offline-redemptions"));
        QCOMPARE(all.json.value(QLatin1String("redemptions")).toArray().size(), 2);
        QCOMPARE(count("coupon_redemptions"), 1);
    }

    void sameSaleOnlineAndOffline_isOneUse()
    {
        const QString code = issue();
        const QString sale = uuid();
        QCOMPARE(
            m_harness->client
                .post(QStringLiteral("/v1/coupons/%1/redeem").arg(code), QJsonObject{{QLatin1String("sale"), sale}})
                .status,
            200);
        QCOMPARE(reportOne(m_harness->client, offline(code, uuid(), sale)).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("accepted"));
    }

    void twentyTillsReportingAtOnce_exactlyOneIsAccepted()
    {
        const QString code = issue();
        SecondInstance other(m_harness->database.settings());
        constexpr int tills = 20;
        const QList<int> statuses = postConcurrently(
            {m_harness->port, other.port}, QStringLiteral("/v1/offline-redemptions"),
            m_harness->enroll(QStringLiteral("KR-DAEGU-03")), tills, [&code](int) { return report({offline(code)}); });
        QCOMPARE(statuses.count(200), tills);
        const auto outcomes = [this](const char *outcome) {
            return m_harness->database
                .scalar(QStringLiteral("SELECT COUNT(*) FROM offline_redemptions WHERE outcome = '%1'")
                            .arg(QLatin1String(outcome)))
                .toInt();
        };
        QCOMPARE(outcomes("accepted"), 1);
        QCOMPARE(outcomes("double_use"), tills - 1);
        QCOMPARE(count("coupon_redemptions"), 1);
    }

    void unknownCoupon_isAnsweredForThatReportAlone()
    {
        const QString code = issue();
        const ApiReply reply = m_busan->post(QStringLiteral("/v1/offline-redemptions"),
                                             report({offline(QStringLiteral("AAAA-AAAA-AAAA")), offline(code)}));
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
        QCOMPARE(results[0].toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("unknown_coupon"));
        QCOMPARE(results[1].toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("accepted"));
    }

    void badReport_is400AndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QString code = QStringLiteral("AAAA-AAAA-AAAA");
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject bad = offline(code);
            bad.insert(QLatin1String(key), value);
            return QJsonDocument(report({offline(code), bad})).toJson();
        };
        QTest::newRow("malformed") << QByteArray("{\"redemptions\": [");
        QTest::newRow("not a list") << QByteArray(R"({"redemptions": {}})");
        QTest::newRow("empty") << QByteArray(R"({"redemptions": []})");
        QTest::newRow("id not a uuid") << with("id", QStringLiteral("7"));
        QTest::newRow("sale missing") << with("sale", QJsonValue());
        QTest::newRow("time without offset") << with("redeemedAt", QStringLiteral("2026-01-01T10:00:00"));
        QTest::newRow("coupon a number") << with("coupon", 5);
    }
    void badReport_is400AndWritesNothing()
    {
        QFETCH(QByteArray, body);
        issue();
        const ApiReply reply = m_busan->post(QStringLiteral("/v1/offline-redemptions"), body);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.errorCode().isEmpty());
        QCOMPARE(count("offline_redemptions"), 0);
        QCOMPARE(count("coupon_redemptions"), 0);
    }

    void withoutCredential_is401()
    {
        ApiClient stranger(m_harness->base());
        QCOMPARE(stranger.post(QStringLiteral("/v1/offline-redemptions"), report({offline(issue())})).status, 401);
        QCOMPARE(stranger.get(QStringLiteral("/v1/offline-redemptions")).status, 401);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/offline-redemptions?outcome=maybe")).status, 400);
        QCOMPARE(count("offline_redemptions"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCouponReconciliation)
#include "tst_couponreconciliation.moc"
