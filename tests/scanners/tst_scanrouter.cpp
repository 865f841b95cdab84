#include "ScanRouter.h"
#include "TillQrPrefix.h"

#include <QTest>

using namespace omnitill;

namespace {
const QChar GS(0x1D);

ScanRouter wonRouter()
{
    return ScanRouter(VariableMeasureLayout::standard(), 0);
}

Result<ScannedCode> route(const QString &data, const QString &symbologyId = {}, int currencyExponent = 2)
{
    return ScanRouter(VariableMeasureLayout::standard(), currencyExponent).route({data, symbologyId});
}

QString reason(const Result<ScannedCode> &result)
{
    return result ? QString() : result.error();
}
} // namespace

class TestScanRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productGtins_ofEveryLength_areProducts_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("symbologyId");
        QTest::addColumn<QString>("code");
        QTest::newRow("EAN-13") << "4006381333931"
                                << "]E0"
                                << "4006381333931";
        QTest::newRow("EAN-8") << "96385074"
                               << "]E4"
                               << "96385074";
        QTest::newRow("EAN-8 without AIM id") << "96385074"
                                              << ""
                                              << "96385074";
        QTest::newRow("UPC-A") << "036000291452"
                               << ""
                               << "036000291452";
        QTest::newRow("GTIN-14") << "10012345678902"
                                 << ""
                                 << "10012345678902";
        // UPC-E is 8 digits like EAN-8; the AIM id ]E0 says which, and it is expanded to its UPC-A.
        QTest::newRow("UPC-E") << "01234565"
                               << "]E0"
                               << "012345000065";
    }
    void productGtins_ofEveryLength_areProducts()
    {
        QFETCH(QString, data);
        QFETCH(QString, symbologyId);
        QFETCH(QString, code);
        const auto routed = route(data, symbologyId);
        QVERIFY2(routed.ok(), qPrintable(reason(routed)));
        QCOMPARE(routed->kind, ScannedCode::Kind::Product);
        QCOMPARE(routed->code, code);
        QCOMPARE(routed->symbologyId, symbologyId);
    }

    void wrongCheckDigit_isRefused()
    {
        QVERIFY(!route(QStringLiteral("4006381333932")).ok());
        QVERIFY(!route(QStringLiteral("01234566"), QStringLiteral("]E0")).ok()); // UPC-E check digit
        QVERIFY(!route(QStringLiteral("12345")).ok());                           // no GTIN length
    }

    void cardTracksFromAScannerDevice_areRefusedUnquoted()
    {
        for (const QString &tracks :
             {QStringLiteral("%B4111111111111111^PARK/JIEUN^2812101?"), QStringLiteral(";4111111111111111=2812101?")}) {
            const auto routed = route(tracks);
            QVERIFY(!routed.ok());
            QVERIFY2(!reason(routed).contains(QStringLiteral("4111")), qPrintable(reason(routed)));
        }
    }

    void variableMeasureLabels_areReadWithTheStoreLayout()
    {
        const auto price = route(QStringLiteral("2012345012509"));
        QVERIFY2(price.ok(), qPrintable(reason(price)));
        QCOMPARE(price->kind, ScannedCode::Kind::VariableMeasure);
        QCOMPARE(price->measure->kind, VariableMeasureKind::Price);
        QCOMPARE(price->measure->value, 1250);
        QCOMPARE(price->measure->lookupKey, QStringLiteral("2012345000001"));

        const auto weight = route(QStringLiteral("2512345001232"));
        QVERIFY2(weight.ok(), qPrintable(reason(weight)));
        QCOMPARE(weight->measure->kind, VariableMeasureKind::Weight);
        QCOMPARE(weight->measure->value, 123);

        // A store that configured no in-store layout refuses them rather than guessing.
        QVERIFY(!ScanRouter(VariableMeasureLayout(), 2).route({QStringLiteral("2012345012509"), {}}).ok());
    }

    void gs1ElementStrings_carryLotExpiryWeightAndPrice()
    {
        const auto routed = route(QStringLiteral("01095201234567881725063010ABC123") + GS + QStringLiteral("21S42"),
                                  QStringLiteral("]C1"));
        QVERIFY2(routed.ok(), qPrintable(reason(routed)));
        QCOMPARE(routed->kind, ScannedCode::Kind::Gs1Product);
        QCOMPARE(routed->gtin, QStringLiteral("09520123456788"));
        QCOMPARE(routed->lot, QStringLiteral("ABC123"));
        QCOMPARE(routed->serial, QStringLiteral("S42"));
        QCOMPARE(routed->expiry, QDate(2025, 6, 30));
        QCOMPARE(routed->code, QStringLiteral("(01)09520123456788(17)250630(10)ABC123(21)S42")); // no GS to show

        // GS1 DataMatrix (]d2) with a leading FNC1 as GS: (3103) 1.234 kg and (3922) 12.50.
        const auto measured = route(GS + QStringLiteral("0109520123456788310300123439221250"), QStringLiteral("]d2"));
        QVERIFY2(measured.ok(), qPrintable(reason(measured)));
        QCOMPARE(measured->netWeightGrams, 1234);
        QCOMPARE(measured->priceMinor, 1250);

        // A wedge scanner that sends no AIM id: more than 14 digits can only be an element string.
        const auto bare = route(QStringLiteral("0109520123456788"));
        QVERIFY2(bare.ok(), qPrintable(reason(bare)));
        QCOMPARE(bare->kind, ScannedCode::Kind::Gs1Product);
    }

    void gs1PriceFinerThanTheCurrency_isRefused()
    {
        const auto routed =
            route(QStringLiteral("0109520123456788") + QStringLiteral("39221250"), QStringLiteral("]C1"), 0);
        QVERIFY(!routed.ok());
        QVERIFY2(routed.error().contains(QStringLiteral("decimals")), qPrintable(routed.error()));
    }

    void gs1WithoutGtin_orWithUnknownAi_isRefused()
    {
        const auto sscc = route(QStringLiteral("00106141411234567897"), QStringLiteral("]C1"));
        QVERIFY(!sscc.ok());
        QVERIFY2(sscc.error().contains(QStringLiteral("GTIN")), qPrintable(sscc.error()));
        QVERIFY(!route(QStringLiteral("0109520123456788") + QStringLiteral("99XYZ"), QStringLiteral("]C1")).ok());
    }

    void gs1DigitalLink_isAProduct()
    {
        const auto routed =
            route(QStringLiteral("https://id.gs1.org/01/9520123456788/10/ABC%2F1?17=201225&3103=000195"),
                  QStringLiteral("]Q1"));
        QVERIFY2(routed.ok(), qPrintable(reason(routed)));
        QCOMPARE(routed->kind, ScannedCode::Kind::Gs1Product);
        QCOMPARE(routed->gtin, QStringLiteral("09520123456788")); // GTIN-13 padded to 14
        QCOMPARE(routed->lot, QStringLiteral("ABC/1"));
        QCOMPARE(routed->expiry, QDate(2020, 12, 25));
        QCOMPARE(routed->netWeightGrams, 195);
        QVERIFY(!route(QStringLiteral("https://example.com/phishing?go=1"), QStringLiteral("]Q1")).ok());
    }

    void tillQrCodes_goToTheirHandlers_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<ScannedCode::Kind>("kind");
        QTest::newRow("customer") << QString(TillQrPrefix::customer + QStringLiteral("eyJjaWQiOiIxIn0.c2ln"))
                                  << ScannedCode::Kind::Customer;
        QTest::newRow("coupon") << QString(TillQrPrefix::coupon + QStringLiteral("eyJjIjoiMSJ9.c2ln"))
                                << ScannedCode::Kind::Coupon;
        QTest::newRow("order") << QString(TillQrPrefix::order + QStringLiteral("eyJvIjoiMSJ9.c2ln"))
                               << ScannedCode::Kind::Order;
        QTest::newRow("receipt") << QString(TillQrPrefix::receipt +
                                            QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"))
                                 << ScannedCode::Kind::Receipt;
    }
    void tillQrCodes_goToTheirHandlers()
    {
        QFETCH(QString, data);
        QFETCH(ScannedCode::Kind, kind);
        const auto routed = route(data, QStringLiteral("]Q1"));
        QVERIFY2(routed.ok(), qPrintable(reason(routed)));
        QCOMPARE(routed->kind, kind);
        QCOMPARE(routed->code, data); // whole, for the handler to verify the signature
    }

    void tillPrefixWithForeignCharacters_isRefused()
    {
        QVERIFY(!route(TillQrPrefix::customer + QStringLiteral("<script>alert(1)</script>")).ok());
        QVERIFY(!route(TillQrPrefix::coupon + QStringLiteral("a b.c")).ok());
        QVERIFY(!route(QString(TillQrPrefix::order)).ok()); // prefix and nothing else
    }

    void injectionAttempts_areRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("data");
        QTest::newRow("escape sequence") << QStringLiteral("\x1b[24~");
        QTest::newRow("escape alone") << QStringLiteral("\x1b");
        QTest::newRow("GTIN then escape") << QStringLiteral("4006381333931\x1b");
        QTest::newRow("carriage return inside") << QStringLiteral("4006381333931\r96385074");
        QTest::newRow("tab") << QStringLiteral("OMC1:a\tb");
        QTest::newRow("bell") << QStringLiteral("\a");
        QTest::newRow("delete") << QStringLiteral("40063813\x7f"
                                                  "33931");
        QTest::newRow("C1 control") << QString(QStringLiteral("4006381333931") + QChar(0x9B));
        QTest::newRow("right-to-left override") << QString(QChar(0x202E) + QStringLiteral("4006381333931"));
        QTest::newRow("NUL") << QString(QStringLiteral("40063813") + QChar(0) + QStringLiteral("33931"));
        QTest::newRow("spells a shortcut") << QStringLiteral("F12");
        QTest::newRow("spells a key combination") << QStringLiteral("Ctrl+Alt+Del");
        QTest::newRow("free text") << QStringLiteral("hello");
        QTest::newRow("overlong") << QString(ScanRouter::maximumLength + 1, QLatin1Char('7'));
    }
    void injectionAttempts_areRefusedWithAReason()
    {
        QFETCH(QString, data);
        const auto routed = route(data);
        QVERIFY(!routed.ok());
        QVERIFY(!routed.error().isEmpty());
        for (QChar c : routed.error()) // the reason itself cannot smuggle the control character to the screen
            QVERIFY2(c.isPrint() || c == QChar(0x2026), qPrintable(routed.error()));
    }

    void overlongScan_isRefusedBeforeParsing()
    {
        const auto routed = route(QString(ScanRouter::maximumLength + 1, QLatin1Char('7')));
        QVERIFY(!routed.ok());
        QVERIFY2(routed.error().contains(QString::number(ScanRouter::maximumLength)), qPrintable(routed.error()));
    }

    void groupSeparator_passesOnlyAsGs1Data()
    {
        QVERIFY(route(QStringLiteral("0109520123456788") + GS, QStringLiteral("]C1")).ok());
        QVERIFY(!route(QStringLiteral("4006381") + GS + QStringLiteral("333931")).ok());
    }

    void emptyScan_isRefused() { QVERIFY(!wonRouter().route({}).ok()); }
};

QTEST_GUILESS_MAIN(TestScanRouter)
#include "tst_scanrouter.moc"
