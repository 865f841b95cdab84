#include "CentralHarness.h"
#include "CustomerRepository.h"
#include "Transaction.h"

#include <QSqlError>
#include <QTest>

using namespace omnitill::central;

// POST /v1/sales: batches from the till's outbox, taken in exactly once by sale UUID.
class TestSaleIngest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    qint64 scalar(const QString &sql) { return m_harness->database.scalar(sql).toLongLong(); }
    static QJsonObject cashReceipt(const QString &masked)
    {
        return {{QLatin1String("purpose"), QLatin1String("incomeDeduction")},
                {QLatin1String("identifier"), QLatin1String("phone")},
                {QLatin1String("masked"), masked},
                {QLatin1String("amount"), 19900}};
    }
    ApiReply send(const QJsonArray &sales)
    {
        return m_harness->client.post(QStringLiteral("/v1/sales"), CentralHarness::batch(sales));
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
    }
    void cleanup() { m_harness.reset(); }

    void batch_acceptsEverySale()
    {
        QJsonArray sales;
        for (int i = 1; i <= 5; ++i)
            sales.append(CentralHarness::saleRecord(1000 * i, i));
        const ApiReply reply = send(sales);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("accepted")).toInt(), 5);
        QCOMPARE(reply.json.value(QLatin1String("results")).toArray().size(), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(total_minor) FROM sales")), 15000);
    }

    void resend_returnsOriginalResultAndStoresOnce()
    {
        const QJsonArray sales{CentralHarness::saleRecord(2500, 1), CentralHarness::saleRecord(700, 2)};
        const ApiReply first = send(sales);
        const ApiReply second = send(sales);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(QLatin1String("results")), first.json.value(QLatin1String("results")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 2);
    }

    void sameIdWithOtherContent_isConflictAndOriginalKept()
    {
        QJsonObject sale = CentralHarness::saleRecord(2500, 1);
        QCOMPARE(send({sale}).status, 200);
        sale.insert(QLatin1String("total"), 1);
        const ApiReply reply = send({sale});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("conflicts")).toInt(), 1);
        QCOMPARE(reply.json.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("conflict"));
        QCOMPARE(scalar(QStringLiteral("SELECT total_minor FROM sales")), 2500);
    }

    void malformedRecord_isRejectedWithoutBlockingOthers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("sale id not a UUID") << QStringLiteral("sale") << QJsonValue(QStringLiteral("not-a-uuid"));
        QTest::newRow("total a string") << QStringLiteral("total") << QJsonValue(QStringLiteral("100"));
        QTest::newRow("total a fraction") << QStringLiteral("total") << QJsonValue(10.5);
        QTest::newRow("unknown currency") << QStringLiteral("currency") << QJsonValue(QStringLiteral("XYZ"));
        QTest::newRow("lines not an array") << QStringLiteral("lines") << QJsonValue(3);
        QTest::newRow("no sequence") << QStringLiteral("sequence") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("bad time") << QStringLiteral("closedAt") << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("other store") << QStringLiteral("store") << QJsonValue(QStringLiteral("US-NYC-01"));
        QTest::newRow("cash receipt number whole")
            << QStringLiteral("cashReceipt") << QJsonValue(cashReceipt(QStringLiteral("010-1234-3852")));
        QTest::newRow("cash receipt not an object") << QStringLiteral("cashReceipt") << QJsonValue(true);
    }
    void malformedRecord_isRejectedWithoutBlockingOthers()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject bad = CentralHarness::saleRecord(500, 2);
        if (value.isUndefined())
            bad.remove(field);
        else
            bad.insert(field, value);
        const ApiReply reply = send({CentralHarness::saleRecord(100, 1), bad, QJsonValue(QStringLiteral("text")),
                                     CentralHarness::saleRecord(300, 3)});
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[1].toObject().value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!results[1].toObject().value(QLatin1String("reason")).toString().isEmpty());
        QCOMPARE(results[2].toObject().value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(reply.json.value(QLatin1String("accepted")).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 2);
    }

    void cashReceipt_maskedIsAcceptedAsSent()
    {
        QJsonObject sale = CentralHarness::saleRecord(19900, 1);
        sale.insert(QLatin1String("cashReceipt"), cashReceipt(QStringLiteral("010-****-3852")));
        const ApiReply reply = send({sale});
        QCOMPARE(reply.json.value(QLatin1String("accepted")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 1);
    }

    void malformedBody_answers400AndWritesNothing()
    {
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/sales"), QByteArray("{\"sales\": [")).status, 400);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/sales"), QJsonObject{{QLatin1String("sales"), 5}}).status,
                 400);
        QCOMPARE(
            m_harness->client.post(QStringLiteral("/v1/sales"), QJsonObject{{QLatin1String("sales"), QJsonArray()}})
                .status,
            400);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
    }

    void saleNamingCustomer_earnsPointsOnceAndCountsVisit()
    {
        const Customer customer =
            CustomerRepository(*m_harness->database.pool)
                .create({QStringLiteral("Kim Minji"), QStringLiteral("010-1234-5678"), {}, QStringLiteral("gold")})
                .value();
        QJsonObject sale = CentralHarness::saleRecord(45'000, 1);
        sale.insert(QLatin1String("customer"), customer.id);
        const ApiReply first = send({sale});
        QCOMPARE(first.json.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("pointsEarned"))
                     .toInt(),
                 450);
        QCOMPARE(send({sale}).json.value(QLatin1String("results")), first.json.value(QLatin1String("results")));
        const Customer after = CustomerRepository(*m_harness->database.pool).byId(customer.id).value();
        QCOMPARE(after.points, 450);
        QCOMPARE(after.visits, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM points_ledger")), 1);
    }

    void saleNamingUnknownCustomer_isAcceptedWithoutPoints()
    {
        QJsonObject sale = CentralHarness::saleRecord(10'000, 1);
        sale.insert(QLatin1String("customer"), QStringLiteral("nobody"));
        const QJsonObject result = send({sale}).json.value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(result.value(QLatin1String("pointsEarned")).toInt(), 0);
        QCOMPARE(result.value(QLatin1String("unknownCustomer")).toString(), QStringLiteral("nobody"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM points_ledger")), 0);
    }

    void database_refusesSecondRowWithSameSaleId()
    {
        QCOMPARE(send({CentralHarness::saleRecord(100, 1)}).status, 200);
        QSqlQuery query(m_harness->database.pool->connection().value());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO sales SELECT * FROM sales")));
        QVERIFY(isUniqueViolation(query.lastError()));
    }

    void checkViolationPastTheCode_isConflictNotServerError()
    {
        const QString customer = QStringLiteral("c1");
        QVERIFY(runQuery(*m_harness->database.pool,
                         QStringLiteral("INSERT INTO customers (customer_id, loyalty_number, name, tier, created_at) "
                                        "VALUES (?, 'L1', 'Kim', 'basic', ?)"),
                         {customer, sqlTime(QDateTime::currentDateTimeUtc())}));
        // An earn of negative points: the ledger's CHECK refuses it.
        const auto refused = runQuery(*m_harness->database.pool,
                                      QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, at) "
                                                     "VALUES (?, 'earn', -5, ?)"),
                                      {customer, sqlTime(QDateTime::currentDateTimeUtc())});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::Conflict);
        QCOMPARE(refused.error().code, QStringLiteral("constraint_violated"));
        QCOMPARE(refused.error().status(), QHttpServerResponse::StatusCode::Conflict);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM points_ledger")), 0);
    }

    void twoServersOnOneDatabase_behaveAsOne()
    {
        // Another instance: its own connections and threads, the same database.
        ConnectionPool otherPool(m_harness->database.settings());
        CentralServer other(otherPool);
        const quint16 otherPort = other.listen(QHostAddress::LocalHost, 0).value();
        ApiClient otherClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(otherPort)));
        const QString credential = m_harness->enroll();
        otherClient.setCredential(credential);
        const QJsonArray sales{CentralHarness::saleRecord(900, 1)};
        const ApiReply first = send(sales);
        const ApiReply second = otherClient.post(QStringLiteral("/v1/sales"), CentralHarness::batch(sales));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.value(QLatin1String("results")), first.json.value(QLatin1String("results")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSaleIngest)
#include "tst_saleingest.moc"
