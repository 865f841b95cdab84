#include "Gtin.h"
#include "VariableMeasure.h"

#include <QTest>

using namespace omnitill;

// Every code below was built by hand: prefix, item and value digits chosen, then the EAN check digit
// (and the GS1 price verifier digit where there is one) worked out with the published algorithm, outside
// the code under test.
class TestVariableMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standard_hasPricePrefixes20To24AndWeightPrefixes25To29();
    void decode_readsStandardLayout_data();
    void decode_readsStandardLayout();
    void decode_refusesWrongCheckDigitBeforeReadingValue();
    void decode_refusesCodesOutsideInStoreRange_data();
    void decode_refusesCodesOutsideInStoreRange();
    void decode_refusesPrefixNoRuleCovers();
    void decode_itemFieldMayIncludeSecondPrefixDigit();
    void decode_verifiesPriceCheckDigit_data();
    void decode_verifiesPriceCheckDigit();
    void lookupKey_isValidEan13ThatDecodesToItself_data();
    void lookupKey_isValidEan13ThatDecodesToItself();
    void lookupKey_isSameWhateverThePrice();
    void priceCheckDigit_matchesGs1Algorithm_data();
    void priceCheckDigit_matchesGs1Algorithm();
    void isVariableMeasure_acceptsOnlyThirteenDigitsStartingWith2_data();
    void isVariableMeasure_acceptsOnlyThirteenDigitsStartingWith2();
    void toJson_writesStandardLayoutCompactly();
    void json_roundTripsLayouts();
    void fromJson_refusesBadLayouts_data();
    void fromJson_refusesBadLayouts();
    void fromJson_refusesTextThatIsNotJson();
};

namespace {

VariableMeasureRule rule(int firstPrefix, int lastPrefix, VariableMeasureKind kind)
{
    VariableMeasureRule rule;
    rule.firstPrefix = firstPrefix;
    rule.lastPrefix = lastPrefix;
    rule.kind = kind;
    return rule;
}

// PP IIII X VVVVV C: a 5-digit price with GS1's price verifier digit X in front of it.
VariableMeasureLayout fiveDigitPriceCheckLayout()
{
    VariableMeasureRule price = rule(20, 29, VariableMeasureKind::Price);
    price.itemLength = 4;
    price.valueCheckPosition = 6;
    return VariableMeasureLayout::fromRules({price}).value();
}

// PP IIIII X VVVV C: a 4-digit price with its verifier digit.
VariableMeasureLayout fourDigitPriceCheckLayout()
{
    VariableMeasureRule price = rule(20, 29, VariableMeasureKind::Price);
    price.valueCheckPosition = 7;
    price.valueStart = 8;
    price.valueLength = 4;
    return VariableMeasureLayout::fromRules({price}).value();
}

QString errorOf(const Result<VariableMeasureCode> &result)
{
    return result.ok() ? QStringLiteral("(accepted)") : result.error();
}

} // namespace

void TestVariableMeasure::standard_hasPricePrefixes20To24AndWeightPrefixes25To29()
{
    const QList<VariableMeasureRule> rules = VariableMeasureLayout::standard().rules();
    QCOMPARE(rules.size(), 2);

    QCOMPARE(rules[0], rule(20, 24, VariableMeasureKind::Price));
    QCOMPARE(rules[1], rule(25, 29, VariableMeasureKind::Weight));
    // PP IIIII VVVVV C, no verifier digit.
    for (const VariableMeasureRule &r : rules) {
        QCOMPARE(r.itemStart, 2);
        QCOMPARE(r.itemLength, 5);
        QCOMPARE(r.valueStart, 7);
        QCOMPARE(r.valueLength, 5);
        QVERIFY(!r.valueCheckPosition.has_value());
    }
}

void TestVariableMeasure::decode_readsStandardLayout_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<VariableMeasureKind>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("itemCode");
    QTest::addColumn<QString>("lookupKey");

    QTest::newRow("price 1250") << "2012345012509" << VariableMeasureKind::Price << qint64(1250) << "2012345"
                                << "2012345000001";
    QTest::newRow("price ₩4,500, prefix 21")
        << "2100123045006" << VariableMeasureKind::Price << qint64(4500) << "2100123"
        << "2100123000005";
    QTest::newRow("largest price, prefix 24")
        << "2400000999997" << VariableMeasureKind::Price << qint64(99999) << "2400000"
        << "2400000000006";
    QTest::newRow("weight 345 g, prefix 25")
        << "2500042003451" << VariableMeasureKind::Weight << qint64(345) << "2500042"
        << "2500042000009";
    QTest::newRow("weight 990 g, prefix 27")
        << "2700001009900" << VariableMeasureKind::Weight << qint64(990) << "2700001"
        << "2700001000006";
}

