#include "CentralHarness.h"
#include "CustomerRepository.h"
#include "SigningKeyStore.h"
#include "Transaction.h"

#include <QTest>
#include <future>

using namespace omnitill::central;

// Customer lookup by loyalty number, phone or app token; the points ledger; visits.
class TestCustomers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;
    Customer m_customer;

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
        m_customer = CustomerRepository(*m_harness->database.pool)
                         .create({QStringLiteral("Lee Seoyeon"), QStringLiteral("+82 10-9876-5432"),
                                  QStringLiteral("800012345678"), QStringLiteral("silver")})
                         .value();
    }
    void cleanup() { m_harness.reset(); }

    void lookupByLoyaltyNumber_findsCustomer()
    {
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/customers?loyalty=800012345678"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("id")).toString(), m_customer.id);
        QCOMPARE(reply.json.value(QLatin1String("tier")).toString(), QStringLiteral("silver"));
        QCOMPARE(reply.json.value(QLatin1String("points")).toInt(), 0);
    }

    void lookupByPhone_ignoresHowTheNumberIsWritten()
    {
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/customers?phone=821098765432"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("name")).toString(), QStringLiteral("Lee Seoyeon"));
    }

    void lookupOfUnknown_answers404()
    {
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/customers?loyalty=1"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("unknown_customer"));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/customers/no-such-id")).status, 404);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/customers/no-such-id/points")).status, 404);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/customers/no-such-id/visits"), QByteArray()).status, 404);
    }

    void lookupWithoutCriterion_answers400()
    {
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/customers")).status, 400);
    }

    void lookupByAppToken_verifiesSignature()
    {
        const QString token = SigningKeyStore(*m_harness->database.pool)
                                  .customerToken(m_customer.id, m_customer.tier, QDateTime::currentDateTimeUtc())
                                  .value();
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/customers?token=") +
                                                     QString::fromLatin1(QUrl::toPercentEncoding(token)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("id")).toString(), m_customer.id);

        QString forged = token;
        forged[forged.size() - 3] = forged[forged.size() - 3] == u'A' ? u'B' : u'A';
        const ApiReply refused = m_harness->client.get(QStringLiteral("/v1/customers?token=") +
                                                       QString::fromLatin1(QUrl::toPercentEncoding(forged)));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_token"));
    }

    void duplicateLoyaltyNumber_isRefusedByConstraint()
    {
        auto duplicate =
            CustomerRepository(*m_harness->database.pool)
                .create({QStringLiteral("Other"), {}, QStringLiteral("800012345678"), QStringLiteral("basic")});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, ApiError::Kind::Conflict);
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 1);
    }

    void pointsBalance_isSumOfLedger()
    {
        CustomerRepository customers(*m_harness->database.pool);
        QVERIFY(customers.adjustPoints(m_customer.id, 500, QStringLiteral("welcome")).ok());
        QJsonObject sale = CentralHarness::saleRecord(12'300, 1);
        sale.insert(QLatin1String("customer"), m_customer.id);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/sales"), CentralHarness::batch({sale})).status, 200);
        QVERIFY(customers.adjustPoints(m_customer.id, -23, QStringLiteral("correction")).ok());

        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/customers/%1/points").arg(m_customer.id));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("balance")).toInt(), 500 + 123 - 23);
        const QJsonArray ledger = reply.json.value(QLatin1String("ledger")).toArray();
        QCOMPARE(ledger.size(), 3);
        QCOMPARE(ledger[1].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("earn"));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/customers/%1").arg(m_customer.id))
                     .json.value(QLatin1String("points"))
                     .toInt(),
                 600);
    }

    void redeemPoints_spendsOncePerSaleAndNeverOverdraws()
    {
        QVERIFY(CustomerRepository(*m_harness->database.pool)
                    .adjustPoints(m_customer.id, 300, QStringLiteral("gift"))
                    .ok());
        const QString path = QStringLiteral("/v1/customers/%1/points/redeem").arg(m_customer.id);
        const QJsonObject body{{QLatin1String("points"), 200},
                               {QLatin1String("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        const ApiReply first = m_harness->client.post(path, body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("balance")).toInt(), 100);
        QCOMPARE(m_harness->client.post(path, body).json.value(QLatin1String("balance")).toInt(), 100);
        const ApiReply tooMuch = m_harness->client.post(
            path, QJsonObject{{QLatin1String("points"), 101}, {QLatin1String("sale"), QUuid::createUuid().toString()}});
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(tooMuch.errorCode(), QStringLiteral("insufficient_points"));
        QCOMPARE(m_harness->client
                     .post(path, QJsonObject{{QLatin1String("points"), -5},
                                             {QLatin1String("sale"), QUuid::createUuid().toString()}})
                     .status,
                 400);
        QCOMPARE(m_harness->client.post(path, QJsonObject{{QLatin1String("points"), 5}}).status, 400);
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM points_ledger WHERE kind = 'redeem'"))
                     .toInt(),
                 1);
    }

    void redeemPointsOffline_beyondTheBalance_takesWhatIsLeft_recordsTheShortfall_answersTheSameOnResend()
    {
        QVERIFY(CustomerRepository(*m_harness->database.pool)
                    .adjustPoints(m_customer.id, 300, QStringLiteral("gift"))
                    .ok());
        const QString path = QStringLiteral("/v1/customers/%1/points/redeem").arg(m_customer.id);
        const QString tender = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body{{QLatin1String("points"), 500},
                               {QLatin1String("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QLatin1String("tender"), tender},
                               {QLatin1String("offline"), true}};
        for (int send = 0; send < 2; ++send) { // sent twice: applied once, the same answer
            const ApiReply reply = m_harness->client.post(path, body);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(QLatin1String("balance")).toInteger(), 0);
            QCOMPARE(reply.json.value(QLatin1String("short")).toInteger(), 200);
        }
        QCOMPARE(m_harness->database
                     .scalar(QStringLiteral("SELECT points FROM points_ledger WHERE kind = 'redeem' AND sale_id = '%1'")
                                 .arg(tender))
                     .toInt(),
                 -300);
        QCOMPARE(
            m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'points.short'"))
                .toInt(),
            1);
        QCOMPARE(m_harness->client
                     .post(path, QJsonObject{{QLatin1String("points"), 5},
                                             {QLatin1String("sale"), QUuid::createUuid().toString()},
                                             {QLatin1String("offline"), QStringLiteral("yes")}})
                     .status,
                 400);
    }

    void redeemPoints_waitsForRedemptionInProgressElsewhere()
    {
        QVERIFY(CustomerRepository(*m_harness->database.pool)
                    .adjustPoints(m_customer.id, 100, QStringLiteral("gift"))
                    .ok());
        // Another instance is halfway through redeeming all 100 points: the customer locked, its row written,
        // not yet committed.
        ConnectionPool otherInstance(m_harness->database.settings());
        auto begun = Transaction::begin(otherInstance);
        QVERIFY(begun.ok());
        Transaction inProgress = std::move(begun).value();
        if (inProgress.dialect() == Dialect::Postgres)
            QVERIFY(
                inProgress
                    .run(QStringLiteral("SELECT 1 FROM customers WHERE customer_id = ? FOR UPDATE"), {m_customer.id})
                    .ok());
        QVERIFY(inProgress
                    .run(QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, sale_id, at) VALUES "
                                        "(?, 'redeem', -100, ?, '2024-01-01T00:00:00Z')"),
                         {m_customer.id, QUuid::createUuid().toString(QUuid::WithoutBraces)})
                    .ok());

        auto redemption = std::async(std::launch::async, [&] {
            return CustomerRepository(*m_harness->database.pool)
                .redeemPoints(m_customer.id, 100, QUuid::createUuid().toString(QUuid::WithoutBraces),
                              QStringLiteral("T2"));
        });
        QCOMPARE(redemption.wait_for(std::chrono::milliseconds(500)), std::future_status::timeout);
        QVERIFY(inProgress.commit().ok());
        const auto outcome = redemption.get();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("insufficient_points"));
    }

    void redeemPointsRacing_neverGoesBelowZero()
    {
        // Enough for one redemption: every till that sums the balance at the same moment sees enough.
        QVERIFY(CustomerRepository(*m_harness->database.pool)
                    .adjustPoints(m_customer.id, 100, QStringLiteral("gift"))
                    .ok());
        ConnectionPool otherPool(m_harness->database.settings());
        CentralServer other(otherPool);
        const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0).value();
        const QByteArray credential = "Bearer " + m_harness->enroll().toLatin1();
        constexpr int clients = 20;
        std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < clients; ++i) {
            networks.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/customers/%2/points/redeem")
                                             .arg(i % 2 ? otherPort : m_harness->port)
                                             .arg(m_customer.id)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", credential);
            const QJsonObject body{{QLatin1String("points"), 100},
                                   {QLatin1String("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
            replies.append(networks.back()->post(request, QJsonDocument(body).toJson()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        int succeeded = 0;
        for (QNetworkReply *reply : std::as_const(replies))
            succeeded += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        QCOMPARE(succeeded, 1);
        QCOMPARE(CustomerRepository(*m_harness->database.pool).byId(m_customer.id)->points, 0);
    }

    void visitWithoutPurchase_isCounted()
    {
        const ApiReply reply =
            m_harness->client.post(QStringLiteral("/v1/customers/%1/visits").arg(m_customer.id), QByteArray());
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QLatin1String("visits")).toInt(), 1);
        QVERIFY(reply.json.contains(QLatin1String("lastVisit")));
    }

    void ledgerConstraint_refusesEarnWithNegativePoints()
    {
        QSqlQuery query(m_harness->database.pool->connection().value());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, at) VALUES ('%1', "
                                           "'earn', -5, '2024-01-01T00:00:00Z')")
                                .arg(m_customer.id)));
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
