#include "EscPosEncoder.h"

#include <QTest>

using namespace omnitill;

// Every expected byte string is annotated command by command; see ../shared/reference/hardware.md §1.
class TestEscPosEncoder : public QObject
{
    Q_OBJECT

private:
    static EscPosEncoder encoder(const QString &model) { return EscPosEncoder(PrinterProfile::named(model).value()); }
    static QByteArray hex(const char *annotated)
    {
        return QByteArray::fromHex(QByteArray(annotated).replace('\'', ""));
    }

private Q_SLOTS:
    void profiles_areSelectableByName()
    {
        QCOMPARE(PrinterProfile::names().size(), 5);
        for (const QString &name : PrinterProfile::names())
            QCOMPARE(PrinterProfile::named(name)->name, name);
        const auto unknown = PrinterProfile::named(QStringLiteral("epson-tm-t99"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("epson-tm-t88")));
    }

    void profiles_haveColumnsThatFillTheirPaper()
    {
        for (const QString &name : PrinterProfile::names()) {
            const PrinterProfile p = PrinterProfile::named(name).value();
            QCOMPARE(p.columnsFontA, p.dotsPerLine / 12);
            QCOMPARE(p.columnsFontB, p.dotsPerLine / 9);
        }
    }

    void initialize_onKoreanModel_selectsKoreanTwoByteMode()
    {
        QCOMPARE(encoder(QStringLiteral("epson-tm-t88")).initialize().bytes(),
                 hex("1b40"      // ESC @ initialize
                     "1b7400"    // ESC t 0: code table PC437 for single bytes
                     "1c26"      // FS &: two-byte (Kanji/Korean) mode
                     "1b520d")); // ESC R 13: Korean international set, ₩ at 0x5C
        QCOMPARE(encoder(QStringLiteral("bixolon-srp-350")).initialize().bytes(), hex("1b40'1b7400'1c26'1b520d"));
    }

    void initialize_onPrinterWithoutKoreanFont_selectsItsCodeTable()
    {
        QCOMPARE(encoder(QStringLiteral("generic-80mm")).initialize().bytes(), hex("1b40'1b7400")); // ESC @, ESC t 0
        PrinterProfile latin = PrinterProfile::generic80mm();
        latin.singleByteCodeTable = 19;
        latin.singleByteCharset = "CP858";
        QCOMPARE(EscPosEncoder(latin).initialize().bytes(), hex("1b40'1b7413")); // ESC t 19: PC858 with €
    }

    void styleCommands_encodeAsEpsonDocumentsThem()
    {
        auto e = encoder(QStringLiteral("epson-tm-t20"));
        e.align(Alignment::Center).align(Alignment::Right).align(Alignment::Left);
        e.emphasis(true).emphasis(false).underline(true).underline(false).font(true).font(false);
        e.size(2, 2).size(2, 1).size(1, 1).codeTable(19);
        QCOMPARE(e.bytes(), hex("1b6101'1b6102'1b6100"        // ESC a 1 / 2 / 0
                                "1b4501'1b4500'1b2d01'1b2d00" // ESC E on/off, ESC - on/off
                                "1b4d01'1b4d00"               // ESC M font B / font A
                                "1d2111'1d2110'1d2100"        // GS ! double both / double width / normal
                                "1b7413"));                   // ESC t 19
    }