void TestVariableMeasure::decode_readsStandardLayout()
{
    QFETCH(QString, code);
    QFETCH(VariableMeasureKind, kind);
    QFETCH(qint64, value);
    QFETCH(QString, itemCode);
    QFETCH(QString, lookupKey);

    const Result<VariableMeasureCode> decoded = VariableMeasureLayout::standard().decode(code);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(decoded->kind, kind);
    QCOMPARE(decoded->value, value);
    QCOMPARE(decoded->itemCode, itemCode);
    QCOMPARE(decoded->lookupKey, lookupKey);
}

void TestVariableMeasure::decode_refusesWrongCheckDigitBeforeReadingValue()
{
    // 2012345012509 with its last digit misread: the price must not be trusted.
    const Result<VariableMeasureCode> decoded =
        VariableMeasureLayout::standard().decode(QStringLiteral("2012345012508"));
    QCOMPARE(errorOf(decoded), QStringLiteral("Check digit of 2012345012508 should be 9, not 8"));
}

void TestVariableMeasure::decode_refusesCodesOutsideInStoreRange_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString notInStore =
        QStringLiteral("Barcode %1 is not an in-store price or weight code (an EAN-13 starting with 20-29)");
    QTest::newRow("ordinary EAN-13") << "4006381333931" << notInStore.arg(QLatin1String("4006381333931"));
    QTest::newRow("Korean 880 EAN-13") << "8801043014809" << notInStore.arg(QLatin1String("8801043014809"));
    QTest::newRow("UPC-A") << "036000291452" << notInStore.arg(QLatin1String("036000291452"));
    QTest::newRow("EAN-8 starting with 2") << "20000004" << notInStore.arg(QLatin1String("20000004"));
    QTest::newRow("non-digit") << "20123450125X"
                               << "Barcode \"20123450125X\" contains \"X\", which is not a digit";
}

void TestVariableMeasure::decode_refusesCodesOutsideInStoreRange()
{
    QFETCH(QString, code);
    QFETCH(QString, message);

    QCOMPARE(errorOf(VariableMeasureLayout::standard().decode(code)), message);
}

void TestVariableMeasure::decode_refusesPrefixNoRuleCovers()
{
    const VariableMeasureLayout pricesOnly =
        VariableMeasureLayout::fromRules({rule(20, 22, VariableMeasureKind::Price)}).value();

    QVERIFY(pricesOnly.decode(QStringLiteral("2012345012509")).ok());
    QCOMPARE(errorOf(pricesOnly.decode(QStringLiteral("2700001009900"))),
             QStringLiteral("Barcode 2700001009900 starts with 27, for which the store has no price or weight rule"));
    // A store that has configured nothing refuses every in-store code the same way.
    QCOMPARE(errorOf(VariableMeasureLayout().decode(QStringLiteral("2012345012509"))),
             QStringLiteral("Barcode 2012345012509 starts with 20, for which the store has no price or weight rule"));
}

void TestVariableMeasure::decode_itemFieldMayIncludeSecondPrefixDigit()
{
    // 2 IIIIII VVVVV C: the item number takes in the second digit; it must not appear twice in itemCode.
    VariableMeasureRule sixDigitItems = rule(20, 29, VariableMeasureKind::Price);
    sixDigitItems.itemStart = 1;
    sixDigitItems.itemLength = 6;
    const VariableMeasureLayout layout = VariableMeasureLayout::fromRules({sixDigitItems}).value();

    const Result<VariableMeasureCode> decoded = layout.decode(QStringLiteral("2012345012509"));
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(decoded->itemCode, QStringLiteral("2012345"));
    QCOMPARE(decoded->value, qint64(1250));
}

void TestVariableMeasure::decode_verifiesPriceCheckDigit_data()
{
    QTest::addColumn<bool>("fiveDigits");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("message");

    // 01250 has verifier 7 and 2875 has 9 (the GS1 General Specifications' own 4-digit example).
    QTest::newRow("5 digits, right") << true << "2012347012507" << qint64(1250) << QString();
    QTest::newRow("5 digits, wrong") << true << "2012348012506" << qint64(0)
                                     << "Price check digit of 2012348012506 should be 7, not 8";
    QTest::newRow("4 digits, right") << false << "2012345928756" << qint64(2875) << QString();
    QTest::newRow("4 digits, wrong") << false << "2012345828759" << qint64(0)
                                     << "Price check digit of 2012345828759 should be 9, not 8";
}

