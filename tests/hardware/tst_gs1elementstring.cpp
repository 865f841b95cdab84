#include "Gs1ElementString.h"

#include <QTest>

using namespace omnitill;

class TestGs1ElementString : public QObject
{
    Q_OBJECT

private:
    static const QChar GS;

private Q_SLOTS:
    void gs1_128_withAimIdAndSeparators_isRead()
    {
        // ]C1 (01) GTIN, (17) expiry, (10) batch + GS, (21) serial: the GS1 General Specifications example.
        const auto data = Gs1ElementString::parse(QStringLiteral("]C101095201234567881725063010ABC123") + GS +
                                                  QStringLiteral("21S42"));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error()));
        QCOMPARE(data->gtin(), QStringLiteral("09520123456788"));
        QCOMPARE(data->expiry(), QDate(2025, 6, 30));
        QCOMPARE(data->value(QStringLiteral("10")), QStringLiteral("ABC123"));
        QCOMPARE(data->value(QStringLiteral("21")), QStringLiteral("S42"));
        QCOMPARE(data->bracketed(), QStringLiteral("(01)09520123456788(17)250630(10)ABC123(21)S42"));
    }

    void weightAndPrice_areReadExactly()
    {
        // (3103) 1.234 kg, (3922) 12.50 with two decimals.
        const auto data = Gs1ElementString::parse(QStringLiteral("0109520123456788310300123439221250"));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error()));
        QCOMPARE(data->netWeightGrams(), 1234);
        QCOMPARE(data->priceMinor(2), 1250);         // USD cents
        QCOMPARE(data->priceMinor(0), std::nullopt); // 12.50 is not a whole number of won
        QCOMPARE(Gs1ElementString::parse(QStringLiteral("01095201234567883922125000")).value().priceMinor(0), 1250);
    }

    void expiryDay00_meansEndOfMonth()
    {
        const auto data = Gs1ElementString::parse(QStringLiteral("010952012345678817240200"));
        QCOMPARE(data->expiry(), QDate(2024, 2, 29));
    }

    void leadingFnc1AndDataMatrixAimId_areAccepted()
    {
        QVERIFY(Gs1ElementString::parse(QStringLiteral("]d2") + GS + QStringLiteral("0109520123456788")).ok());
        QVERIFY(Gs1ElementString::parse(QStringLiteral("]Q30109520123456788")).ok());
    }

    void malformedData_isRefusedWithAReason()
    {
        const auto badCheck = Gs1ElementString::parse(QStringLiteral("0109520123456789"));
        QVERIFY(!badCheck.ok());
        QVERIFY(badCheck.error().contains(QStringLiteral("check digit")));
        QVERIFY(!Gs1ElementString::parse(QStringLiteral("01095201234567")).ok());           // too short
        QVERIFY(!Gs1ElementString::parse(QStringLiteral("99ABC")).ok());                    // unknown AI
        QVERIFY(!Gs1ElementString::parse(QStringLiteral("]E04006381333931")).ok());         // not GS1
        QVERIFY(!Gs1ElementString::parse(QStringLiteral("010952012345678817251301")).ok()); // month 13
        QVERIFY(!Gs1ElementString::parse(QStringLiteral("010952012345678810") + QString(21, QLatin1Char('A'))).ok());
        QVERIFY(!Gs1ElementString::parse(QStringLiteral("010952012345678810A B")).ok()); // space
        QVERIFY(!Gs1ElementString::parse(QString()).ok());
    }

    void bracketedForm_isRead()
    {
        const auto data = Gs1ElementString::parseBracketed(QStringLiteral("(01)09520123456788(3103)000195(10)L1"));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error()));
        QCOMPARE(data->netWeightGrams(), 195);
        QVERIFY(!Gs1ElementString::parseBracketed(QStringLiteral("01)0952")).ok());
    }

    void digitalLink_pathAndQueryBecomeElements()
    {
        const auto data = Gs1ElementString::parseDigitalLink(QStringLiteral(
            "https://id.gs1.org/01/09520123456788/10/ABC%2F1/21/12345?17=201225&3103=000195&linkType=all"));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error()));
        QCOMPARE(data->bracketed(), QStringLiteral("(01)09520123456788(10)ABC/1(21)12345(17)201225(3103)000195"));
    }

    void digitalLink_padsShortGtinsAndAllowsAPathPrefix()
    {
        const auto data =
            Gs1ElementString::parseDigitalLink(QStringLiteral("https://brand.example/shop/01/4006381333931"));
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error()));
        QCOMPARE(data->gtin(), QStringLiteral("04006381333931"));
    }

    void digitalLink_refusesWhatIsNotOne()
    {
        QVERIFY(!Gs1ElementString::parseDigitalLink(QStringLiteral("https://example.com/products/42")).ok());
        QVERIFY(!Gs1ElementString::parseDigitalLink(QStringLiteral("ftp://id.gs1.org/01/09520123456788")).ok());
        QVERIFY(!Gs1ElementString::parseDigitalLink(QStringLiteral("https://id.gs1.org/01/09520123456789")).ok());
        QVERIFY(!Gs1ElementString::parseDigitalLink(QStringLiteral("https://id.gs1.org/01/09520123456788/10")).ok());
    }
};

const QChar TestGs1ElementString::GS = QChar(0x1D);

QTEST_GUILESS_MAIN(TestGs1ElementString)
#include "tst_gs1elementstring.moc"
