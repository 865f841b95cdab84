#include "CentralHarness.h"
#include "ConcurrentRequests.h"
#include "CustomerRepository.h"
#include "OnlineOrders.h"
#include "Transaction.h"

#include <QTest>
#include <QUuid>

using namespace omnitill::central;

// A customer's store credit: online order returns refunded as store credit raise it, tills spend it, and the
// database keeps it at zero or above.
class TestStoreCredit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;
    QString m_credential;
    QString m_customer;

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    qint64 scalar(const QString &sql) { return m_harness->database.scalar(sql).toLongLong(); }

    // A shirt (2 x 15000), picked up at the Seoul store by customerId (a guest when empty).
    QString pickedUpOrder(const QString &customerId)
    {
        const OnlineOrder placed = m_harness->readyOrder(customerId);
        const ApiReply picked =
            m_harness->client.post(QStringLiteral("/v1/pickups"), QJsonObject{{QLatin1String("pickup"), uuid()},
                                                                              {QLatin1String("order"), placed.number}});
        if (picked.status != 200)
            qFatal("pickup failed: %s", picked.body.constData());
        return placed.number;
    }

    static QJsonObject returnOfOneShirt(const QString &order)
    {
        return {{QLatin1String("return"), uuid()},
                {QLatin1String("order"), order},
                {QLatin1String("lines"),
                 QJsonArray{QJsonObject{{QLatin1String("line"), 1}, {QLatin1String("quantity"), 1}}}},
                {QLatin1String("refund"), QStringLiteral("store_credit")}};
    }

    static QJsonObject spend(qint64 amount, const QString &sale = uuid())
    {
        return {{QLatin1String("amount"), amount},
                {QLatin1String("currency"), QStringLiteral("KRW")},
                {QLatin1String("sale"), sale}};
    }

    QString path(const QString &tail = {}) const
    {
        return QStringLiteral("/v1/customers/%1/store-credit%2").arg(m_customer, tail);
    }

    qint64 balance()
    {
        const ApiReply reply = m_harness->client.get(path());
        const QJsonArray balances = reply.json.value(QLatin1String("balances")).toArray();
        return balances.isEmpty() ? 0 : balances.first().toObject().value(QLatin1String("balance")).toInteger();
    }

    // The customer with 15000 of store credit from one returned shirt.
    void creditOneShirt()
    {
        const ApiReply returned =
            m_harness->client.post(QStringLiteral("/v1/returns"), returnOfOneShirt(pickedUpOrder(m_customer)));
        QCOMPARE(returned.status, 200);
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_credential = m_harness->enroll();
        m_harness->client.setCredential(m_credential);
        m_customer = CustomerRepository(*m_harness->database.pool)
                         .create({QStringLiteral("김민지"), {}, {}, QStringLiteral("gold")})
                         .value()
                         .id;
    }
    void cleanup() { m_harness.reset(); }

    void returnAsStoreCredit_raisesTheBalanceOnce()
    {
        QCOMPARE(balance(), 0);
        const QJsonObject request = returnOfOneShirt(pickedUpOrder(m_customer));
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/returns"), request).status, 200);
        QCOMPARE(balance(), 15000);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/returns"), request).status, 200); // a resend
        QCOMPARE(balance(), 15000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM store_credit_ledger")), 1);
    }

    void guestOrder_cannotBeRefundedAsStoreCredit()
    {
        const ApiReply refused =
            m_harness->client.post(QStringLiteral("/v1/returns"), returnOfOneShirt(pickedUpOrder({})));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("store_credit_needs_customer"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM order_returns")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM order_refunds")), 0);
    }

    void redeem_takesFromTheBalance_neverBelowZero_oncePerSale()
    {
        creditOneShirt();
        const QString sale = uuid();
        const ApiReply spent = m_harness->client.post(path(QStringLiteral("/redeem")), spend(10000, sale));
        QCOMPARE(spent.status, 200);
        QCOMPARE(spent.json.value(QLatin1String("balance")).toInteger(), 5000);
        const ApiReply again = m_harness->client.post(path(QStringLiteral("/redeem")), spend(10000, sale));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("balance")).toInteger(), 5000);

        const ApiReply tooMuch = m_harness->client.post(path(QStringLiteral("/redeem")), spend(5001));
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(tooMuch.errorCode(), QStringLiteral("insufficient_store_credit"));
        QCOMPARE(balance(), 5000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM store_credit_ledger WHERE kind = 'redeem'")), 1);
    }

    void badInput_is400AndUnknownCustomer404_nothingWritten()
    {
        creditOneShirt();
        QJsonObject noCurrency = spend(100);
        noCurrency.remove(QLatin1String("currency"));
        for (const QJsonObject &body : {QJsonObject{{QLatin1String("amount"), QStringLiteral("100")}}, spend(0),
                                        spend(-5), noCurrency, QJsonObject{{QLatin1String("amount"), 1.5}}}) {
            const ApiReply reply = m_harness->client.post(path(QStringLiteral("/redeem")), body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), QStringLiteral("invalid_field"));
        }
        QCOMPARE(m_harness->client.post(path(QStringLiteral("/redeem")), QByteArray("{")).status, 400);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/customers/nobody/store-credit")).status, 404);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/customers/nobody/store-credit/redeem"), spend(1)).status,
                 404);
        ApiClient anonymous(m_harness->base());
        QCOMPARE(anonymous.post(path(QStringLiteral("/redeem")), spend(1)).status, 401);
        QCOMPARE(balance(), 15000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM store_credit_ledger WHERE kind = 'redeem'")), 0);
    }

    void database_refusesANegativeBalance()
    {
        creditOneShirt();
        const auto refused =
            runQuery(*m_harness->database.pool, QStringLiteral("UPDATE store_credit_balances SET balance_minor = -1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("constraint_violated"));
        QCOMPARE(balance(), 15000);
    }

    void twentyTillsSpendingTheWholeBalance_exactlyOneSucceeds()
    {
        creditOneShirt();
        SecondInstance other(m_harness->database.settings());
        constexpr int clients = 20;
        const QList<int> statuses = postConcurrently({m_harness->port, other.port}, path(QStringLiteral("/redeem")),
                                                     m_credential, clients, [](int) { return spend(15000); });
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(409), clients - 1);
        QCOMPARE(balance(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreCredit)
#include "tst_storecredit.moc"