void TestVariableMeasure::decode_verifiesPriceCheckDigit()
{
    QFETCH(bool, fiveDigits);
    QFETCH(QString, code);
    QFETCH(qint64, value);
    QFETCH(QString, message);

    const VariableMeasureLayout layout = fiveDigits ? fiveDigitPriceCheckLayout() : fourDigitPriceCheckLayout();
    const Result<VariableMeasureCode> decoded = layout.decode(code);
    if (message.isEmpty()) {
        QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
        QCOMPARE(decoded->value, value);
    } else {
        QCOMPARE(errorOf(decoded), message);
    }
}

void TestVariableMeasure::lookupKey_isValidEan13ThatDecodesToItself_data()
{
    QTest::addColumn<bool>("fiveDigitCheck");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lookupKey");

    QTest::newRow("standard price") << false << "2012345012509"
                                    << "2012345000001";
    QTest::newRow("standard weight") << false << "2500042003451"
                                     << "2500042000009";
    // The verifier digit of 00000 is 0, so the key zeroes it too.
    QTest::newRow("with price check digit") << true << "2012347012507"
                                            << "2012340000006";
}

void TestVariableMeasure::lookupKey_isValidEan13ThatDecodesToItself()
{
    QFETCH(bool, fiveDigitCheck);
    QFETCH(QString, code);
    QFETCH(QString, lookupKey);

    const VariableMeasureLayout layout =
        fiveDigitCheck ? fiveDigitPriceCheckLayout() : VariableMeasureLayout::standard();
    const Result<VariableMeasureCode> decoded = layout.decode(code);
    QVERIFY2(decoded.ok(), qPrintable(errorOf(decoded)));
    QCOMPARE(decoded->lookupKey, lookupKey);

    // The catalog stores the key as an ordinary barcode, so it has to be one.
    QVERIFY(Gtin::parse(decoded->lookupKey).ok());
    const Result<VariableMeasureCode> keyDecoded = layout.decode(decoded->lookupKey);
    QVERIFY2(keyDecoded.ok(), qPrintable(errorOf(keyDecoded)));
    QCOMPARE(keyDecoded->value, qint64(0));
    QCOMPARE(keyDecoded->itemCode, decoded->itemCode);
    QCOMPARE(keyDecoded->lookupKey, decoded->lookupKey);
}

void TestVariableMeasure::lookupKey_isSameWhateverThePrice()
{
    const VariableMeasureLayout layout = VariableMeasureLayout::standard();
    const Result<VariableMeasureCode> cheap = layout.decode(QStringLiteral("2012345012509"));
    const Result<VariableMeasureCode> dear = layout.decode(QStringLiteral("2012345999992"));
    QVERIFY2(cheap.ok() && dear.ok(), qPrintable(errorOf(cheap) + errorOf(dear)));

    QCOMPARE(dear->value, qint64(99999));
    QCOMPARE(cheap->lookupKey, dear->lookupKey);
}

void TestVariableMeasure::priceCheckDigit_matchesGs1Algorithm_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("check");

    // The two worked examples of GS1 General Specifications 7.9.3.
    QTest::newRow("GS1 4-digit example") << "2875" << 9;
    QTest::newRow("GS1 5-digit example") << "14685" << 6;
    // Worked by hand with the weight tables (2-, 2-, 3, 5- and 5+, 2-, 5-, 5+, 2-).
    QTest::newRow("4 digits 1234") << "1234" << 9;
    QTest::newRow("4 digits 9999") << "9999" << 6;
    QTest::newRow("4 zeros") << "0000" << 0;
    QTest::newRow("5 digits 12345") << "12345" << 8;
    QTest::newRow("5 digits 01250") << "01250" << 7;
    QTest::newRow("5 digits 99999") << "99999" << 6;
    QTest::newRow("5 zeros") << "00000" << 0;
    QTest::newRow("3 digits: undefined") << "123" << -1;
    QTest::newRow("6 digits: undefined") << "123456" << -1;
    QTest::newRow("non-digit") << "12a4" << -1;
}

void TestVariableMeasure::priceCheckDigit_matchesGs1Algorithm()
{
    QFETCH(QString, value);
    QFETCH(int, check);

    QCOMPARE(VariableMeasureLayout::priceCheckDigit(value), check);
}

