#include "CentralHarness.h"
#include "ConcurrentRequests.h"
#include "CustomerRepository.h"
#include "GiftCards.h"
#include "Transaction.h"

#include <QTest>
#include <QUuid>

using namespace omnitill::central;

// Gift cards and the refund of a till's redemption: a redemption takes once per tender however often it is
// asked, never below zero (the database decides, also between racing tills), and what goes back of a
// redemption, to a gift card, store credit or points, never exceeds what it took.
class TestGiftCards : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;
    QString m_credential;
    GiftCard m_card;

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    qint64 scalar(const QString &sql) { return m_harness->database.scalar(sql).toLongLong(); }

    static QJsonObject spend(qint64 amount, const QString &tender = uuid())
    {
        return {{QLatin1String("amount"), amount},
                {QLatin1String("currency"), QStringLiteral("KRW")},
                {QLatin1String("tender"), tender}};
    }
    static QJsonObject giveBack(qint64 amount, const QString &refund = uuid())
    {
        return {{QLatin1String("amount"), amount}, {QLatin1String("refund"), refund}};
    }
    QString card(const QString &tail = {}) const
    {
        return QStringLiteral("/v1/gift-cards/%1%2").arg(m_card.number, tail);
    }
    static QString refundPath(const QString &tender) { return QStringLiteral("/v1/redemptions/%1/refund").arg(tender); }

    qint64 balance() { return m_harness->client.get(card()).json.value(QLatin1String("balance")).toInteger(); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_credential = m_harness->enroll();
        m_harness->client.setCredential(m_credential);
        m_card = GiftCards(*m_harness->database.pool).issue(QStringLiteral("KRW"), 50000).value();
    }
    void cleanup() { m_harness.reset(); }

    void balance_namesTheCardByItsLastFourDigits_typedWithSpacesToo()
    {
        QCOMPARE(m_card.number.size(), GiftCards::numberLength);
        QString spaced = m_card.number;
        spaced.insert(12, u' ').insert(8, u'-').insert(4, u' ');
        const ApiReply reply =
            m_harness->client.get(QStringLiteral("/v1/gift-cards/") + QUrl::toPercentEncoding(spaced));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("balance")).toInteger(), 50000);
        QCOMPARE(reply.json.value(QLatin1String("card")).toString(), m_card.number.right(4));
        QVERIFY(!reply.body.contains(m_card.number.toUtf8()));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/gift-cards/6390000099999999")).status, 404);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/gift-cards/12ab")).status, 400);
    }

    void redeem_isIdempotentByTheTender_andNeverBelowZero()
    {
        const QString tender = uuid();
        const ApiReply spent = m_harness->client.post(card(QStringLiteral("/redeem")), spend(20000, tender));
        QCOMPARE(spent.status, 200);
        QCOMPARE(spent.json.value(QLatin1String("balance")).toInteger(), 30000);
        QCOMPARE(spent.json.value(QLatin1String("redemption")).toString(), tender);
        const ApiReply again = m_harness->client.post(card(QStringLiteral("/redeem")), spend(20000, tender));
        QCOMPARE(again.status, 200); // a lost answer asked again
        QCOMPARE(again.json.value(QLatin1String("balance")).toInteger(), 30000);
        const ApiReply reused = m_harness->client.post(card(QStringLiteral("/redeem")), spend(100, tender));
        QCOMPARE(reused.status, 409);
        QCOMPARE(reused.errorCode(), QStringLiteral("tender_reused"));

        const ApiReply tooMuch = m_harness->client.post(card(QStringLiteral("/redeem")), spend(30001));
        QCOMPARE(tooMuch.status, 409);
        QCOMPARE(tooMuch.errorCode(), QStringLiteral("insufficient_gift_card_balance"));
        QVERIFY2(tooMuch.body.contains("30000"), tooMuch.body.constData());
        QCOMPARE(balance(), 30000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM gift_card_ledger WHERE kind = 'redeem'")), 1);

        const auto refused =
            runQuery(*m_harness->database.pool, QStringLiteral("UPDATE gift_cards SET balance_minor = -1"));
        QVERIFY(!refused);
        QCOMPARE(balance(), 30000);
    }

    void wrongCurrencyOrBadInput_isRefused_nothingWritten()
    {
        QJsonObject usd = spend(100);
        usd.insert(QLatin1String("currency"), QStringLiteral("USD"));
        QCOMPARE(m_harness->client.post(card(QStringLiteral("/redeem")), usd).errorCode(),
                 QStringLiteral("wrong_currency"));
        QJsonObject noTender = spend(100);
        noTender.remove(QLatin1String("tender"));
        for (const QJsonObject &body : {spend(0), spend(-1), noTender})
            QCOMPARE(m_harness->client.post(card(QStringLiteral("/redeem")), body).status, 400);
        ApiClient anonymous(m_harness->base());
        QCOMPARE(anonymous.post(card(QStringLiteral("/redeem")), spend(1)).status, 401);
        QCOMPARE(balance(), 50000);
    }

    void twentyTillsSpendingTheWholeBalance_exactlyOneSucceeds()
    {
        SecondInstance other(m_harness->database.settings());
        constexpr int clients = 20;
        const QList<int> statuses = postConcurrently({m_harness->port, other.port}, card(QStringLiteral("/redeem")),
                                                     m_credential, clients, [](int) { return spend(50000); });
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(409), clients - 1);
        QCOMPARE(balance(), 0);
    }

    void refund_givesBackOnce_neverMoreThanTaken()
    {
        const QString tender = uuid();
        QCOMPARE(m_harness->client.post(card(QStringLiteral("/redeem")), spend(20000, tender)).status, 200);
        const QString refund = uuid();
        const ApiReply back = m_harness->client.post(refundPath(tender), giveBack(15000, refund));
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json.value(QLatin1String("instrument")).toString(), QStringLiteral("giftCard"));
        QCOMPARE(back.json.value(QLatin1String("refunded")).toInteger(), 15000);
        QCOMPARE(m_harness->client.post(refundPath(tender), giveBack(15000, refund)).status, 200); // asked again
        QCOMPARE(balance(), 45000);
        const ApiReply beyond = m_harness->client.post(refundPath(tender), giveBack(5001));
        QCOMPARE(beyond.status, 409);
        QCOMPARE(beyond.errorCode(), QStringLiteral("refund_exceeds_redemption"));
        QCOMPARE(m_harness->client.post(refundPath(tender), giveBack(5000)).status, 200);
        QCOMPARE(balance(), 50000);
        QCOMPARE(m_harness->client.post(refundPath(uuid()), giveBack(1)).status, 404);
    }

    void saleWithStoredValueTenders_isTakenIn_andEarnsPointsOnItsTotal()
    {
        const QString customer = CustomerRepository(*m_harness->database.pool)
                                     .create({QStringLiteral("이준호"), {}, {}, QStringLiteral("silver")})
                                     .value()
                                     .id;
        using namespace omnitill::saleevent;
        omnitill::StoreProfile profile = testprofiles::korean();
        profile.storeId = QStringLiteral("KR-SEOUL-01");
        omnitill::Sale sale(profile);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString reference = customer + u' ' + uuid();
        QVERIFY(sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), now}));
        QVERIFY(sale.apply(
            LineAdded{1, testprofiles::product(QStringLiteral("A"), 30000), omnitill::Quantity::pieces(1), {}}));
        QVERIFY(sale.apply(CustomerAttached{customer, true}));
        QVERIFY(sale.apply(Tendered{1, omnitill::TenderMethod::Points, 3000, reference}));
        QVERIFY(sale.apply(Tendered{2, omnitill::TenderMethod::StoreCredit, 2000, reference}));
        QVERIFY(sale.apply(Tendered{3, omnitill::TenderMethod::GiftCard, 25000, QStringLiteral("••••1001 ") + uuid()}));
        QVERIFY(sale.apply(Completed{now}));
        QJsonObject record = omnitill::saleRecord(sale);
        record.insert(QLatin1String("sequence"), 1);
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/sales"), CentralHarness::batch({record}));
        QCOMPARE(reply.status, 200);
        const QJsonObject result = reply.json.value(QLatin1String("results")).toArray().first().toObject();
        QVERIFY2(result.value(QLatin1String("status")).toString() == QStringLiteral("accepted"),
                 QJsonDocument(result).toJson().constData());
        QCOMPARE(result.value(QLatin1String("pointsEarned")).toInteger(), omnitill::loyalty::pointsFor(30000));
    }

    void pointsAndStoreCredit_redeemPerTender_andAreGivenBackByIt()
    {
        const QString customer = CustomerRepository(*m_harness->database.pool)
                                     .create({QStringLiteral("김민지"), {}, {}, QStringLiteral("gold")})
                                     .value()
                                     .id;
        QVERIFY(runQuery(*m_harness->database.pool,
                         QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, reason, at) VALUES "
                                        "(?, 'adjust', 5000, 'demo', '2026-01-01T00:00:00.000Z')"),
                         {customer}));
        const QString sale = uuid();
        const QString first = uuid();
        const auto redeemPoints = [&](qint64 points, const QString &tender) {
            return m_harness->client.post(QStringLiteral("/v1/customers/%1/points/redeem").arg(customer),
                                          QJsonObject{{QLatin1String("points"), points},
                                                      {QLatin1String("sale"), sale},
                                                      {QLatin1String("tender"), tender}});
        };
        QCOMPARE(redeemPoints(1000, first).json.value(QLatin1String("balance")).toInteger(), 4000);
        QCOMPARE(redeemPoints(1000, first).json.value(QLatin1String("balance")).toInteger(), 4000);
        // The same sale pays with points again under another tender after the first was given back.
        QCOMPARE(m_harness->client.post(refundPath(first), giveBack(1000)).status, 200);
        QCOMPARE(redeemPoints(2000, uuid()).json.value(QLatin1String("balance")).toInteger(), 3000);
        QCOMPARE(m_harness->client.post(refundPath(first), giveBack(1)).errorCode(),
                 QStringLiteral("refund_exceeds_redemption"));
    }
};

QTEST_GUILESS_MAIN(TestGiftCards)
#include "tst_giftcards.moc"
