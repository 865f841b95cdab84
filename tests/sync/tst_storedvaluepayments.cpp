#include "CentralClient.h"
#include "CheckoutService.h"
#include "CustomerRepository.h"
#include "GiftCards.h"
#include "JournalReceipt.h"
#include "OfflineRedemptions.h"
#include "PrintService.h"
#include "ReturnService.h"
#include "StoreCredit.h"
#include "StoredValuePayments.h"
#include "Transaction.h"
#include "central/CentralHarness.h"
#include "services/StoreFixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace omnitill;

namespace {

// Between the till and the central store: forwards every connection, and swallows the answer to the next
// dropAnswers requests after the central store has handled them, as a network that loses a reply would.
class AnswerDroppingProxy : public QObject
{
public:
    explicit AnswerDroppingProxy(quint16 target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                forward(client);
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int dropAnswers = 0;

private:
    void forward(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto *swallowing = new bool(false);
        connect(client, &QObject::destroyed, [swallowing] { delete swallowing; });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            upstream->waitForConnected(1000);
            upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, swallowing] {
            const QByteArray answer = upstream->readAll();
            if (!*swallowing && dropAnswers > 0) {
                --dropAnswers;
                *swallowing = true; // this connection's answers never arrive; the till gives up on it
            }
            if (!*swallowing)
                client->write(answer);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }

    QTcpServer m_server;
    quint16 m_target;
};

constexpr auto tShirtM = "8809417101124"; // 19,900 won

// Everything the till logged, to prove a gift card number is not in it.
QStringList logged;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged.append(message);
}

} // namespace

