#include "PrinterCharset.h"

#include <QTest>

using namespace omnitill;

class TestPrinterCharset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void korean_encodesKsX1001AsTwoEucKrBytes()
    {
        const PrinterCharset korean("EUC-KR");
        QCOMPARE(korean.encode(U'가'), QByteArray::fromHex("b0a1"));
        QCOMPARE(korean.encode(U'힝'), QByteArray::fromHex("c8fe")); // last syllable of KS X 1001
        QCOMPARE(korean.encode(U'·'), QByteArray::fromHex("a1a4"));  // middle dot, as in 교환·환불
        QCOMPARE(korean.encode(U'A'), QByteArray("A"));
    }

    void korean_refusesWhatTheKoreanFontLacks()
    {
        const PrinterCharset korean("EUC-KR");
        QVERIFY(!korean.encode(U'똠').has_value()); // CP949 only: lead byte 0x8C is not in the font
        QVERIFY(!korean.encode(U'😀').has_value());
        QVERIFY(!korean.encode(U'\\').has_value()); // its position holds ₩ in the Korean set
        QVERIFY(!korean.encode(U'\x1b').has_value());
        QVERIFY(!korean.encode(QStringLiteral("똠양꿍")).has_value());
    }

    void korean_putsTheWonSignWhereTheKoreanSetHasIt()
    {
        const PrinterCharset korean("EUC-KR");
        QCOMPARE(korean.encode(QStringLiteral("₩500")), QByteArray("\x5c"
                                                                   "500"));
        QCOMPARE(korean.decode(QByteArray("\x5c"
                                          "500")),
                 QStringLiteral("₩500"));
    }

    void decode_readsBackWhatEncodeWrote()
    {
        const PrinterCharset korean("EUC-KR");
        const QString text = QStringLiteral("옴니틸 성수점 교환·환불 ₩46,520");
        QCOMPARE(korean.decode(korean.encode(text).value()), text);
        const PrinterCharset latin("CP858");
        QCOMPARE(latin.encode(QStringLiteral("Café €5")), QByteArray("Caf\x82 \xd5"
                                                                     "5"));
        QCOMPARE(latin.decode(QByteArray("Caf\x82 \xd5"
                                         "5")),
                 QStringLiteral("Café €5"));
        QVERIFY(!PrinterCharset("CP437").encode(U'€').has_value());
    }
};

QTEST_GUILESS_MAIN(TestPrinterCharset)
#include "tst_printercharset.moc"
