#include "EscPosEncoder.h"
#include "GoldenImage.h"
#include "VirtualPrinter.h"

#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace omnitill;

class TestVirtualPrinter : public QObject
{
    Q_OBJECT

private:
    // A bit of everything a receipt uses, as the encoder writes it for the given printer.
    static QByteArray sampleJob(const PrinterProfile &profile)
    {
        EscPosEncoder e(profile);
        e.initialize().align(Alignment::Center).emphasis(true).size(2, 2).line(QStringLiteral("옴니틸 성수점"));
        e.size(1, 1).emphasis(false).line(QStringLiteral("서울특별시 성동구 성수이로 77"));
        e.align(Alignment::Left).line(QStringLiteral("바나나 2 x ₩1,000"));
        e.font(true).line(QStringLiteral("Font B: 0123456789 abcdefghij")).font(false);
        e.underline(true).line(QStringLiteral("Underlined")).underline(false);
        e.line(QStringLiteral("똠양꿍 (CP949 only)"));
        e.align(Alignment::Right).size(1, 2).emphasis(true).line(QStringLiteral("TOTAL ₩46,520"));
        e.size(1, 1).emphasis(false).align(Alignment::Center);
        if (!e.barcode(LinearSymbology::Ean13, QStringLiteral("8809417101124")).ok() ||
            !e.qrCode("https://omnitill.example/r/5b1c0c3e", QrErrorCorrection::M, 5).ok())
            qFatal("sample job refused");
        (void)e.kickDrawer();
        e.feed(1).cut(EscPosEncoder::Cut::Partial);
        return e.bytes();
    }

    static QString decode(const QImage &image, ZXing::BarcodeFormat format)
    {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        const auto result = ZXing::ReadBarcode(
            {gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine())},
            ZXing::DecodeHints().setFormats(format));
        return result.isValid() ? QString::fromStdString(result.text()) : QString();
    }

