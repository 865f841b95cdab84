#include "DeviceConfiguration.h"
#include "JournalReceipt.h"
#include "Money.h"
#include "PrintService.h"
#include "ReceiptText.h"
#include "TillFixture.h"
#include "VirtualPrinterServer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace omnitill;

// The durable print queue end to end: sales completed through the real CheckoutService are read back
// from the journal, queued in the store, and printed over TCP on 127.0.0.1 by the virtual printer (or by
// the in-process virtual printer that saves PNG files); the paper is read back as an image and its QR
// code decoded. Paper out, restarts and reprints are played against the same printer.
class TestPrintService : public QObject
{
    Q_OBJECT

private:
    static QString readQr(const QImage &image)
    {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        const auto result = ZXing::ReadBarcode(
            {gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine())},
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        return result.isValid() ? QString::fromStdString(result.text()) : QString();
    }

    static QString text(const PrintDocument &document) { return document.toPlainText(48); }

    // Signs in, opens a shift and sells two T-shirts and a lunch box for cash: receipt 1.
    static qint64 sell(TillFixture &till)
    {
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        if (!till.shifts.currentShiftId()) {
            if (auto opened = till.shifts.open(100000, {{10000, 10}}); !opened)
                qFatal("open shift: %s", qPrintable(opened.error()));
        }
        for (const char *code : {"8809417101124", "8809417101124", "2000101045007"}) {
            if (auto scanned = till.checkout.scan(QString::fromLatin1(code)); !scanned)
                qFatal("scan %s: %s", code, qPrintable(scanned.error()));
        }
        if (auto paid = till.checkout.tender(TenderMethod::Cash, 100000); !paid)
            qFatal("pay: %s", qPrintable(paid.error()));
        return till.checkout.lastCompleted()->sequence;
    }

    struct Network
    {
        Network()
            : server(PrinterProfile::epsonTmT88())
        {
            if (!server.listen())
                qFatal("virtual printer does not listen");
        }
        PrintService::Printer printer() const
        {
            return {PrinterProfile::epsonTmT88(), QStringLiteral("tcp://127.0.0.1:%1").arg(server.port())};
        }
        VirtualPrinterServer server;
    };

    // A till whose receipts print, once started, on the in-process virtual printer: PNG files in folder.
    struct OnVirtualPrinter
    {
        OnVirtualPrinter()
            : folder(till.store.directory.filePath(QStringLiteral("printed")))
            , printing(*till.store.database, *till.store.profile,
                       {PrinterProfile::epsonTmT88(), QStringLiteral("virtual:") + folder})
            , printed(&printing, &PrintService::jobPrinted)
        {
            if (auto started = printing.start(); !started)
                qFatal("print queue: %s", qPrintable(started.error()));
        }
        TillFixture till;
        QString folder;
        PrintService printing;
        QSignalSpy printed;
    };

