#include "CardPaymentService.h"
#include "CheckoutService.h"
#include "TerminalFixture.h"
#include "services/StoreFixture.h"

#include <QDir>
#include <QJsonArray>

using namespace omnitill;

// The card payment state machine through the real checkout service, against the simulated terminal over
// HTTPS: every outcome, lost answers, a service destroyed mid-payment, a crash between the approval and
// the tender, and a charge whose sale is gone.
class TestCardPaymentService : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirt = "8809417101124"; // 19,900 won

    // A till: store, checkout and card payments on one terminal, rebuilt at will as after a restart.
    struct Till
    {
        explicit Till(TerminalFixture &terminalFixture, const QString &path = {})
            : store(DemoStores::Store::Seoul, path)
        {
            start(terminalFixture);
        }
        void start(TerminalFixture &terminalFixture)
        {
            payments.reset();
            terminal.reset();
            checkout = std::make_unique<CheckoutService>(*store.database, *store.catalog, *store.profile);
            if (!checkout->restore())
                qFatal("restore failed");
            terminal = terminalFixture.makeTerminal();
            payments = std::make_unique<CardPaymentService>(*store.database, *checkout, *terminal);
            payments->setStatusRetries(3, 100);
        }
        QString saleId() const { return checkout->sale().id().toString(QUuid::WithoutBraces); }

        StoreFixture store;
        std::unique_ptr<CheckoutService> checkout;
        std::unique_ptr<NexoTerminal> terminal;
        std::unique_ptr<CardPaymentService> payments; // declared last: destroyed first
    };

    struct Finished
    {
        QString serviceId;
        bool charged = false;
        QString message;
    };
    // Runs one step of the service (pay or recover) until it says it is finished; it may finish at once.
    template <typename Step>
    static Finished run(Till &till, Step step)
    {
        QSignalSpy finished(till.payments.get(), &CardPaymentService::finished);
        step();
        if (finished.isEmpty() && !finished.wait(30'000))
            qFatal("no finished signal");
        return {finished.first().at(0).toString(), finished.first().at(1).toBool(), finished.first().at(2).toString()};
    }
    static Finished recover(Till &till)
    {
        return run(till, [&till] { till.payments->recover(); });
    }
    static Finished pay(Till &till, qint64 amount)
    {
        return run(till, [&till, amount] {
            const auto started = till.payments->pay(amount);
            if (!started)
                qFatal("pay refused: %s", qPrintable(started.error()));
        });
    }
    // An attempt as pay() writes it, for driving the store into the state a crash left it in.
    static PaymentAttempt attemptFor(const QString &serviceId, const QString &saleId, qint64 amount)
    {
        PaymentAttempt attempt;
        attempt.serviceId = serviceId;
        attempt.saleId = saleId;
        attempt.amountMinor = amount;
        attempt.currency = QStringLiteral("KRW");
        return attempt;
    }
    static std::optional<PaymentAttempt> attempt(const Till &till, const QString &serviceId)
    {
        return PaymentAttempts(*till.store.database).find(serviceId);
    }

private Q_SLOTS:
    void approved_tendersAndCompletesTheSale()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        const QString saleId = till.saleId();
        const Finished done = pay(till, 19900);
        QVERIFY2(done.charged, qPrintable(done.message));
        QCOMPARE(till.checkout->journal().lastSequence(), 1);
        const auto entry = till.checkout->journal().entryForSale(saleId);
        QVERIFY(entry);
        const QJsonObject tender = entry->record.value("tenders").toArray().first().toObject();
        QCOMPARE(tender.value("reference").toString(), till.payments->lastResult()->pspReference);
        QCOMPARE(attempt(till, done.serviceId)->state, PaymentAttemptState::Recorded);
        QCOMPARE(till.payments->lastResult()->customerSlip.value(1), QStringLiteral("MC 541333 **** 9999"));
        QCOMPARE(terminal.simulator->chargedCount(), 1);
    }

    void maskedPan_isNeverStored()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        QVERIFY(pay(till, 10000).charged);
        QVERIFY(pay(till, 9900).charged);
        QCOMPARE(till.payments->lastResult()->maskedPan, QStringLiteral("541333 **** 9999"));
        QVERIFY(till.store.database->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QDir directory(QFileInfo(till.store.path).absolutePath());
        for (const QFileInfo &file : directory.entryInfoList(QDir::Files)) {
            QFile stored(file.absoluteFilePath());
            QVERIFY(stored.open(QIODevice::ReadOnly));
            const QByteArray bytes = stored.readAll();
            QVERIFY2(!bytes.contains("541333") && !bytes.contains("**** 9999"), qPrintable(file.fileName()));
        }
    }

    void partialApproval_tendersTheApprovedAmount_andTheBalanceRemains()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        const Finished done = pay(till, 10056);
        QVERIFY(done.charged);
        QCOMPARE(till.checkout->sale().state(), SaleState::Tendering);
        QCOMPARE(till.checkout->sale().tenders().size(), 1);
        QCOMPARE(till.checkout->sale().tenders().first().amountMinor, 5028);
        QCOMPARE(till.checkout->sale().totals().balanceMinor, 19900 - 5028);
        QCOMPARE(attempt(till, done.serviceId)->approvedMinor, 5028);
    }

    void refused_returnsToTendering_withNothingCharged_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("declined") << qint64(10051) << QStringLiteral("declined");
        QTest::newRow("insufficient funds") << qint64(10052) << QStringLiteral("insufficient_funds");
        QTest::newRow("card removed") << qint64(10053) << QStringLiteral("card_removed");
        QTest::newRow("cancelled on the terminal") << qint64(10055) << QStringLiteral("cancelled");
    }
    void refused_returnsToTendering_withNothingCharged()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, outcome);
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        const Finished done = pay(till, amount);
        QVERIFY(!done.charged);
        QVERIFY(!done.message.isEmpty());
        QVERIFY(till.checkout->sale().tenders().isEmpty());
        QCOMPARE(till.checkout->sale().totals().balanceMinor, 19900);
        QCOMPARE(attempt(till, done.serviceId)->state, PaymentAttemptState::Declined);
        QCOMPARE(attempt(till, done.serviceId)->outcome, outcome);
        QCOMPARE(terminal.simulator->chargedCount(), 0);
        // Back to tendering: the next payment goes through.
        QVERIFY(pay(till, 19900).charged);
        QCOMPARE(till.checkout->journal().lastSequence(), 1);
    }

    void secondPaymentWhileOneIsInFlight_isRefused()
    {
        TerminalFixture terminal;
        terminal.simulator->setResponseDelayMs(300);
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        QSignalSpy finished(till.payments.get(), &CardPaymentService::finished);
        QVERIFY(till.payments->pay(10000));
        QVERIFY(till.payments->busy());
        QVERIFY(!till.payments->pay(5000));
        // Not even a second service on the same store can start one.
        CardPaymentService other(*till.store.database, *till.checkout, *till.terminal);
        const auto refused = other.pay(5000);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("already in progress")));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(till.checkout->sale().tenders().size(), 1);
        QCOMPARE(terminal.simulator->chargedCount(), 1);
    }

    void answerLostAfterApproval_isFoundByStatus_andTenderedOnce()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        const Finished done = pay(till, 10057);
        QVERIFY2(done.charged, qPrintable(done.message));
        QCOMPARE(till.checkout->sale().tenders().size(), 1);
        QCOMPARE(till.checkout->sale().tenders().first().amountMinor, 10057);
        QCOMPARE(attempt(till, done.serviceId)->state, PaymentAttemptState::Recorded);
        QCOMPARE(terminal.simulator->chargedCount(), 1);
    }

    void noAnswer_timesOut_isAborted_andReturnsToTendering()
    {
        TerminalFixture terminal(500);
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        const Finished done = pay(till, 10054);
        QVERIFY(!done.charged);
        QCOMPARE(attempt(till, done.serviceId)->state, PaymentAttemptState::Declined);
        QCOMPARE(attempt(till, done.serviceId)->outcome, QStringLiteral("cancelled"));
        QVERIFY(till.checkout->sale().tenders().isEmpty());
        QCOMPARE(terminal.simulator->chargedCount(), 0);
    }

    void lateApproval_afterTheTillGaveUp_paysTheSaleOnce_whenPaidAgain()
    {
        TerminalFixture terminal(500);
        terminal.simulator->setResponseDelayMs(1500); // every answer, the status ones too, comes too late
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        QSignalSpy unanswered(till.payments.get(), &CardPaymentService::unanswered);
        const Finished gaveUp = pay(till, 19900);
        QVERIFY(!gaveUp.charged);
        QCOMPARE(unanswered.size(), 1);
        QCOMPARE(attempt(till, gaveUp.serviceId)->state, PaymentAttemptState::Unknown);
        QVERIFY(till.payments->unsettled());
        QCOMPARE(terminal.simulator->chargedCount(), 1); // the card was charged all the same

        // Paying again asks about the first payment instead of charging the card a second time.
        terminal.simulator->setResponseDelayMs(0);
        QSignalSpy finished(till.payments.get(), &CardPaymentService::finished);
        const auto again = till.payments->pay(19900);
        QVERIFY(!again);
        QVERIFY(again.error().contains(QLatin1String("asked again")));
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toString(), gaveUp.serviceId);
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(!till.payments->unsettled());
        QCOMPARE(attempt(till, gaveUp.serviceId)->state, PaymentAttemptState::Recorded);
        QCOMPARE(till.checkout->journal().lastSequence(), 1);
        QCOMPARE(terminal.simulator->chargedCount(), 1);
    }

    void cancelAtTheTill_stopsThePaymentOnTheTerminal()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        QVERIFY(!till.payments->cancel());
        QSignalSpy received(terminal.simulator.get(), &TerminalSimulator::requestReceived);
        const Finished done = run(till, [&] {
            QVERIFY(till.payments->pay(10054)); // the customer never presents a card
            QVERIFY(received.wait());
            QVERIFY(till.payments->cancel());
        });
        QVERIFY(!done.charged);
        QCOMPARE(attempt(till, done.serviceId)->state, PaymentAttemptState::Declined);
        QCOMPARE(attempt(till, done.serviceId)->outcome, QStringLiteral("cancelled"));
        QVERIFY(till.checkout->sale().tenders().isEmpty());
        QVERIFY(!till.payments->cancel());
    }

    void serviceDestroyedMidPayment_recoversTheApprovedPaymentOnRestart()
    {
        TerminalFixture terminal;
        terminal.simulator->setResponseDelayMs(2000);
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        const QString saleId = till.saleId();
        QSignalSpy received(terminal.simulator.get(), &TerminalSimulator::requestReceived);
        QVERIFY(till.payments->pay(19900));
        QVERIFY(received.wait());
        const QString serviceId = received.first().at(1).toString();
        till.start(terminal); // the old service and its connection are gone, the answer with them
        QCOMPARE(attempt(till, serviceId)->state, PaymentAttemptState::Sent);
        terminal.simulator->setResponseDelayMs(0);
        const Finished done = recover(till);
        QVERIFY2(done.charged, qPrintable(done.message));
        QCOMPARE(done.serviceId, serviceId);
        QVERIFY(till.checkout->journal().entryForSale(saleId));
        QCOMPARE(terminal.simulator->chargedCount(), 1);
    }

    void crashBetweenApprovalAndRecord_tendersExactlyOnce()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        PaymentAttempts attempts(*till.store.database);
        PaymentAttempt approved = attemptFor(QStringLiteral("CRASH1"), till.saleId(), 5000);
        QVERIFY(attempts.create(approved, QDateTime::currentDateTimeUtc()));
        QVERIFY(attempts.advance(approved, PaymentAttemptState::Sent, QDateTime::currentDateTimeUtc()));
        approved.approvedMinor = 5000;
        approved.pspReference = QStringLiteral("CRASH1.PSP");
        QVERIFY(attempts.advance(approved, PaymentAttemptState::Approved, QDateTime::currentDateTimeUtc()));
        // The tender made it to the sale; the till stopped before marking the attempt recorded.
        QVERIFY(till.checkout->tenderApprovedCard(5000, approved.pspReference));
        till.start(terminal);
        QVERIFY(recover(till).charged);
        QCOMPARE(till.checkout->sale().tenders().size(), 1);
        QCOMPARE(attempts.find(QStringLiteral("CRASH1"))->state, PaymentAttemptState::Recorded);
    }

    void approvedForASaleThatIsGone_isReversedOnTheTerminal()
    {
        TerminalFixture terminal;
        Till till(terminal);
        const PaymentResult charged = TerminalFixture::await([&](PaymentTerminal::Completion done) {
            till.terminal->purchase(QStringLiteral("GONE1"), 7000, till.store.profile->currency, std::move(done));
        });
        QVERIFY(charged.charged());
        PaymentAttempts attempts(*till.store.database);
        PaymentAttempt approved =
            attemptFor(QStringLiteral("GONE1"), QUuid::createUuid().toString(QUuid::WithoutBraces), 7000);
        QVERIFY(attempts.create(approved, QDateTime::currentDateTimeUtc()));
        QVERIFY(attempts.advance(approved, PaymentAttemptState::Sent, QDateTime::currentDateTimeUtc()));
        const Finished done = recover(till);
        QVERIFY(!done.charged);
        QCOMPARE(attempts.find(QStringLiteral("GONE1"))->state, PaymentAttemptState::Reversed);
        QCOMPARE(terminal.simulator->chargedCount(), 0);
    }

    void requestedButNeverSent_isAbandonedOnRecovery()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        PaymentAttempts attempts(*till.store.database);
        QVERIFY(attempts.create(attemptFor(QStringLiteral("NEVER1"), till.saleId(), 5000),
                                QDateTime::currentDateTimeUtc()));
        QSignalSpy received(terminal.simulator.get(), &TerminalSimulator::requestReceived);
        QVERIFY(!recover(till).charged);
        QCOMPARE(attempts.find(QStringLiteral("NEVER1"))->state, PaymentAttemptState::Abandoned);
        QCOMPARE(received.count(), 0);
        QVERIFY(pay(till, 19900).charged);
    }

    void typedCardTender_isRefusedOnceATerminalTakesCards()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        QVERIFY(!till.checkout->tender(TenderMethod::Card, 19900, QStringLiteral("typed-1234")));
        QVERIFY(!till.checkout->tenderApprovedCard(19900, QString()));
        QVERIFY(till.checkout->sale().tenders().isEmpty());
        QVERIFY(till.checkout->tender(TenderMethod::Cash, 19900));
    }

    void payment_isRefusedWithoutASaleOrAboveTheBalance()
    {
        TerminalFixture terminal;
        Till till(terminal);
        QVERIFY(!till.payments->pay(1000));
        QVERIFY(till.checkout->scan(QString::fromLatin1(tShirt)));
        QVERIFY(!till.payments->pay(19901));
        QVERIFY(!till.payments->pay(0));
        QVERIFY(!till.payments->busy());
    }
};

QTEST_GUILESS_MAIN(TestCardPaymentService)
#include "tst_cardpaymentservice.moc"
