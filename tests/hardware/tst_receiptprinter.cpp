#include "CheckoutService.h"
#include "GoldenImage.h"
#include "PrinterConnection.h"
#include "ReceiptPrinter.h"
#include "ReceiptText.h"
#include "VirtualPrinterServer.h"
#include "services/StoreFixture.h"

#include <QTest>
#include <QThread>
#include <ZXing/ReadBarcode.h>
#include <ctime>

using namespace omnitill;

// One receipt model, every rendering: the ESC/POS for each printer goes through the virtual printer and
// is compared with a golden PNG; the printed QR code is read back with ZXing and finds the sale.
class TestReceiptPrinter : public QObject
{
    Q_OBJECT

private:
    static QDateTime fixedClock() { return QDateTime(QDate(2026, 11, 25), QTime(5, 30), Qt::UTC); }

    // The Seoul demo sale of tst_receipttext: two T-shirts, bananas by weight, a lunch box, paid in cash.
    static Receipt seoulReceipt()
    {
        StoreFixture store(DemoStores::Store::Seoul);
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        checkout.setClock(&fixedClock);
        for (const char *code : {"8809417101124", "8809417101124", "2500001004529", "2000101045007"}) {
            if (auto scanned = checkout.scan(QString::fromLatin1(code)); !scanned)
                qFatal("scan %s: %s", code, qPrintable(scanned.error()));
        }
        if (auto paid = checkout.tender(TenderMethod::Cash, 50000); !paid)
            qFatal("pay: %s", qPrintable(paid.error()));
        Receipt receipt = Receipt::fromSale(checkout.sale(), checkout.lastCompleted()->sequence);
        // The sale id is random; pin it so the QR code, and with it the golden image, holds still.
        receipt.saleId = QUuid(QStringLiteral("{5b1c0c3e-8f9a-4c57-9d8e-0f6f9a1b2c3d}"));
        return receipt;
    }

    static QString readQr(const QImage &image)
    {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        const auto result = ZXing::ReadBarcode(
            {gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine())},
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        return result.isValid() ? QString::fromStdString(result.text()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Seoul"); // receipts print the till's local time
        tzset();
    }

    void seoulReceipt_matchesGolden_onEveryPrinter_data()
    {
        QTest::addColumn<QString>("model");
        for (const QString &name : PrinterProfile::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void seoulReceipt_matchesGolden_onEveryPrinter()
    {
        QFETCH(QString, model);
        const PrinterProfile profile = PrinterProfile::named(model).value();
        const auto image = ReceiptPrinter::image(seoulReceipt(), profile);
        QVERIFY(image.ok());
        QVERIFY(matchesGoldenImage(*image, QStringLiteral(GOLDEN_DIR "/receipt_seoul_%1.png").arg(model)));
    }

    void printedQrCode_findsTheSaleAgain()
    {
        const Receipt receipt = seoulReceipt();
        for (const PrinterProfile &profile : {PrinterProfile::epsonTmT88(), PrinterProfile::bixolonSrp350()}) {
            const QString scanned = readQr(ReceiptPrinter::image(receipt, profile).value());
            QCOMPARE(Receipt::saleIdFromQr(scanned), receipt.saleId);
        }
        QCOMPARE(Receipt::saleIdFromQr(QStringLiteral("OTR:not-a-uuid")), std::nullopt);
        QCOMPARE(Receipt::saleIdFromQr(QStringLiteral("https://example.com")), std::nullopt);
    }

    void koreanPrinter_printsTheLayoutsTextAsCharacters()
    {
        const Receipt receipt = seoulReceipt();
        VirtualPrinter printer(PrinterProfile::epsonTmT88());
        printer.write(ReceiptPrinter::escPos(receipt, PrinterProfile::epsonTmT88()).value());
        QStringList laidOut;
        const PrintDocument document = ReceiptText::layout(receipt, 42);
        for (const PrintBlock &block : document.blocks()) {
            if (block.kind == PrintBlock::Kind::Text)
                laidOut += block.text;
        }
        QCOMPARE(printer.textLines(), laidOut);
        QCOMPARE(printer.rasterImages(), 0);
        QCOMPARE(printer.cuts(), 1);
    }

    void rasterMode_sendsOnlyAnImage()
    {
        const Receipt receipt = seoulReceipt();
        const QByteArray raster =
            ReceiptPrinter::escPos(receipt, PrinterProfile::epsonTmT88(), ReceiptPrinter::Mode::Raster).value();
        const QByteArray text = ReceiptPrinter::escPos(receipt, PrinterProfile::epsonTmT88()).value();
        VirtualPrinter printer(PrinterProfile::epsonTmT88());
        printer.write(raster);
        QVERIFY(printer.rasterImages() > 0);
        QVERIFY(std::all_of(printer.textLines().cbegin(), printer.textLines().cend(),
                            [](const QString &line) { return line.isEmpty(); }));
        QVERIFY(raster.size() > 5 * text.size());
    }

    void receiptOverTcp_isTheSameImage()
    {
        const Receipt receipt = seoulReceipt();
        QThread thread;
        auto *server = new VirtualPrinterServer(PrinterProfile::epsonTmT20());
        server->moveToThread(&thread);
        connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);

        const QByteArray job = ReceiptPrinter::escPos(receipt, PrinterProfile::epsonTmT20()).value();
        auto socket = PrinterConnection::open(QStringLiteral("tcp://127.0.0.1:%1").arg(server->port()));
        QVERIFY(socket.ok());
        QVERIFY(PrinterConnection::send(**socket, job).ok());
        QTRY_COMPARE(server->bytesReceived(), job.size());
        QCOMPARE(server->paper(), ReceiptPrinter::image(receipt, PrinterProfile::epsonTmT20()).value());
        thread.quit();
        thread.wait();
    }
};

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
