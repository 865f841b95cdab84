#include "../hardware/NetworkPrinter.h"
#include "../payments/TerminalFixture.h"
#include "../services/StoreFixture.h"
#include "SaleJournal.h"
#include "StoreSettings.h"
#include "TillAssembly.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

// Card payments as the till wires them (TillAssembly): the store settings name the terminal, the Pay panel's
// card button sends the balance or a part of it, the approved payment completes the sale, the receipt carries
// the terminal's customer and merchant slips, which are never written to disk; a payment interrupted by
// the till stopping is settled at the next start. The terminal is the simulator over HTTPS with the shared key.
class TestCardPayScreen : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124"; // 19,900 won

    // A till whose receipts go to a network printer that reads them back as text.
    static void printTo(StoreFixture &store, const NetworkPrinter &printer)
    {
        if (!StoreSettings(*store.database).setValue(QStringLiteral("printer.address"), printer.address()))
            qFatal("cannot set the printer");
    }

    static void useTerminal(StoreFixture &store, const TerminalFixture &terminal)
    {
        const QString certificate = terminal.directory.filePath(QStringLiteral("terminal.pem"));
        StoreSettings settings(*store.database);
        const QList<std::pair<QString, QString>> values{
            {QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://127.0.0.1:%1").arg(terminal.port)},
            {QStringLiteral("payment.poiId"), terminal.terminalSettings.poiId},
            {QStringLiteral("payment.keyId"), terminal.key.keyIdentifier},
            {QStringLiteral("payment.keyVersion"), QString::number(terminal.key.keyVersion)},
            {QStringLiteral("payment.certificate"), certificate}};
        for (const auto &[key, value] : values)
            QVERIFY(settings.setValue(key, value));
        qputenv("OMNITILL_TERMINAL_PASSPHRASE", terminal.key.passphrase);
    }

    static std::unique_ptr<TillAssembly> assemble(StoreFixture &store)
    {
        return std::make_unique<TillAssembly>(*store.database, *store.catalog, StoreSettings(*store.database),
                                              *store.profile);
    }

    // A store whose settings name the simulated terminal; open() starts its till.
    struct TerminalStore
    {
        TerminalStore() { useTerminal(store, terminal); }
        TillAssembly &open()
        {
            till = assemble(store);
            return *till;
        }

        TerminalFixture terminal;
        StoreFixture store;
        std::unique_ptr<TillAssembly> till;
    };

    static void startSelling(TillAssembly &till)
    {
        QVERIFY(till.staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(till.shifts.open(50000));
        QVERIFY(till.till.submitCode(QString::fromLatin1(tShirtM)));
    }

    // A sale of one T-shirt paid by card through the terminal; returns its receipt number.
    static qint64 cardSale(TillAssembly &till)
    {
        startSelling(till);
        if (!till.cardScreen.pay(QString()) || !QTest::qWaitFor([&] { return till.till.finished(); }, 20000))
            qFatal("the card sale did not complete");
        const qint64 sequence = till.checkout.lastCompleted()->sequence;
        till.till.newSale();
        return sequence;
    }

    // Chooses the T-shirt of that receipt on the returns screen and refunds it.
    static bool returnTheShirt(TillAssembly &till, qint64 sequence)
    {
        if (!till.returnsScreen.load(QString::number(sequence)))
            return false;
        till.returnsScreen.change(0, 1);
        return till.returnsScreen.refund();
    }

    static QJsonObject lastRecord(const TillAssembly &till)
    {
        const auto last = till.checkout.journal().entry(till.checkout.journal().lastSequence());
        return last ? last->record : QJsonObject();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Every byte the till keeps on disk: the database with its WAL, and anything beside it.
    static QByteArray everythingStored(const StoreFixture &store)
    {
        QByteArray all;
        QDirIterator files(store.directory.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            all += fileBytes(files.next());
        return all;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("OMNITILL_PLUGIN_PATH", PLUGIN_DIR); }

    void withoutTerminal_cardTakenOnTheStoresOwnTerminalIsRecorded()
    {
        StoreFixture store;
        auto till = assemble(store);
        QVERIFY(!till->cardScreen.integrated());
        startSelling(*till);
        QVERIFY(till->cardScreen.pay(QString()));
        QVERIFY(till->till.finished());
        const auto entry = till->checkout.lastCompleted();
        QVERIFY(entry);
        const QJsonObject tender = entry->record.value(QLatin1String("tenders")).toArray().first().toObject();
        QCOMPARE(tender.value(QLatin1String("method")).toString(), QStringLiteral("card"));
        QCOMPARE(tender.value(QLatin1String("amount")).toInteger(), 19900);
    }

    void configuredTerminalThatCannotBeUsed_takesNoCardAtAllAndSaysWhy()
    {
        StoreFixture store;
        StoreSettings settings(*store.database);
        QVERIFY(settings.setValue(QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://10.0.0.20:8443")));
        auto till = assemble(store);
        QVERIFY(till->cardScreen.integrated());
        QVERIFY(!till->cardTerminalProblem.isEmpty());
        startSelling(*till);
        QVERIFY(!till->cardScreen.pay(QString()));
        QVERIFY2(till->cardScreen.message().contains(QStringLiteral("certificate")),
                 qPrintable(till->cardScreen.message()));
        QVERIFY(!till->checkout.tender(TenderMethod::Card, 19900, QStringLiteral("typed")));
        QVERIFY(!till->till.finished());
    }

    void protocolWithoutItsPlugin_takesNoCardAndSaysWhichPluginIsMissing()
    {
        StoreFixture store;
        StoreSettings settings(*store.database);
        QVERIFY(settings.setValue(QStringLiteral("payment.protocol"), QStringLiteral("zvt")));
        QVERIFY(settings.setValue(QStringLiteral("payment.terminal"), QStringLiteral("tcp://10.0.0.20:20007")));
        auto till = assemble(store);
        QVERIFY(till->cardScreen.integrated());
        startSelling(*till);
        QVERIFY(!till->cardScreen.pay(QString()));
        QVERIFY2(till->cardScreen.message().contains(QStringLiteral("\"zvt\"")),
                 qPrintable(till->cardScreen.message()));
        QVERIFY(!till->till.finished());
    }

    void terminalApproves_saleCompletes_receiptPrintsBothSlips_andKeepsNoneOfThem()
    {
        TerminalFixture terminal;
        StoreFixture store;
        NetworkPrinter printer(PrinterProfile::epsonTmT88());
        QVERIFY(printer.listening);
        printTo(store, printer);
        useTerminal(store, terminal);
        auto till = assemble(store);
        QVERIFY(till->cardScreen.integrated());
        startSelling(*till);

        QVERIFY(till->cardScreen.pay(QString()));
        QVERIFY(till->cardScreen.busy());
        QTRY_VERIFY_WITH_TIMEOUT(till->till.finished(), 20000);
        QVERIFY(!till->cardScreen.messageIsError());
        QCOMPARE(terminal.simulator->chargedCount(), 1);
        const auto entry = till->checkout.lastCompleted();
        const QJsonObject tender = entry->record.value(QLatin1String("tenders")).toArray().first().toObject();
        QCOMPARE(tender.value(QLatin1String("method")).toString(), QStringLiteral("card"));
        QVERIFY(!tender.value(QLatin1String("reference")).toString().isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(till->printing.waitingJobs(), 0, 20000);
        const QString printed = printer.server->textLines().join(u'\n');
        QVERIFY2(printed.contains(QStringLiteral("CARDHOLDER COPY")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("MERCHANT COPY")));
        QVERIFY(printed.contains(QStringLiteral("541333 **** 9999")));
        QCOMPARE(printer.server->cuts(), 2); // the merchant copy is torn off apart
        // The queued job holds the receipt without the slips; nothing on disk has the card's number.
        const auto jobs = till->printing.queue().jobsForSale(entry->sequence);
        QCOMPARE(jobs.size(), 1);
        QVERIFY(!jobs.first().payload.isEmpty());
        QVERIFY(!jobs.first().payload.contains("541333"));
        QVERIFY(!everythingStored(store).contains("541333"));
    }

    void partialApproval_leavesTheRestToPay_inCash()
    {
        TerminalStore card;
        TillAssembly *till = &card.open();
        startSelling(*till);
        // An amount ending in 56 is half approved by the simulator, as test hosts do.
        QVERIFY(till->cardScreen.pay(QStringLiteral("10056")));
        QTRY_VERIFY_WITH_TIMEOUT(!till->cardScreen.busy(), 20000);
        QVERIFY2(till->cardScreen.message().contains(QStringLiteral("rest")), qPrintable(till->cardScreen.message()));
        QCOMPARE(till->checkout.sale().totals().balanceMinor, 19900 - 5028);
        QVERIFY(till->till.payCash(QString()));
        QVERIFY(till->till.finished());
    }

    void declined_saysSo_andTheSaleWaitsForAnotherPayment()
    {
        TerminalStore card;
        auto &terminal = card.terminal;
        TillAssembly *till = &card.open();
        startSelling(*till);
        QVERIFY(till->cardScreen.pay(QStringLiteral("10051")));
        QTRY_VERIFY_WITH_TIMEOUT(!till->cardScreen.busy(), 20000);
        QVERIFY(till->cardScreen.messageIsError());
        QCOMPARE(till->checkout.sale().totals().balanceMinor, 19900);
        QCOMPARE(terminal.simulator->chargedCount(), 0);
    }

    void offlineApprovals_withinTheManagersCaps_areFlagged_beyondThemReversed()
    {
        TerminalFixture terminal;
        StoreFixture store;
        useTerminal(store, terminal);
        StoreSettings settings(*store.database);
        QVERIFY(settings.setValue(QStringLiteral("payment.offlineMaxPerPayment"), QStringLiteral("12000")));
        QVERIFY(settings.setValue(QStringLiteral("payment.offlineMaxPerDay"), QStringLiteral("15000")));
        auto till = assemble(store);
        startSelling(*till);

        // Amounts ending in 58 are approved by the terminal alone (store and forward).
        QVERIFY(till->cardScreen.pay(QStringLiteral("10058")));
        QTRY_VERIFY_WITH_TIMEOUT(!till->cardScreen.busy(), 20000);
        QVERIFY2(till->cardScreen.message().contains(QStringLiteral("offline")),
                 qPrintable(till->cardScreen.message()));
        QCOMPARE(till->checkout.sale().tenders().size(), 1);
        QVERIFY(till->checkout.sale().tenders().first().offline);

        // A second one would take today's offline total past 15,000: reversed on the terminal, nothing on the sale.
        QVERIFY(till->cardScreen.pay(QStringLiteral("5058")));
        QTRY_VERIFY_WITH_TIMEOUT(!till->cardScreen.busy(), 20000);
        QVERIFY(till->cardScreen.messageIsError());
        QVERIFY2(till->cardScreen.message().contains(QStringLiteral("15,000")), qPrintable(till->cardScreen.message()));
        QCOMPARE(till->checkout.sale().tenders().size(), 1);
        QCOMPARE(terminal.simulator->refundedMinor(), 5058);

        QVERIFY(till->till.payCash(QString()));
        const auto entry = till->checkout.lastCompleted();
        const QJsonObject card = entry->record.value(QLatin1String("tenders")).toArray().first().toObject();
        QVERIFY(card.value(QLatin1String("offline")).toBool());
        const auto receipt = till->printing.document(entry->sequence, Receipt::Kind::Original);
        QVERIFY(receipt);
        QVERIFY(receipt->toPlainText(42).contains(QStringLiteral("Approved offline")));

        // One above the per-payment cap is reversed whatever today's total.
        till->till.newSale();
        QVERIFY(till->till.submitCode(QString::fromLatin1(tShirtM)));
        QVERIFY(till->cardScreen.pay(QStringLiteral("13058")));
        QTRY_VERIFY_WITH_TIMEOUT(!till->cardScreen.busy(), 20000);
        QVERIFY2(till->cardScreen.message().contains(QStringLiteral("12,000")), qPrintable(till->cardScreen.message()));
        QVERIFY(till->checkout.sale().tenders().isEmpty());
    }

    void returnOfACardSale_refundsTheCardThroughTheTerminal_thenJournalsTheReturn()
    {
        TerminalStore card;
        auto &terminal = card.terminal;
        TillAssembly *till = &card.open();
        const qint64 sale = cardSale(*till);

        QVERIFY(returnTheShirt(*till, sale));
        QVERIFY(till->cardRefunds->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!till->cardRefunds->busy(), 20000);
        QVERIFY2(!till->returnsScreen.messageIsError(), qPrintable(till->returnsScreen.message()));
        QCOMPARE(terminal.simulator->refundedMinor(), 19900);
        const QJsonObject record = lastRecord(*till);
        QCOMPARE(record.value(QLatin1String("kind")).toString(), QStringLiteral("return"));
        const QJsonObject refund = record.value(QLatin1String("refunds")).toArray().first().toObject();
        QCOMPARE(refund.value(QLatin1String("method")).toString(), QStringLiteral("card"));
        QCOMPARE(refund.value(QLatin1String("amount")).toInteger(), 19900);

        // Nothing is left to return, so nothing more can go back to the card.
        QVERIFY(!returnTheShirt(*till, sale));
        QCOMPARE(terminal.simulator->refundedMinor(), 19900);
    }

    void refundAnswerLost_theTerminalIsAsked_andTheReturnJournaledOnce()
    {
        TerminalStore card;
        auto &terminal = card.terminal;
        TillAssembly *till = &card.open();
        const qint64 sale = cardSale(*till);
        const qint64 before = till->checkout.journal().lastSequence();

        terminal.simulator->setScriptedOutcome(SimulatedOutcome::DropAfterApproval);
        QVERIFY(returnTheShirt(*till, sale));
        QTRY_VERIFY_WITH_TIMEOUT(!till->cardRefunds->busy(), 20000);
        QCOMPARE(terminal.simulator->refundedMinor(), 19900);
        QCOMPARE(till->checkout.journal().lastSequence(), before + 1);
        QCOMPARE(lastRecord(*till).value(QLatin1String("kind")).toString(), QStringLiteral("return"));
    }

    void tillStoppedWhileTheTerminalRefunds_nextStartJournalsTheReturn()
    {
        TerminalStore card;
        auto &terminal = card.terminal;
        TillAssembly *till = &card.open();
        const qint64 sale = cardSale(*till);
        const qint64 before = till->checkout.journal().lastSequence();

        terminal.simulator->setResponseDelayMs(1000);
        QVERIFY(returnTheShirt(*till, sale));
        // Stopped once the terminal has refunded, before its answer (a second later) arrives; a fixed wait
        // instead was too short for the TLS handshake on a loaded machine.
        QTRY_COMPARE_WITH_TIMEOUT(terminal.simulator->refundedMinor(), qint64(19900), 10000);
        card.till.reset(); // refunded on the terminal, never heard by this run
        terminal.simulator->setResponseDelayMs(0);

        auto restarted = assemble(card.store);
        QVERIFY(restarted->staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(restarted->restore());
        QTRY_COMPARE_WITH_TIMEOUT(restarted->checkout.journal().lastSequence(), before + 1, 20000);
        QCOMPARE(lastRecord(*restarted).value(QLatin1String("kind")).toString(), QStringLiteral("return"));
        QCOMPARE(terminal.simulator->refundedMinor(), 19900);
    }

    // A T-shirt paid ₩12,000 on one card and the ₩7,900 left on another; returns its receipt number.
    static qint64 twoCardSale(TillAssembly &till)
    {
        startSelling(till);
        if (!till.cardScreen.pay(QStringLiteral("12,000")) ||
            !QTest::qWaitFor([&] { return !till.cardPayments->busy(); }, 20000) ||
            till.checkout.sale().tenders().size() != 1 || !till.cardScreen.pay(QString()) ||
            !QTest::qWaitFor([&] { return till.till.finished(); }, 20000))
            qFatal("the two-card sale did not complete");
        const qint64 sequence = till.checkout.lastCompleted()->sequence;
        till.till.newSale();
        return sequence;
    }

    // The card refunds of a journaled return or exchange: amount by the original payment's reference.
    static QList<std::pair<QString, qint64>> cardRefundsOf(const QJsonArray &refunds)
    {
        QList<std::pair<QString, qint64>> cards;
        for (const QJsonValue &value : refunds) {
            const QJsonObject refund = value.toObject();
            if (refund.value(QLatin1String("method")).toString() == QLatin1String("card"))
                cards.append({refund.value(QLatin1String("reference")).toString(),
                              refund.value(QLatin1String("amount")).toInteger()});
        }
        return cards;
    }

    // Each card of that sale refunded exactly what it paid, in one return journaled after the sale.
    static void verifyBothCardsRefundedInOneReturn(const TillAssembly &till, qint64 sale)
    {
        QCOMPARE(till.checkout.journal().lastSequence(), sale + 1);
        const QJsonObject record = lastRecord(till);
        QCOMPARE(record.value(QLatin1String("kind")).toString(), QStringLiteral("return"));
        const auto cards = cardRefundsOf(record.value(QLatin1String("refunds")).toArray());
        QCOMPARE(cards.size(), 2);
        QCOMPARE(cards.at(0).second, 12000);
        QCOMPARE(cards.at(1).second, 7900);
        QVERIFY(cards.at(0).first != cards.at(1).first);
        const QJsonArray paid = till.checkout.journal().entry(sale)->record.value(QLatin1String("tenders")).toArray();
        for (int tender = 0; tender < 2; ++tender) {
            QCOMPARE(paid.at(tender).toObject().value(QLatin1String("reference")).toString(), cards.at(tender).first);
            QCOMPARE(paid.at(tender).toObject().value(QLatin1String("amount")).toInteger(), cards.at(tender).second);
        }
    }

    void returnOfATwoCardSale_refundsEachCardForItsPart_inOneReturn()
    {
        TerminalStore card;
        TillAssembly &till = card.open();
        const qint64 sale = twoCardSale(till);

        QVERIFY(returnTheShirt(till, sale));
        QTRY_VERIFY_WITH_TIMEOUT(!till.cardRefunds->busy(), 20000);
        QVERIFY2(!till.returnsScreen.messageIsError(), qPrintable(till.returnsScreen.message()));
        QCOMPARE(card.terminal.simulator->refundedMinor(), 19900);
        verifyBothCardsRefundedInOneReturn(till, sale);
        QVERIFY(!returnTheShirt(till, sale)); // nothing left: no card gets more
        QCOMPARE(card.terminal.simulator->refundedMinor(), 19900);
    }

    void secondCardRefused_theFirstStaysRefunded_andRefundingAgainFinishesWithoutRefundingItTwice()
    {
        TerminalStore card;
        TillAssembly &till = card.open();
        const qint64 sale = twoCardSale(till);
        TerminalSimulator &simulator = *card.terminal.simulator;

        simulator.setResponseDelayMs(800);
        QVERIFY(returnTheShirt(till, sale));
        QTRY_COMPARE_WITH_TIMEOUT(simulator.refundedMinor(), qint64(12000), 10000);
        simulator.setScriptedOutcome(SimulatedOutcome::Decline); // for the second card
        QTRY_VERIFY_WITH_TIMEOUT(!till.cardRefunds->busy(), 20000);
        QVERIFY(till.returnsScreen.messageIsError());
        QVERIFY2(till.returnsScreen.message().contains(QStringLiteral("1 other card")),
                 qPrintable(till.returnsScreen.message()));
        QCOMPARE(till.checkout.journal().lastSequence(), sale); // no return until every card is refunded
        // Another return of the sale waits for this one.
        const QString saleId = till.checkout.journal().entry(sale)->saleId;
        const auto other = till.cardRefunds->refund(saleId, {{2, Quantity{1000}, true, ReturnReason::ChangedMind}});
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(QStringLiteral("Another return")), qPrintable(other.error()));

        simulator.setScriptedOutcome(std::nullopt);
        simulator.setResponseDelayMs(0);
        QVERIFY(returnTheShirt(till, sale));
        QTRY_VERIFY_WITH_TIMEOUT(!till.cardRefunds->busy(), 20000);
        QCOMPARE(simulator.refundedMinor(), 19900);
        verifyBothCardsRefundedInOneReturn(till, sale);
    }

    void tillStoppedBetweenTwoCardRefunds_nextStartRefundsTheOtherAndJournalsTheReturnOnce()
    {
        TerminalStore card;
        const qint64 sale = twoCardSale(card.open());
        TerminalSimulator &simulator = *card.terminal.simulator;

        simulator.setResponseDelayMs(1000);
        QVERIFY(returnTheShirt(*card.till, sale));
        QTRY_COMPARE_WITH_TIMEOUT(simulator.refundedMinor(), qint64(12000), 10000);
        card.till.reset(); // the first card refunded on the terminal, never heard by this run
        simulator.setResponseDelayMs(0);

        auto restarted = assemble(card.store);
        QVERIFY(restarted->staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(restarted->restore());
        QTRY_COMPARE_WITH_TIMEOUT(restarted->checkout.journal().lastSequence(), sale + 1, 20000);
        QTRY_VERIFY(!restarted->cardRefunds->busy());
        QCOMPARE(simulator.refundedMinor(), 19900);
        verifyBothCardsRefundedInOneReturn(*restarted, sale);
    }

    void exchangeThatRefundsACard_completesOnlyOnceTheTerminalRefundedIt()
    {
        TerminalStore card;
        TillAssembly &till = card.open();
        const qint64 sale = cardSale(till);
        QVERIFY(till.returnsScreen.load(QString::number(sale)));
        till.returnsScreen.change(0, 1);
        QVERIFY(till.returnsScreen.exchange());
        QVERIFY(till.till.submitCode(QStringLiteral("8801105001013"))); // ₩1,000 of water for the ₩19,900 shirt
        QVERIFY(till.exchangeScreen.canComplete());

        QVERIFY(till.exchangeScreen.complete());
        QCOMPARE(till.checkout.sale().state(), SaleState::Open); // not before the card has its money
        QTRY_COMPARE_WITH_TIMEOUT(till.checkout.sale().state(), SaleState::Completed, 20000);
        QVERIFY2(!till.exchangeScreen.messageIsError(), qPrintable(till.exchangeScreen.message()));
        QCOMPARE(card.terminal.simulator->refundedMinor(), 18900);
        QCOMPARE(till.checkout.journal().lastSequence(), sale + 2); // the return, then the sale
        const QJsonObject exchange = lastRecord(till).value(QLatin1String("exchange")).toObject();
        const auto cards = cardRefundsOf(exchange.value(QLatin1String("refunds")).toArray());
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().second, 18900);
        QVERIFY(till.exchangeScreen.refundText().contains(QStringLiteral("card")));
    }

    void tillStoppedWhileTheCustomerPays_nextStartCompletesTheSaleWithThatPayment()
    {
        TerminalFixture terminal;
        terminal.simulator->setResponseDelayMs(1500);
        StoreFixture store;
        useTerminal(store, terminal);
        auto till = assemble(store);
        startSelling(*till);
        QVERIFY(till->cardScreen.pay(QString()));
        QTest::qWait(200); // the request is at the terminal
        till.reset();      // the till stops; the customer's card is charged all the same
        QTRY_COMPARE_WITH_TIMEOUT(terminal.simulator->chargedCount(), 1, 10000);
        terminal.simulator->setResponseDelayMs(0);

        auto restarted = assemble(store);
        QVERIFY(restarted->staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(restarted->restore());
        QTRY_VERIFY_WITH_TIMEOUT(restarted->checkout.lastCompleted().has_value(), 20000);
        QCOMPARE(restarted->checkout.lastCompleted()->record.value(QLatin1String("tenders")).toArray().size(), 1);
        QCOMPARE(terminal.simulator->chargedCount(), 1);
    }
};

QTEST_MAIN(TestCardPayScreen)
#include "tst_cardpayscreen.moc"