    void line_encodesHangulAsEucKrAndWonAt5C()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        e.line(QStringLiteral("가 ₩1,000"));
        QCOMPARE(e.bytes(), hex("b0a1"          // 가 in EUC-KR
                                "20"            // space
                                "5c'312c303030" // ₩ (Korean set) 1,000
                                "0a"));         // LF
        QCOMPARE(e.rasterTextLines(), 0);
    }

    void line_withCharacterOutsideEucKr_isSentAsRasterImage()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        e.align(Alignment::Center).line(QStringLiteral("똠양꿍"));
        QCOMPARE(e.rasterTextLines(), 1);
        // ESC a 1, then ESC a 0 so the full-width image is not moved, GS v 0 512 dots × 30 rows, ESC a 1 again.
        QVERIFY(e.bytes().startsWith(hex("1b6101'1b6100'1d763000'4000'1e00")));
        QVERIFY(e.bytes().endsWith(hex("1b6101")));
        QCOMPARE(e.bytes().size(), 3 + 3 + 8 + 64 * 30 + 3);
    }

    void line_withHangulOnPrinterWithoutKoreanFont_isSentAsRasterImage()
    {
        auto e = encoder(QStringLiteral("generic-58mm"));
        e.line(QStringLiteral("바나나"));
        QCOMPARE(e.rasterTextLines(), 1);
        QVERIFY(e.bytes().startsWith(hex("1d763000'3000'2100"))); // GS v 0, 48 bytes (384 dots) × 33 rows
        auto ascii = encoder(QStringLiteral("generic-58mm"));
        ascii.line(QStringLiteral("Banana"));
        QCOMPARE(ascii.bytes(), QByteArray("Banana\n"));
    }

    void line_neverPassesControlCharactersThrough()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        e.line(QStringLiteral("A\x1b@B"));
        QCOMPARE(e.rasterTextLines(), 1); // drawn, so ESC @ in a product name cannot reset the printer
        // Nothing but one GS v 0 image: the ESC @ went out as dots, not as a command.
        QVERIFY(e.bytes().startsWith(hex("1d763000'4000'1e00")));
        QCOMPARE(e.bytes().size(), 8 + 64 * 30);
    }

    void feed_andCut_followTheCutter()
    {
        QCOMPARE(encoder(QStringLiteral("epson-tm-t88")).feed(3).bytes(), hex("1b6403")); // ESC d 3
        QCOMPARE(encoder(QStringLiteral("epson-tm-t88")).cut(EscPosEncoder::Cut::Full).bytes(),
                 hex("1d564100")); // GS V 65 0: feed to the cutter, full cut
        QCOMPARE(encoder(QStringLiteral("epson-tm-t88")).cut(EscPosEncoder::Cut::Partial).bytes(),
                 hex("1d564200")); // GS V 66 0: feed to the cutter, partial cut
        QCOMPARE(encoder(QStringLiteral("generic-80mm")).cut(EscPosEncoder::Cut::Full).bytes(),
                 hex("1b6404'1d5600")); // ESC d 4, GS V 0 full
        QCOMPARE(encoder(QStringLiteral("bixolon-srp-350")).cut(EscPosEncoder::Cut::Full).bytes(),
                 hex("1b6404'1d5601")); // partial cutter only: ESC d 4, GS V 1
        QCOMPARE(encoder(QStringLiteral("generic-58mm")).cut(EscPosEncoder::Cut::Full).bytes(),
                 hex("1b6404")); // no cutter: feed past the tear bar
    }

    void kickDrawer_encodesPinAndPulse_orRefusesWithoutConnector()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        QVERIFY(e.kickDrawer().ok());
        QVERIFY(e.kickDrawer(EscPosEncoder::DrawerPin::Pin5, 120, 240).ok());
        QCOMPARE(e.bytes(), hex("1b7000'32c8"    // ESC p pin 2, 100 ms on, 400 ms off
                                "1b7001'3c78")); // ESC p pin 5, 120 ms on, 240 ms off
        auto none = encoder(QStringLiteral("generic-58mm"));
        const auto refused = none.kickDrawer();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("Generic 58 mm")));
        QVERIFY(none.bytes().isEmpty());
    }

    void image_isPackedMostSignificantBitLeftmost()
    {
        QImage picture(12, 2, QImage::Format_RGB32);
        picture.fill(Qt::white);
        picture.setPixel(0, 0, qRgb(0, 0, 0));
        picture.setPixel(9, 0, qRgb(0, 0, 0));
        picture.setPixel(11, 1, qRgb(0, 0, 0));
        QCOMPARE(encoder(QStringLiteral("epson-tm-t88")).image(picture).bytes(),
                 hex("1d763000'0200'0200" // GS v 0 normal, 2 bytes per row, 2 rows
                     "8040"               // row 0: dot 0, dot 9
                     "0010"));            // row 1: dot 11
    }

    void image_isSentInBandsOfTheProfilesHeight()
    {
        QImage tall(8, 300, QImage::Format_RGB32);
        tall.fill(Qt::black);
        const QByteArray bytes = encoder(QStringLiteral("bixolon-srp-350")).image(tall).bytes();
        QCOMPARE(bytes.count(hex("1d763000")), 3); // 128 + 128 + 44 rows
        QVERIFY(bytes.contains(hex("1d763000'0100'8000")));
        QVERIFY(bytes.contains(hex("1d763000'0100'2c00")));
        QCOMPARE(bytes.size(), 3 * 8 + 300);
    }

    void qrCode_onPrinterWithQr_usesGsParenK()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        QVERIFY(e.qrCode("AB", QrErrorCorrection::M, 6).ok());
        QCOMPARE(e.bytes(), hex("1d286b'0400'3141'3200"   // fn 165: model 2
                                "1d286b'0300'3143'06"     // fn 167: module 6 dots
                                "1d286b'0300'3145'31"     // fn 169: error correction M
                                "1d286b'0500'315030'4142" // fn 180: store "AB" (pL = 2 + 3)
                                "1d286b'0300'315130"));   // fn 181: print
    }

    void qrCode_onPrinterWithoutQr_isARasterImage()
    {
        auto e = encoder(QStringLiteral("bixolon-srp-350"));
        QVERIFY(e.qrCode("AB", QrErrorCorrection::M, 4).ok());
        QVERIFY(!e.bytes().contains(hex("1d286b")));
        // Version 1 is 21 modules plus 4 quiet modules a side: 29 × 4 = 116 rows, drawn where the printer's
        // own QR code would be on a full-width image of 512 dots (64 bytes a row).
        QVERIFY(e.bytes().startsWith(hex("1d763000'4000'7400")));
    }

    void qrCode_refusesEmptyAndOversizedData()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        QVERIFY(!e.qrCode({}).ok());
        QVERIFY(!e.qrCode(QByteArray(EscPosEncoder::maxQrBytes + 1, 'x')).ok());
        QVERIFY(e.bytes().isEmpty());
    }

    void barcode_ean13_sendsTwelveDigitsForThePrinterToCheck()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        QVERIFY(e.barcode(LinearSymbology::Ean13, QStringLiteral("8809417101124"), 80, 2).ok());
        QCOMPARE(e.bytes(), hex("1d4802'1d6850'1d7702" // GS H 2 (HRI below), GS h 80, GS w 2
                                "1d6b43'0c"            // GS k 67 (EAN13), 12 bytes
                                "383830393431373130313132"));
        QVERIFY(!e.barcode(LinearSymbology::Ean13, QStringLiteral("8809417101125"), 80, 2).ok()); // bad check
        QVERIFY(!e.barcode(LinearSymbology::Ean13, QStringLiteral("88094171"), 80, 2).ok());
    }

    void barcode_code128_choosesCodeSetAndEscapesBraces()
    {
        auto e = encoder(QStringLiteral("epson-tm-t88"));
        QVERIFY(e.barcode(LinearSymbology::Code128, QStringLiteral("A{1"), 50, 3).ok());
        QVERIFY(e.barcode(LinearSymbology::Code128, QStringLiteral("123405"), 50, 3).ok());
        QCOMPARE(e.bytes(), hex("1d4802'1d6832'1d7703"
                                "1d6b49'06'7b42'417b7b31" // GS k 73, 6 bytes: {B A {{ 1
                                "1d4802'1d6832'1d7703"
                                "1d6b49'05'7b43'0c2205")); // {C 12 34 05
        QVERIFY(!e.barcode(LinearSymbology::Code128, QStringLiteral("가"), 50, 3).ok());
    }
};

QTEST_MAIN(TestEscPosEncoder)
#include "tst_escposencoder.moc"