void TestVariableMeasure::isVariableMeasure_acceptsOnlyThirteenDigitsStartingWith2_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");

    QTest::newRow("prefix 20") << "2012345012509" << true;
    QTest::newRow("prefix 29") << "2900000000001" << true;
    QTest::newRow("wrong check digit still routes to decode") << "2012345012508" << true;
    QTest::newRow("with scanner CR/LF") << "2012345012509\r\n" << true;
    QTest::newRow("ordinary EAN-13") << "4006381333931" << false;
    QTest::newRow("UPC-A starting with 2") << "212345678909" << false;
    QTest::newRow("GTIN-14 starting with 2") << "20012345678909" << false;
    QTest::newRow("non-digit") << "20123450125X9" << false;
    QTest::newRow("empty") << "" << false;
}

void TestVariableMeasure::isVariableMeasure_acceptsOnlyThirteenDigitsStartingWith2()
{
    QFETCH(QString, code);
    QFETCH(bool, expected);

    QCOMPARE(VariableMeasureLayout::isVariableMeasure(code), expected);
}

void TestVariableMeasure::toJson_writesStandardLayoutCompactly()
{
    QCOMPARE(VariableMeasureLayout::standard().toJson(),
             QStringLiteral(R"({"rules":[)"
                            R"({"firstPrefix":20,"itemLength":5,"itemStart":2,"kind":"price","lastPrefix":24,)"
                            R"("valueLength":5,"valueStart":7},)"
                            R"({"firstPrefix":25,"itemLength":5,"itemStart":2,"kind":"weight","lastPrefix":29,)"
                            R"("valueLength":5,"valueStart":7}],"version":1})"));
}

void TestVariableMeasure::json_roundTripsLayouts()
{
    VariableMeasureRule weight = rule(25, 29, VariableMeasureKind::Weight);
    weight.valueCheckPosition = 7;
    weight.valueStart = 8;
    weight.valueLength = 4;
    const QList<VariableMeasureLayout> layouts = {
        VariableMeasureLayout::standard(),
        VariableMeasureLayout(),
        fiveDigitPriceCheckLayout(),
        VariableMeasureLayout::fromRules({rule(20, 20, VariableMeasureKind::Price), weight}).value(),
    };
    for (const VariableMeasureLayout &layout : layouts) {
        const Result<VariableMeasureLayout> read = VariableMeasureLayout::fromJson(layout.toJson());
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(*read, layout);
    }
    // The layout read back decodes like the original, verifier digit included.
    const Result<VariableMeasureLayout> read = VariableMeasureLayout::fromJson(fiveDigitPriceCheckLayout().toJson());
    QVERIFY(read.ok());
    QCOMPARE(errorOf(read->decode(QStringLiteral("2012348012506"))),
             QStringLiteral("Price check digit of 2012348012506 should be 7, not 8"));
}