    static PrinterStatus paperOut()
    {
        PrinterStatus status;
        status.paperOut = true;
        status.stoppedForPaperEnd = true;
        status.offline = true;
        return status;
    }

private Q_SLOTS:
    void completedSale_printsOverTcp_asAPngWhoseQrFindsTheSale()
    {
        TillFixture till;
        Network network;
        PrintService printing(*till.store.database, *till.store.profile, network.printer());
        printing.setStatusPollInterval(20);
        connect(&till.checkout, &CheckoutService::saleCompleted, &printing,
                [&](qint64 sequence) { QVERIFY(printing.printReceipt(sequence).ok()); });
        QCOMPARE(printing.start().value(), 0);
        QSignalSpy printed(&printing, &PrintService::jobPrinted);

        const qint64 sequence = sell(till);
        QVERIFY(printed.wait(10000));
        QCOMPARE(network.server.cuts(), 1);
        const QString png = till.store.directory.filePath(QStringLiteral("printed.png"));
        QVERIFY(network.server.paper().save(png));
        const auto saleId = Receipt::saleIdFromQr(readQr(QImage(png)));
        QVERIFY(saleId);
        QCOMPARE(saleId->toString(QUuid::WithoutBraces), till.checkout.journal().entry(sequence)->saleId);

        const QList<PrintJob> jobs = printing.queue().jobsForSale(sequence);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].kind, PrintJob::Kind::Receipt);
        QCOMPARE(jobs[0].state, PrintJob::State::Printed);
        QCOMPARE(jobs[0].attempts, 1);
        QVERIFY(jobs[0].printedAt.isValid());
        // What went to the printer is the layout of the journal record, line for line.
        VirtualPrinter reference(PrinterProfile::epsonTmT88());
        reference.write(jobs[0].payload);
        QCOMPARE(network.server.paper(), reference.paper());
    }

    void saleReceipt_isQueuedOnce_howeverOftenAskedFor()
    {
        TillFixture till;
        Network network;
        PrintService printing(*till.store.database, *till.store.profile, network.printer());
        const qint64 sequence = sell(till);
        const qint64 first = printing.printReceipt(sequence).value();
        QCOMPARE(printing.printReceipt(sequence).value(), first);
        QCOMPARE(printing.queue().jobsForSale(sequence).size(), 1);
        QCOMPARE(printing.waitingJobs(), 1);
        QVERIFY(!printing.printReceipt(sequence + 1).ok());
    }

    void paperOut_keepsTheJobQueuedWithTheMessage_thenPrintsItOnceWhenPaperIsBack()
    {
        TillFixture till;
        Network network;
        network.server.setStatus(paperOut());
        PrintService printing(*till.store.database, *till.store.profile, network.printer());
        printing.setStatusPollInterval(20);
        QVERIFY(printing.start().ok());
        QSignalSpy message(&printing, &PrintService::printerMessageChanged);
        QSignalSpy printed(&printing, &PrintService::jobPrinted);

        const qint64 sequence = sell(till);
        const qint64 job = printing.printReceipt(sequence).value();
        QVERIFY(message.wait(10000));
        QCOMPARE(printing.printerMessage(), paperOut().message());
        QVERIFY(printing.printerMessage().contains(QStringLiteral("paper")));
        QTest::qWait(200); // several polls: still out of paper, still waiting
        QCOMPARE(printing.queue().job(job)->state, PrintJob::State::Queued);
        QCOMPARE(printing.queue().job(job)->lastError, paperOut().message());
        QCOMPARE(printing.waitingJobs(), 1);
        QCOMPARE(network.server.cuts(), 0);
        QCOMPARE(printed.count(), 0);

        network.server.setStatus({});
        QVERIFY(printed.wait(10000));
        QCOMPARE(printing.printerMessage(), QString());
        QTest::qWait(200);
        QCOMPARE(network.server.cuts(), 1);
        QCOMPARE(printed.count(), 1);
        QCOMPARE(printing.queue().job(job)->state, PrintJob::State::Printed);
        QCOMPARE(printing.queue().job(job)->attempts, 1);
        QCOMPARE(printing.waitingJobs(), 0);
    }

    void printerUnreachable_keepsTheJobQueued_andSaysSo()
    {
        TillFixture till;
        quint16 closedPort = 0;
        {
            Network gone;
            closedPort = gone.server.port();
        }
        PrintService printing(*till.store.database, *till.store.profile,
                              {PrinterProfile::epsonTmT88(), QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort)});
        printing.setStatusPollInterval(50);
        QVERIFY(printing.start().ok());
        QSignalSpy message(&printing, &PrintService::printerMessageChanged);
        const qint64 job = printing.printReceipt(sell(till)).value();
        QVERIFY(message.wait(10000));
        QVERIFY(printing.printerMessage().contains(QStringLiteral("does not answer")));
        QCOMPARE(printing.queue().job(job)->state, PrintJob::State::Queued);
    }

    void restart_withAQueuedOrInterruptedJob_printsIt()
    {
        TillFixture till;
        Network network;
        const qint64 sequence = sell(till);
        qint64 queued = 0;
        qint64 interrupted = 0;
        {
            // A till that queued two jobs and stopped, one of them half-way to the printer.
            PrintService before(*till.store.database, *till.store.profile, network.printer());
            queued = before.printReceipt(sequence).value();
            interrupted = before.reprint(sequence).value();
        }
        QVERIFY(PrintQueue(*till.store.database).markPrinting(interrupted).ok());
        QCOMPARE(network.server.cuts(), 0);

        PrintService after(*till.store.database, *till.store.profile, network.printer());
        QSignalSpy printed(&after, &PrintService::jobPrinted);
        QCOMPARE(after.start().value(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 2, 10000);
        QCOMPARE(network.server.cuts(), 2);
        QCOMPARE(after.queue().job(queued)->state, PrintJob::State::Printed);
        QCOMPARE(after.queue().job(interrupted)->state, PrintJob::State::Printed);
        QVERIFY(after.queue().job(interrupted)->lastError.contains(QStringLiteral("twice")));
    }

    void restart_afterACrashBetweenJournalAndQueue_queuesTheMissedReceipt()
    {
        TillFixture till;
        Network network;
        {
            PrintService before(*till.store.database, *till.store.profile, network.printer());
            QVERIFY(before.printReceipt(sell(till)).ok());
        }
        // The next sale is journaled, and the till stops before its receipt is queued.
        for (const char *code : {"8809417101124"})
            QVERIFY(till.checkout.scan(QString::fromLatin1(code)).ok());
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 50000).ok());
        const qint64 missed = till.checkout.lastCompleted()->sequence;

        PrintService after(*till.store.database, *till.store.profile, network.printer());
        QSignalSpy printed(&after, &PrintService::jobPrinted);
        QCOMPARE(after.start().value(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 2, 10000);
        QCOMPARE(after.queue().jobsForSale(missed).size(), 1);
    }

    void reprint_isMarkedAsACopy()
    {
        TillFixture till;
        Network network;
        PrintService printing(*till.store.database, *till.store.profile, network.printer());
        const qint64 sequence = sell(till);
        const QString original = text(printing.document(sequence, Receipt::Kind::Original).value());
        const QString copy = text(printing.document(sequence, Receipt::Kind::Copy).value());
        QVERIFY(!original.contains(QStringLiteral("COPY")));
        QCOMPARE(copy.count(QStringLiteral("*** COPY (reprint) ***")), 2); // top and bottom

        QSignalSpy printed(&printing, &PrintService::jobPrinted);
        QVERIFY(printing.start().ok());
        const qint64 job = printing.reprint(sequence).value();
        QVERIFY(printed.wait(10000));
        QCOMPARE(printing.queue().job(job)->kind, PrintJob::Kind::Copy);
        // The copy is a second job beside the receipt, never in its place.
        QCOMPARE(printing.reprint(sequence).value(), job + 1);
        VirtualPrinter paper(PrinterProfile::epsonTmT88());
        paper.write(printing.queue().job(job)->payload);
        QVERIFY(paper.textLines().join(QLatin1Char('\n')).contains(QStringLiteral("*** COPY (reprint) ***")));
    }

    void giftReceipt_showsItemsButNoPrice()
    {
        TillFixture till;
        Network network;
        PrintService printing(*till.store.database, *till.store.profile, network.printer());
        const qint64 sequence = sell(till);
        const QString gift = text(printing.document(sequence, Receipt::Kind::Gift).value());
        const QString full = text(printing.document(sequence, Receipt::Kind::Original).value());
        QVERIFY(gift.contains(QStringLiteral("GIFT RECEIPT")));
        const JournalEntry entry = *till.checkout.journal().entry(sequence);
        const Receipt receipt = JournalReceipt::fromEntry(entry, *till.store.profile).value();
        QCOMPARE(receipt.lines.size(), 3);
        for (const Receipt::Line &line : receipt.lines) {
            QVERIFY2(gift.contains(line.name), qPrintable(line.name));
            const QString price = Money(line.unitPriceMinor, till.store.profile->currency)
                                      .format(QLocale(till.store.profile->localeName));
            QVERIFY2(full.contains(price), qPrintable(price)); // the check can fail
            QVERIFY2(!gift.contains(price), qPrintable(price));
        }
        QVERIFY(full.contains(QStringLiteral("₩")));
        QVERIFY(!gift.contains(QStringLiteral("₩")));
        QVERIFY(!gift.contains(QString::number(entry.totalMinor)));
        // The gift receipt still finds the sale, for the exchange.
        const auto blocks = printing.document(sequence, Receipt::Kind::Gift).value().blocks();
        QVERIFY(std::any_of(blocks.cbegin(), blocks.cend(),
                            [](const PrintBlock &block) { return block.kind == PrintBlock::Kind::QrCode; }));
    }

    void virtualAddress_savesEachReceiptAsAPng()
    {
        OnVirtualPrinter onVirtualPrinter;
        auto &[till, folder, printing, printed] = onVirtualPrinter;
        const qint64 sequence = sell(till);
        QVERIFY(printing.printReceipt(sequence).ok());
        QVERIFY(printing.printGiftReceipt(sequence).ok());
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 2, 10000);
        const QStringList files = QDir(folder).entryList({QStringLiteral("receipt-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        const QString saleId = till.checkout.journal().entry(sequence)->saleId;
        for (const QString &file : files)
            QCOMPARE(Receipt::saleIdFromQr(readQr(QImage(QDir(folder).filePath(file))))->toString(QUuid::WithoutBraces),
                     saleId);
    }

    void testPage_printsThroughTheQueue_asAJobOfNoSale()
    {
        OnVirtualPrinter onVirtualPrinter;
        auto &[till, folder, printing, printed] = onVirtualPrinter;
        const auto job = printing.printTestPage();
        QVERIFY2(job.ok(), job.ok() ? "" : qPrintable(job.error()));
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 10000);
        QCOMPARE(printing.queue().job(*job)->kind, PrintJob::Kind::Test);
        QCOMPARE(printing.queue().job(*job)->state, PrintJob::State::Printed);
        QCOMPARE(printing.queue().job(*job)->sequence, qint64(0));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("receipt-*.png")}, QDir::Files).size(), 1);
        // A sale's receipt still queues after it: the test page took no receipt number.
        const qint64 sequence = sell(till);
        QVERIFY(printing.printReceipt(sequence).ok());
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 2, 10000);
    }

    void cashReceipt_opensTheDrawer_copiesAndCardSalesDoNot_andNoSaleOpensItOnTheSpot()
    {
        OnVirtualPrinter onVirtualPrinter;
        auto &[till, folder, printing, printed] = onVirtualPrinter;
        QSignalSpy drawer(&printing, &PrintService::drawerOpened);
        const auto drawerLog = [&] {
            QFile log(QDir(folder).filePath(QStringLiteral("drawer.log")));
            return log.open(QIODevice::ReadOnly) ? log.readAll().count('\n') : 0;
        };

        const qint64 cashSale = sell(till);
        QVERIFY(printing.printReceipt(cashSale).ok());
        QVERIFY(printing.reprint(cashSale).ok());
        QVERIFY(till.checkout.scan(QStringLiteral("8809417101124")));
        QVERIFY(till.checkout.tender(TenderMethod::Card, 19900, QStringLiteral("T-9")));
        QVERIFY(printing.printReceipt(till.checkout.lastCompleted()->sequence).ok());
        QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 3, 10000);
        QCOMPARE(drawerLog(), 1); // the cash sale's receipt only

        QObject::connect(&till.shifts, &ShiftService::drawerOpenRequested, &printing, &PrintService::openDrawer);
        QVERIFY(!till.shifts.openDrawerNoSale(QStringLiteral("change for the bus"))); // a cashier asks
        QVERIFY(till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(till.shifts.openDrawerNoSale(QStringLiteral("change for the bus")));
        QTRY_COMPARE(drawer.count(), 1);
        QVERIFY(drawer.first().at(0).toBool());
        QCOMPARE(drawerLog(), 2);
        const auto x = till.shifts.xReport();
        QVERIFY(!x); // a cashier may not read the X report alone either
        QVERIFY(till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222")));
        const auto report = till.shifts.xReport();
        QVERIFY(report);
        QCOMPARE(report->noSales.count, 1);
        QCOMPARE(report->expectedCashMinor, 100000 + report->cashSalesMinor);
    }

    void noSale_whenThePrinterCannotBeReached_saysTheDrawerDidNotOpen()
    {
        TillFixture till;
        PrintService printing(*till.store.database, *till.store.profile,
                              {PrinterProfile::epsonTmT88(), QStringLiteral("tcp://127.0.0.1:1")});
        QSignalSpy drawer(&printing, &PrintService::drawerOpened);
        printing.openDrawer();
        QTRY_COMPARE_WITH_TIMEOUT(drawer.count(), 1, 10000);
        QVERIFY(!drawer.first().at(0).toBool());
        QVERIFY(!drawer.first().at(1).toString().isEmpty());
    }

    void printerSettings_chooseTheProfileAndAddress()
    {
        StoreFixture store;
        StoreSettings settings(*store.database);
        auto fallback = PrintService::printerFromSettings(settings, QStringLiteral("virtual:/tmp/x"));
        QCOMPARE(fallback->profile.name, QStringLiteral("epson-tm-t88"));
        QCOMPARE(fallback->address, QStringLiteral("virtual:/tmp/x"));
        QVERIFY(settings.setValue(PrintService::profileKey, QStringLiteral("bixolon-srp-350")).ok());
        QVERIFY(settings.setValue(PrintService::addressKey, QStringLiteral("tcp://10.0.0.9:9100")).ok());
        auto configured = PrintService::printerFromSettings(settings, QStringLiteral("virtual:/tmp/x"));
        QCOMPARE(configured->profile.name, QStringLiteral("bixolon-srp-350"));
        QCOMPARE(configured->address, QStringLiteral("tcp://10.0.0.9:9100"));
        QVERIFY(settings.setValue(PrintService::profileKey, QStringLiteral("no-such-printer")).ok());
        QVERIFY(!PrintService::printerFromSettings(settings, {}).ok());
    }

    void devicesJson_namesTheReceiptPrinterBeforeTheStoreSettings()
    {
        auto devices = DeviceConfiguration::defaults(QStringLiteral("/tmp/printed"));
        const auto printer = PrintService::printerFromDevices(devices);
        QVERIFY(printer && printer->ok());
        QCOMPARE((*printer)->address, QStringLiteral("virtual:/tmp/printed"));
        devices.devices[0].model = QStringLiteral("bixolon-srp-350");
        devices.devices[0].address = QStringLiteral("usb://1504:0006");
        const auto bixolon = PrintService::printerFromDevices(devices);
        QCOMPARE((*bixolon)->profile.name, QStringLiteral("bixolon-srp-350"));
        QCOMPARE((*bixolon)->address, QStringLiteral("usb://1504:0006"));
        devices.devices[0].model = QStringLiteral("no-such-printer");
        QVERIFY(!PrintService::printerFromDevices(devices)->ok());
        devices.devices.removeFirst();
        QVERIFY(!PrintService::printerFromDevices(devices)); // no receipt printer: the store settings decide
    }
};

QTEST_MAIN(TestPrintService)
#include "tst_printservice.moc"