// Paying with gift cards, store credit and points against a real central store on loopback: the central store
// redeems first and only what it confirmed becomes a tender; a void or a return gives the money back there; a
// lost answer is asked again without charging twice.
class TestStoredValuePayments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_central;
    std::unique_ptr<AnswerDroppingProxy> m_proxy;
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<CheckoutService> m_checkout;
    std::unique_ptr<ReturnService> m_returns;
    std::unique_ptr<CentralClient> m_client;
    std::unique_ptr<StoredValueClient> m_storedValue;
    std::unique_ptr<StoredValuePayments> m_payments;
    central::GiftCard m_card;
    QString m_customer;

    Result<void> pay(TenderMethod method, qint64 amount, const QString &card = {})
    {
        std::optional<Result<void>> outcome;
        m_payments->pay(method, card, amount, [&](Result<void> paid) { outcome = paid; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            return Error{QStringLiteral("no answer")};
        return *outcome;
    }

    qint64 cardBalance() { return central::GiftCards(*m_central->database.pool).find(m_card.number)->balanceMinor; }
    qint64 points()
    {
        return m_central->database
            .scalar(QStringLiteral("SELECT SUM(points) FROM points_ledger WHERE customer_id = '%1'").arg(m_customer))
            .toLongLong();
    }
    qint64 scalar(const QString &sql) { return m_central->database.scalar(sql).toLongLong(); }

    void sellTwoShirts()
    {
        QVERIFY(m_checkout->scan(QString::fromLatin1(tShirtM), 2));
        QVERIFY(m_checkout->attachCustomer(m_customer, true));
        QCOMPARE(m_checkout->sale().totals().totalDueMinor, 39800);
    }

    // The central store cannot be reached at all: the till is sent to a port nobody listens on.
    void cutOffCentral()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    }
    void reconnectCentral() { m_client->setBaseUrl(m_proxy->url()); }
    qint64 offlineRowsWaiting() { return OfflineRedemptions(*m_store->database).waiting()->size(); }

private Q_SLOTS:
    void init()
    {
        m_central = std::make_unique<CentralHarness>();
        m_proxy = std::make_unique<AnswerDroppingProxy>(m_central->port);
        m_store = std::make_unique<StoreFixture>();
        m_checkout = std::make_unique<CheckoutService>(*m_store->database, *m_store->catalog, *m_store->profile);
        m_returns = std::make_unique<ReturnService>(*m_store->database, *m_store->catalog, *m_store->profile);
        m_checkout->setReturns(m_returns.get());
        m_client = std::make_unique<CentralClient>();
        m_client->setBaseUrl(m_proxy->url());
        m_client->setCredential(m_central->enroll());
        m_client->setTimeout(1500);
        m_storedValue = std::make_unique<StoredValueClient>(*m_client);
        m_payments = std::make_unique<StoredValuePayments>(*m_checkout, *m_returns, *m_storedValue, *m_store->database);

        auto &pool = *m_central->database.pool;
        m_card = central::GiftCards(pool).issue(QStringLiteral("KRW"), 50000).value();
        m_customer = central::CustomerRepository(pool)
                         .create({QStringLiteral("박지민"), {}, {}, QStringLiteral("gold")})
                         .value()
                         .id;
        QVERIFY(central::runQuery(pool,
                                  QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, reason, at) "
                                                 "VALUES (?, 'adjust', 5000, 'welcome', '2026-01-01T00:00:00.000Z')"),
                                  {m_customer}));
    }
    void cleanup()
    {
        m_payments.reset();
        m_storedValue.reset();
        m_client.reset();
        m_returns.reset();
        m_checkout.reset();
        m_store.reset();
        m_proxy.reset();
        m_central.reset();
    }

    void splitTender_pointsGiftCardAndCash_completes_referencesHoldNoCardNumber()
    {
        sellTwoShirts();
        std::optional<Result<qint64>> balance;
        m_payments->balance(TenderMethod::Points, {}, [&](Result<qint64> b) { balance = b; });
        QTRY_VERIFY_WITH_TIMEOUT(balance.has_value(), 10000);
        QCOMPARE(balance->value(), 5000);

        QVERIFY2(pay(TenderMethod::Points, 3000), "points");
        const auto gift = pay(TenderMethod::GiftCard, 20000, m_card.number);
        QVERIFY2(gift, gift ? "" : qPrintable(gift.error()));
        QCOMPARE(m_checkout->sale().state(), SaleState::Tendering);
        QVERIFY(m_checkout->tender(TenderMethod::Cash, 20000));
        QCOMPARE(m_checkout->sale().state(), SaleState::Completed);

        QCOMPARE(points(), 2000);
        QCOMPARE(cardBalance(), 30000);
        const JournalEntry entry = *m_checkout->lastCompleted();
        const QJsonArray tenders = entry.record.value(QLatin1String("tenders")).toArray();
        QCOMPARE(tenders.size(), 3);
        QCOMPARE(tenders[0].toObject().value(QLatin1String("method")).toString(), QStringLiteral("points"));
        QCOMPARE(tenders[1].toObject().value(QLatin1String("method")).toString(), QStringLiteral("giftCard"));
        const QString cardReference = tenders[1].toObject().value(QLatin1String("reference")).toString();
        QVERIFY2(cardReference.startsWith(QStringLiteral("••••") + m_card.number.right(4)), qPrintable(cardReference));
        QVERIFY(!QJsonDocument(entry.record).toJson().contains(m_card.number.toUtf8()));
        QVERIFY(StoredValueReference::parse(TenderMethod::Points,
                                            tenders[0].toObject().value(QLatin1String("reference")).toString()));

        const Receipt receipt = JournalReceipt::fromEntry(entry, *m_store->profile).value();
        QCOMPARE(receipt.pointsEarned, 398); // one point per 100 won of 39,800
        // The printed receipt: the balance the central store last told this till, with what the sale earns.
        PrintService printing(*m_store->database, *m_store->profile,
                              {PrinterProfile::epsonTmT88(), QStringLiteral("virtual:") + m_store->directory.path()});
        printing.setPointsBalances([this](const QString &id) { return m_payments->knownPoints(id); });
        const QString printed = printing.document(entry.sequence, Receipt::Kind::Original)->toPlainText(42);
        QVERIFY2(printed.contains(QLocale(m_store->profile->localeName).toString(2398)), qPrintable(printed));
    }

    void centralUnreachable_withinTheCaps_giftCardTakenOffline_flagged_thenRedeemedOnceWhenItIsBack()
    {
        m_payments->setOfflineCaps({15000, 22000});
        sellTwoShirts();
        cutOffCentral();
        const auto paid = pay(TenderMethod::GiftCard, 10000, m_card.number);
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error()));
        QVERIFY(m_checkout->sale().tenders().first().offline);
        // Beyond the cap per tender, then beyond the day's: refused, with the limit in the reason.
        const auto perTender = pay(TenderMethod::GiftCard, 16000, m_card.number);
        QVERIFY(!perTender);
        QVERIFY2(perTender.error().contains(QStringLiteral("15,000")), qPrintable(perTender.error()));
        const auto perDay = pay(TenderMethod::StoreCredit, 13000);
        QVERIFY(!perDay);
        QVERIFY2(perDay.error().contains(QStringLiteral("22,000")), qPrintable(perDay.error()));
        QCOMPARE(m_checkout->sale().tenders().size(), 1);
        QVERIFY(m_checkout->tender(TenderMethod::Cash, 29800));
        QCOMPARE(m_checkout->sale().state(), SaleState::Completed);

        const JournalEntry entry = *m_checkout->lastCompleted();
        const QJsonObject tender = entry.record.value(QLatin1String("tenders")).toArray().first().toObject();
        QVERIFY(tender.value(QLatin1String("offline")).toBool());
        QVERIFY(!QJsonDocument(entry.record).toJson().contains(m_card.number.toUtf8()));
        PrintService printing(*m_store->database, *m_store->profile,
                              {PrinterProfile::epsonTmT88(), QStringLiteral("virtual:") + m_store->directory.path()});
        const QString printed = printing.document(entry.sequence, Receipt::Kind::Original)->toPlainText(42);
        QVERIFY2(printed.contains(QStringLiteral("Taken offline")), qPrintable(printed));

        QCOMPARE(cardBalance(), 50000); // the central store has not heard of it yet
        QCOMPARE(offlineRowsWaiting(), 1);
        m_payments->sendOffline(); // still cut off: it waits
        QTRY_COMPARE_WITH_TIMEOUT(offlineRowsWaiting(), 1, 5000);
        reconnectCentral();
        QTest::qWait(100);
        m_payments->sendOffline();
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 40000, 10000);
        QTRY_COMPARE(offlineRowsWaiting(), 0);
        m_payments->sendOffline(); // nothing left to send: nothing is redeemed twice
        QTest::qWait(300);
        QCOMPARE(cardBalance(), 40000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM gift_card_ledger WHERE kind = 'redeem'")), 1);
    }

    void offlineTenderOfAVoidedSale_neverReachesTheCentralStore()
    {
        m_payments->setOfflineCaps({15000, 50000});
        sellTwoShirts();
        cutOffCentral();
        QVERIFY(pay(TenderMethod::GiftCard, 10000, m_card.number));
        QVERIFY(m_checkout->voidSale(QStringLiteral("customer left")));
        reconnectCentral();
        m_payments->sendOffline();
        QTRY_COMPARE(offlineRowsWaiting(), 0);
        QTest::qWait(300);
        QCOMPARE(cardBalance(), 50000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM gift_card_ledger WHERE kind = 'redeem'")), 0);
    }

    void centralUnreachable_withoutCaps_isRefusedWithTheReason()
    {
        sellTwoShirts();
        cutOffCentral();
        const auto paid = pay(TenderMethod::GiftCard, 10000, m_card.number);
        QVERIFY(!paid);
        QVERIFY2(paid.error().contains(QStringLiteral("no gift card or store credit offline")),
                 qPrintable(paid.error()));
        QVERIFY(m_checkout->sale().tenders().isEmpty());
        QCOMPARE(offlineRowsWaiting(), 0);
    }

    void overTheBalance_isRefusedWithTheReason_nothingRecorded()
    {
        sellTwoShirts();
        const auto points = pay(TenderMethod::Points, 6000);
        QVERIFY(!points);
        QVERIFY2(points.error().contains(QStringLiteral("5000")), qPrintable(points.error()));
        central::GiftCard small =
            central::GiftCards(*m_central->database.pool).issue(QStringLiteral("KRW"), 3000).value();
        const auto gift = pay(TenderMethod::GiftCard, 5000, small.number);
        QVERIFY(!gift);
        QVERIFY2(gift.error().contains(QStringLiteral("3000")), qPrintable(gift.error()));
        QVERIFY(!pay(TenderMethod::GiftCard, 100, QStringLiteral("not a card")));
        QVERIFY(!pay(TenderMethod::GiftCard, 40000, m_card.number)); // more than is due
        QVERIFY(m_checkout->sale().tenders().isEmpty());
        QCOMPARE(cardBalance(), 50000);
        QCOMPARE(this->points(), 5000);
    }

    void voidedSale_givesEveryStoredValueTenderBack()
    {
        sellTwoShirts();
        QVERIFY(pay(TenderMethod::Points, 1000));
        QVERIFY(pay(TenderMethod::GiftCard, 5000, m_card.number));
        QCOMPARE(cardBalance(), 45000);
        QVERIFY(m_checkout->voidSale(QStringLiteral("customer left")));
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 50000, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(points(), 5000, 10000);
        QTRY_COMPARE(m_payments->pendingRefunds(), 0);
    }

    void refundWaitingWhenTheTillStops_isGivenBackOnceAfterTheRestart()
    {
        sellTwoShirts();
        QVERIFY(pay(TenderMethod::GiftCard, 5000, m_card.number));
        QCOMPARE(cardBalance(), 45000);
        cutOffCentral();
        QSignalSpy failed(m_payments.get(), &StoredValuePayments::refundFailed);
        QVERIFY(m_checkout->voidSale(QStringLiteral("customer left")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(m_payments->pendingRefunds(), 1);
        m_payments.reset(); // the till stops with the refund still owed to the card
        reconnectCentral();

        m_payments = std::make_unique<StoredValuePayments>(*m_checkout, *m_returns, *m_storedValue, *m_store->database);
        m_payments->recover();
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 50000, 10000);
        QTRY_COMPARE(m_payments->pendingRefunds(), 0);
        // Another restart has nothing left to give back: the card is credited once.
        m_payments = std::make_unique<StoredValuePayments>(*m_checkout, *m_returns, *m_storedValue, *m_store->database);
        m_payments->recover();
        QTest::qWait(500);
        QCOMPARE(cardBalance(), 50000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM gift_card_ledger WHERE kind = 'refund'")), 1);
    }

    void lostAnswer_isAskedAgainWithTheSameTender_chargedOnce()
    {
        sellTwoShirts();
        m_proxy->dropAnswers = 1;
        const auto paid = pay(TenderMethod::GiftCard, 10000, m_card.number);
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error()));
        QCOMPARE(m_proxy->dropAnswers, 0);
        QCOMPARE(m_checkout->sale().tenders().size(), 1);
        QCOMPARE(cardBalance(), 40000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM gift_card_ledger WHERE kind = 'redeem'")), 1);
    }

    void answerLostTwice_recordsNothing_andGivesBackWhatWasTaken()
    {
        sellTwoShirts();
        m_proxy->dropAnswers = 2;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(keepLog);
        const auto paid = pay(TenderMethod::GiftCard, 10000, m_card.number);
        qInstallMessageHandler(previous);
        QVERIFY(!paid);
        QVERIFY(m_checkout->sale().tenders().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 50000, 10000);
        QVERIFY(!logged.isEmpty());
        QVERIFY2(!logged.join(u'\n').contains(m_card.number), qPrintable(logged.join(u'\n')));
    }

    void pointsWithTheCentralStoreOutOfReach_areRefusedInWords_andNothingIsTaken()
    {
        sellTwoShirts();
        m_proxy->dropAnswers = 2;
        const auto paid = pay(TenderMethod::Points, 1000);
        QVERIFY(!paid);
        QVERIFY2(paid.error().contains(QStringLiteral("the customer keeps the points")), qPrintable(paid.error()));
        QVERIFY(m_checkout->sale().tenders().isEmpty());
    }

    void tillStoppedBeforeRecordingTheTender_givesItBackAfterTheRestart()
    {
        sellTwoShirts();
        m_payments->pay(TenderMethod::GiftCard, m_card.number, 10000, [](Result<void>) {});
        m_payments.reset(); // the till stops while the central store takes the money
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 40000, 10000);
        QVERIFY(m_checkout->sale().tenders().isEmpty());

        m_payments = std::make_unique<StoredValuePayments>(*m_checkout, *m_returns, *m_storedValue, *m_store->database);
        m_payments->recover();
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 50000, 10000);
        // Recorded tenders stay where they are: a payment made now survives another restart untouched.
        QVERIFY(pay(TenderMethod::GiftCard, 10000, m_card.number));
        m_payments = std::make_unique<StoredValuePayments>(*m_checkout, *m_returns, *m_storedValue, *m_store->database);
        m_payments->recover();
        QTest::qWait(500);
        QCOMPARE(cardBalance(), 40000);
        QCOMPARE(m_checkout->sale().tenders().size(), 1);
    }

    void return_refundsToTheGiftCardAndThePoints()
    {
        sellTwoShirts();
        QVERIFY(pay(TenderMethod::Points, 1000));
        QVERIFY(pay(TenderMethod::GiftCard, 38800, m_card.number));
        QCOMPARE(m_checkout->sale().state(), SaleState::Completed);
        const QString saleId = m_checkout->lastCompleted()->saleId;
        QCOMPARE(cardBalance(), 11200);

        QVERIFY(m_returns->returnWithReceipt(saleId,
                                             {ReturnRequest{1, Quantity::pieces(1), true, ReturnReason::ChangedMind}}));
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 31100, 10000); // 19,900 back on the card
        QCOMPARE(points(), 4000);
        QVERIFY(m_returns->returnWithReceipt(saleId,
                                             {ReturnRequest{1, Quantity::pieces(1), true, ReturnReason::ChangedMind}}));
        QTRY_COMPARE_WITH_TIMEOUT(cardBalance(), 50000, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(points(), 5000, 10000);
    }

    void storeCredit_paysFromTheCustomersBalance()
    {
        {
            auto transaction = central::Transaction::begin(*m_central->database.pool).value();
            QVERIFY(central::StoreCredit::credit(transaction, m_customer, QStringLiteral("KRW"), 10000,
                                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 central::sqlTime(QDateTime::currentDateTimeUtc())));
            QVERIFY(transaction.commit());
        }
        sellTwoShirts();
        QVERIFY(pay(TenderMethod::StoreCredit, 10000));
        QVERIFY(!pay(TenderMethod::StoreCredit, 1)); // nothing left
        QCOMPARE(m_checkout->sale().tenders().size(), 1);
        QCOMPARE(m_checkout->sale().tenders().first().method, TenderMethod::StoreCredit);
        QCOMPARE(scalar(QStringLiteral("SELECT balance_minor FROM store_credit_balances")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoredValuePayments)
#include "tst_storedvaluepayments.moc"