void TestVariableMeasure::fromJson_refusesBadLayouts_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");

    const auto layoutWith = [](const QString &rules) {
        return QStringLiteral(R"({"version":1,"rules":[%1]})").arg(rules);
    };
    // A rule with the given fields and the standard positions: rows that break one field need not repeat the rest.
    const auto standardRule = [](const char *fields) {
        return QStringLiteral(R"({%1,"itemStart":2,"itemLength":5,"valueStart":7,"valueLength":5})")
            .arg(QLatin1String(fields));
    };

    QTest::newRow("array, not object") << "[]"
                                       << "The variable-measure layout must be a JSON object";
    QTest::newRow("no version") << R"({"rules":[]})"
                                << "The variable-measure layout has version none; this version of Omnitill reads "
                                   "version 1";
    QTest::newRow("future version") << R"({"version":2,"rules":[]})"
                                    << "The variable-measure layout has version 2; this version of Omnitill reads "
                                       "version 1";
    QTest::newRow("no rules") << R"({"version":1})"
                              << R"(The variable-measure layout has no "rules" list)";
    QTest::newRow("rule not object") << layoutWith(QStringLiteral("42"))
                                     << "Variable-measure rule 1 is not a JSON object";
    QTest::newRow("unknown kind") << layoutWith(standardRule(R"("firstPrefix":20,"lastPrefix":29,"kind":"volume")"))
                                  << R"(Variable-measure rule 1: "kind" must be "price" or "weight")";
    QTest::newRow("missing field")
        << layoutWith(R"({"firstPrefix":20,"lastPrefix":29,"kind":"price","itemLength":5,"valueStart":7,)"
                      R"("valueLength":5})")
        << R"(Variable-measure rule 1: "itemStart" must be a whole number from 0 to 99)";
    QTest::newRow("fractional position")
        << layoutWith(R"({"firstPrefix":20,"lastPrefix":29,"kind":"price","itemStart":2.5,"itemLength":5,)"
                      R"("valueStart":7,"valueLength":5})")
        << R"(Variable-measure rule 1: "itemStart" must be a whole number from 0 to 99)";
    QTest::newRow("position as text")
        << layoutWith(standardRule(R"("firstPrefix":"20","lastPrefix":29,"kind":"price")"))
        << R"(Variable-measure rule 1: "firstPrefix" must be a whole number from 0 to 99)";
    QTest::newRow("prefix 19") << layoutWith(standardRule(R"("firstPrefix":19,"lastPrefix":24,"kind":"price")"))
                               << "Variable-measure rule 1: prefixes 19-24 are not a range within 20-29";
    QTest::newRow("prefixes reversed") << layoutWith(standardRule(R"("firstPrefix":24,"lastPrefix":20,"kind":"price")"))
                                       << "Variable-measure rule 1: prefixes 24-20 are not a range within 20-29";
    QTest::newRow("value over check digit")
        << layoutWith(R"({"firstPrefix":20,"lastPrefix":29,"kind":"price","itemStart":2,"itemLength":5,)"
                      R"("valueStart":8,"valueLength":5})")
        << "Variable-measure rule 1: the value (start 8, length 5) must lie within positions 2-11";
    QTest::newRow("item over prefix")
        << layoutWith(R"({"firstPrefix":20,"lastPrefix":29,"kind":"price","itemStart":0,"itemLength":7,)"
                      R"("valueStart":7,"valueLength":5})")
        << "Variable-measure rule 1: the item code (start 0, length 7) must lie within positions 1-11";
    QTest::newRow("item and value overlap")
        << layoutWith(R"({"firstPrefix":20,"lastPrefix":29,"kind":"price","itemStart":2,"itemLength":6,)"
                      R"("valueStart":7,"valueLength":5})")
        << "Variable-measure rule 1: the item code and the value overlap";
    QTest::newRow("check digit inside value")
        << layoutWith(standardRule(R"("firstPrefix":20,"lastPrefix":29,"kind":"price","valueCheckPosition":9)"))
        << "Variable-measure rule 1: the price check digit at 9 must be a position of its own within 2-11";
    QTest::newRow("check digit on 3-digit value")
        << layoutWith(R"({"firstPrefix":20,"lastPrefix":29,"kind":"price","itemStart":2,"itemLength":5,)"
                      R"("valueStart":9,"valueLength":3,"valueCheckPosition":8})")
        << "Variable-measure rule 1: a price check digit needs a value of 4 or 5 digits, not 3";
    const QString prices20To24 = standardRule(R"("firstPrefix":20,"lastPrefix":24,"kind":"price")");
    QTest::newRow("two rules claim 24")
        << layoutWith(prices20To24 + u',' + standardRule(R"("firstPrefix":24,"lastPrefix":29,"kind":"weight")"))
        << "Variable-measure rules 1 and 2 both cover prefix 24";
    QTest::newRow("second rule broken")
        << layoutWith(prices20To24 + u',' + standardRule(R"("firstPrefix":25,"lastPrefix":30,"kind":"weight")"))
        << "Variable-measure rule 2: prefixes 25-30 are not a range within 20-29";
}

void TestVariableMeasure::fromJson_refusesBadLayouts()
{
    QFETCH(QString, json);
    QFETCH(QString, message);

    const Result<VariableMeasureLayout> layout = VariableMeasureLayout::fromJson(json);
    QVERIFY(!layout.ok());
    QCOMPARE(layout.error(), message);
}

void TestVariableMeasure::fromJson_refusesTextThatIsNotJson()
{
    // The parser's own wording comes from Qt; what matters is that the reason says it isn't JSON and where.
    const Result<VariableMeasureLayout> layout = VariableMeasureLayout::fromJson(QStringLiteral(R"({"rules":[)"));
    QVERIFY(!layout.ok());
    QVERIFY2(layout.error().startsWith(QLatin1String("The variable-measure layout is not valid JSON: ")),
             qPrintable(layout.error()));
    QVERIFY2(layout.error().contains(QLatin1String(" at character ")), qPrintable(layout.error()));
}

QTEST_GUILESS_MAIN(TestVariableMeasure)
#include "tst_variablemeasure.moc"
