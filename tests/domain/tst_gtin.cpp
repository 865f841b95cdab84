#include "Gtin.h"

#include <QTest>

using namespace omnitill;

// Expected values are published codes (the check digits printed on real packs) or were worked out by hand
// from the GS1 rules, never produced by the code under test.
class TestGtin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_acceptsPublishedCodes_data();
    void parse_acceptsPublishedCodes();
    void parse_ignoresSurroundingWhitespace();
    void parse_refusesWrongCheckDigit_data();
    void parse_refusesWrongCheckDigit();
    void parse_refusesNonDigits_data();
    void parse_refusesNonDigits();
    void parse_refusesWrongLength_data();
    void parse_refusesWrongLength();
    void checkDigit_matchesPublishedCodes_data();
    void checkDigit_matchesPublishedCodes();
    void checkDigit_refusesNonDigits();
    void equality_sameItemWrittenWithFewerDigits();
    void expandUpcE_appliesEachCompressionRule_data();
    void expandUpcE_appliesEachCompressionRule();
    void expandUpcE_refusesBadInput_data();
    void expandUpcE_refusesBadInput();
};

void TestGtin::parse_acceptsPublishedCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("gtin14");

    QTest::newRow("EAN-13 (Wikipedia example)") << "4006381333931" << 13 << "04006381333931";
    QTest::newRow("UPC-A") << "036000291452" << 12 << "00036000291452";
    QTest::newRow("EAN-8") << "96385074" << 8 << "00000096385074";
    QTest::newRow("GTIN-14 with leading zeros") << "00012345600012" << 14 << "00012345600012";
    QTest::newRow("GTIN-14 (GS1 example)") << "10012345678902" << 14 << "10012345678902";
    QTest::newRow("Korean 880 EAN-13") << "8801043014809" << 13 << "08801043014809";
    QTest::newRow("check digit 0") << "0036000291452" << 13 << "00036000291452";
}

void TestGtin::parse_acceptsPublishedCodes()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(QString, gtin14);

    const Result<Gtin> gtin = Gtin::parse(text);
    QVERIFY2(gtin.ok(), qPrintable(gtin.ok() ? QString() : gtin.error()));
    QCOMPARE(gtin->digits(), text);
    QCOMPARE(gtin->length(), length);
    QCOMPARE(gtin->gtin14(), gtin14);
}

void TestGtin::parse_ignoresSurroundingWhitespace()
{
    // A keyboard-wedge scanner ends each code with CR/LF.
    const Result<Gtin> gtin = Gtin::parse(QStringLiteral(" 4006381333931\r\n"));
    QVERIFY(gtin.ok());
    QCOMPARE(gtin->digits(), QStringLiteral("4006381333931"));
}

void TestGtin::parse_refusesWrongCheckDigit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("EAN-13") << "8801234567891"
                            << "Check digit of 8801234567891 should be 3, not 1";
    QTest::newRow("EAN-13 transposed digits") << "4006381339331"
                                              << "Check digit of 4006381339331 should be 9, not 1";
    QTest::newRow("UPC-A") << "036000291453"
                           << "Check digit of 036000291453 should be 2, not 3";
    QTest::newRow("EAN-8") << "96385070"
                           << "Check digit of 96385070 should be 4, not 0";
    QTest::newRow("GTIN-14") << "10012345678909"
                             << "Check digit of 10012345678909 should be 2, not 9";
}

void TestGtin::parse_refusesWrongCheckDigit()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<Gtin> gtin = Gtin::parse(text);
    QVERIFY(!gtin.ok());
    QCOMPARE(gtin.error(), message);
}

void TestGtin::parse_refusesNonDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("letter") << "40063813339a1"
                            << "Barcode \"40063813339a1\" contains \"a\", which is not a digit";
    QTest::newRow("hyphen") << "4006381-333931"
                            << "Barcode \"4006381-333931\" contains \"-\", which is not a digit";
    QTest::newRow("inner space") << "4006381 333931"
                                 << "Barcode \"4006381 333931\" contains \" \", which is not a digit";
    // What a Korean or Japanese input method types; QChar::isDigit() would accept it.
    QTest::newRow("full-width digits") << QString::fromUtf8("４００６３８１３３３９３１")
                                       << QString::fromUtf8("Barcode \"４００６３８１３３３９３１\" contains \"４\", "
                                                            "which is not a digit");
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٩٦٣٨٥٠٧٤")
                                         << QString::fromUtf8(
                                                "Barcode \"٩٦٣٨٥٠٧٤\" contains \"٩\", which is not a digit");
}

void TestGtin::parse_refusesNonDigits()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<Gtin> gtin = Gtin::parse(text);
    QVERIFY(!gtin.ok());
    QCOMPARE(gtin.error(), message);
}