private Q_SLOTS:
    void text_isReadInKoreanModeAndCodeTables()
    {
        VirtualPrinter printer(PrinterProfile::epsonTmT88());
        printer.write(QByteArray::fromHex("1b40'1b7400'1c26'1b520d") + QByteArray::fromHex("b0a1'20'5c'3130'0a"));
        printer.write(QByteArray::fromHex("1c2e'1b7413'8220d5'0a")); // FS . ESC t 19: é € in PC858
        QCOMPARE(printer.textLines(), QStringList({QStringLiteral("가 ₩10"), QStringLiteral("é €")}));
        QVERIFY(printer.unsupportedCommands().isEmpty());
    }

    void commandsSplitAcrossWrites_waitForTheirRest()
    {
        const QByteArray job = sampleJob(PrinterProfile::epsonTmT88());
        VirtualPrinter whole(PrinterProfile::epsonTmT88());
        whole.write(job);
        VirtualPrinter pieces(PrinterProfile::epsonTmT88());
        for (qsizetype i = 0; i < job.size(); i += 7)
            pieces.write(job.mid(i, 7));
        QCOMPARE(pieces.pendingBytes(), 0);
        QCOMPARE(pieces.textLines(), whole.textLines());
        QCOMPARE(pieces.paper(), whole.paper());
    }

    void dleEot_isAnsweredFromTheStatus()
    {
        VirtualPrinter printer(PrinterProfile::epsonTmT88());
        printer.status().paperOut = true;
        printer.write(PrinterStatus::requestAll());
        const auto status = PrinterStatus::fromReplies(printer.takeReplies());
        QVERIFY(status.ok());
        QVERIFY(status->paperOut);
        QVERIFY(printer.takeReplies().isEmpty());
    }

    void unknownCommands_areListedNotGuessed()
    {
        VirtualPrinter printer(PrinterProfile::epsonTmT88());
        printer.write(QByteArray::fromHex("1b5e'41'0a")); // ESC ^ (not ESC/POS), then "A"
        QCOMPARE(printer.unsupportedCommands(), QStringList(QStringLiteral("ESC ^")));
    }

    void sampleJob_onEpsonTmT88_matchesGolden()
    {
        VirtualPrinter printer(PrinterProfile::epsonTmT88());
        printer.write(sampleJob(PrinterProfile::epsonTmT88()));
        QCOMPARE(printer.cuts(), 1);
        QCOMPARE(printer.drawerKicks(), 1);
        QCOMPARE(printer.rasterImages(), 1); // 똠 only
        QVERIFY(printer.unsupportedCommands().isEmpty());
        QVERIFY(matchesGoldenImage(printer.paper(), QStringLiteral(GOLDEN_DIR "/sample_epson-tm-t88.png")));
    }

    void sampleJob_onGeneric58mm_matchesGolden()
    {
        VirtualPrinter printer(PrinterProfile::generic58mm());
        printer.write(sampleJob(PrinterProfile::generic58mm()));
        QCOMPARE(printer.cuts(), 0);
        QCOMPARE(printer.drawerKicks(), 0);
        QVERIFY(printer.rasterImages() >= 6); // every Hangul line and the QR code
        QVERIFY(printer.unsupportedCommands().isEmpty());
        QVERIFY(matchesGoldenImage(printer.paper(), QStringLiteral(GOLDEN_DIR "/sample_generic-58mm.png")));
    }

    void rasterFallbackLine_looksExactlyLikePrintedText()
    {
        PrinterProfile withoutFont = PrinterProfile::epsonTmT88();
        withoutFont.koreanFont = false;
        QImage papers[2];
        int i = 0;
        for (const PrinterProfile &profile : {PrinterProfile::epsonTmT88(), withoutFont}) {
            EscPosEncoder e(profile);
            e.initialize().align(Alignment::Center).emphasis(true).line(QStringLiteral("가나다 ABC 123"));
            VirtualPrinter printer(profile);
            printer.write(e.bytes());
            QCOMPARE(printer.rasterImages(), i);
            papers[i++] = printer.paper();
        }
        QCOMPARE(papers[1], papers[0]);
    }

    void qrFallback_looksLikeNativeQr_andDecodes()
    {
        const QByteArray payload = "https://omnitill.example/r/5b1c0c3e-8f9a-4c57-9d8e-0f6f9a1b2c3d";
        QImage papers[2];
        int i = 0;
        for (const PrinterProfile &profile : {PrinterProfile::epsonTmT88(), PrinterProfile::bixolonSrp350()}) {
            EscPosEncoder e(profile);
            e.initialize().align(Alignment::Center);
            QVERIFY(e.qrCode(payload, QrErrorCorrection::M, 5).ok());
            VirtualPrinter printer(profile);
            printer.write(e.bytes());
            papers[i++] = printer.paper();
        }
        QCOMPARE(papers[1], papers[0]);
        QCOMPARE(decode(papers[0], ZXing::BarcodeFormat::QRCode), QString::fromLatin1(payload));
    }

    void printedBarcodes_decodeToTheirData()
    {
        EscPosEncoder e(PrinterProfile::epsonTmT20());
        e.initialize().align(Alignment::Center);
        QVERIFY(e.barcode(LinearSymbology::Ean13, QStringLiteral("880941710112"), 100, 3).ok());
        VirtualPrinter ean(PrinterProfile::epsonTmT20());
        ean.write(e.bytes());
        QCOMPARE(decode(ean.paper(), ZXing::BarcodeFormat::EAN13), QStringLiteral("8809417101124"));

        EscPosEncoder c(PrinterProfile::epsonTmT20());
        c.initialize();
        QVERIFY(c.barcode(LinearSymbology::Code128, QStringLiteral("R{000123}"), 100, 2).ok());
        VirtualPrinter code128(PrinterProfile::epsonTmT20());
        code128.write(c.bytes());
        QCOMPARE(decode(code128.paper(), ZXing::BarcodeFormat::Code128), QStringLiteral("R{000123}"));
    }
};

QTEST_MAIN(TestVirtualPrinter)
#include "tst_virtualprinter.moc"