void TestGtin::parse_refusesWrongLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << ""
                           << "The barcode is empty";
    QTest::newRow("only whitespace") << " \r\n"
                                     << "The barcode is empty";
    QTest::newRow("7 digits") << "9638507"
                              << "Barcode 9638507 has the wrong length (7); a GTIN has 8, 12, 13 or 14 digits";
    QTest::newRow("11 digits") << "03600029145"
                               << "Barcode 03600029145 has the wrong length (11); a GTIN has 8, 12, 13 or 14 digits";
    QTest::newRow("15 digits")
        << "400638133393100"
        << "Barcode 400638133393100 has the wrong length (15); a GTIN has 8, 12, 13 or 14 digits";
}

void TestGtin::parse_refusesWrongLength()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<Gtin> gtin = Gtin::parse(text);
    QVERIFY(!gtin.ok());
    QCOMPARE(gtin.error(), message);
}

void TestGtin::checkDigit_matchesPublishedCodes_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("check");

    QTest::newRow("EAN-13") << "400638133393" << 1;
    QTest::newRow("UPC-A") << "03600029145" << 2;
    QTest::newRow("EAN-8") << "9638507" << 4;
    QTest::newRow("GTIN-14") << "1001234567890" << 2;
    QTest::newRow("Korean 880") << "880123456789" << 3;
    QTest::newRow("all zeros") << "000000000000" << 0;
}

void TestGtin::checkDigit_matchesPublishedCodes()
{
    QFETCH(QString, body);
    QFETCH(int, check);

    QCOMPARE(Gtin::checkDigit(body), check);
}

void TestGtin::checkDigit_refusesNonDigits()
{
    QCOMPARE(Gtin::checkDigit(u"40063813339a"), -1);
    QCOMPARE(Gtin::checkDigit(u"４００６３８１３３３９３"), -1);
}

void TestGtin::equality_sameItemWrittenWithFewerDigits()
{
    const Result<Gtin> upcA = Gtin::parse(QStringLiteral("036000291452"));
    const Result<Gtin> ean13 = Gtin::parse(QStringLiteral("0036000291452"));
    const Result<Gtin> other = Gtin::parse(QStringLiteral("4006381333931"));
    QVERIFY(upcA.ok() && ean13.ok() && other.ok());

    QVERIFY(*upcA == *ean13);
    QVERIFY(!(*upcA == *other));
}

void TestGtin::expandUpcE_appliesEachCompressionRule_data()
{
    QTest::addColumn<QString>("upcE");
    QTest::addColumn<QString>("upcA");

    // Last data digit 0-2: manufacturer XX d 00, item 00 ddd.
    QTest::newRow("rule 0-2, digit 1") << "04252614"
                                       << "042100005264";
    QTest::newRow("rule 0-2, digit 1 again") << "06543217"
                                             << "065100004327";
    QTest::newRow("rule 0-2, digit 2") << "01234523"
                                       << "012200003453";
    // 3: manufacturer XXX 00, item 000 dd.
    QTest::newRow("rule 3") << "01234531"
                            << "012300000451";
    // 4: manufacturer XXXX 0, item 0000 d.
    QTest::newRow("rule 4") << "01234543"
                            << "012340000053";
    // 5-9: manufacturer XXXXX, item 0000 d.
    QTest::newRow("rule 5-9, digit 6") << "01234565"
                                       << "012345000065";
    QTest::newRow("rule 5-9, digit 5") << "00000055"
                                       << "000000000055";
    QTest::newRow("number system 1") << "11234579"
                                     << "112345000079";
}

void TestGtin::expandUpcE_appliesEachCompressionRule()
{
    QFETCH(QString, upcE);
    QFETCH(QString, upcA);

    const Result<QString> expanded = Gtin::expandUpcE(upcE);
    QVERIFY2(expanded.ok(), qPrintable(expanded.ok() ? QString() : expanded.error()));
    QCOMPARE(*expanded, upcA);
    // What comes out is a UPC-A that parse() accepts as it stands.
    QVERIFY(Gtin::parse(*expanded).ok());
}

void TestGtin::expandUpcE_refusesBadInput_data()
{
    QTest::addColumn<QString>("upcE");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong check digit") << "04252615"
                                       << "Check digit of UPC-E 04252615 should be 4, not 5";
    QTest::newRow("number system 2") << "24252614"
                                     << "UPC-E 24252614 starts with 2; only number systems 0 and 1 exist";
    QTest::newRow("7 digits") << "0425261"
                              << "UPC-E 0425261 has the wrong length (7); UPC-E has 8 digits";
    QTest::newRow("letter") << "0425261X"
                            << "Barcode \"0425261X\" contains \"X\", which is not a digit";
}

void TestGtin::expandUpcE_refusesBadInput()
{
    QFETCH(QString, upcE);
    QFETCH(QString, message);

    const Result<QString> expanded = Gtin::expandUpcE(upcE);
    QVERIFY(!expanded.ok());
    QCOMPARE(expanded.error(), message);
}

QTEST_GUILESS_MAIN(TestGtin)
#include "tst_gtin.moc"
