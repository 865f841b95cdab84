#include "Money.h"
#include "Rounding.h"

#include <QLocale>
#include <QTest>
#include <limits>

using namespace omnitill;

class TestMoney : public QObject
{
    Q_OBJECT

private:
    static Currency currency(const char *code) { return Currency::fromCode(QString::fromLatin1(code)).value(); }

private Q_SLOTS:
    void currency_knowsExponents()
    {
        QCOMPARE(currency("KRW").exponent(), 0);
        QCOMPARE(currency("JPY").exponent(), 0);
        QCOMPARE(currency("USD").exponent(), 2);
        QCOMPARE(currency("EUR").minorPerMajor(), 100);
        QVERIFY(!Currency::fromCode(QStringLiteral("XYZ")));
        QVERIFY(Currency::fromCode(QStringLiteral("XYZ")).error().contains(QStringLiteral("XYZ")));
    }

    void format_followsCurrencyAndLocale_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("won") << qint64(12300) << "KRW"
                             << "ko_KR" << QStringLiteral("₩12,300");
        QTest::newRow("dollars") << qint64(1230) << "USD"
                                 << "en_US" << QStringLiteral("$12.30");
        QTest::newRow("cents only") << qint64(-5) << "USD"
                                    << "en_US" << QStringLiteral("-$0.05");
        QTest::newRow("million won") << qint64(1234567) << "KRW"
                                     << "ko_KR" << QStringLiteral("₩1,234,567");
        QTest::newRow("yen has no decimals") << qint64(980) << "JPY"
                                             << "ja_JP" << QStringLiteral("¥980");
        QTest::newRow("german separators") << qint64(123450) << "EUR"
                                           << "de_DE" << QStringLiteral("€1.234,50");
        QTest::newRow("int64 minimum") << std::numeric_limits<qint64>::min() << "KRW"
                                       << "ko_KR" << QStringLiteral("-₩9,223,372,036,854,775,808");
    }
    void format_followsCurrencyAndLocale()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, Currency::fromCode(code).value()).format(QLocale(locale)), expected);
    }

    void toDecimalString_isPlain()
    {
        QCOMPARE(Money(1230, currency("USD")).toDecimalString(), QStringLiteral("12.30"));
        QCOMPARE(Money(-7, currency("USD")).toDecimalString(), QStringLiteral("-0.07"));
        QCOMPARE(Money(12300, currency("KRW")).toDecimalString(), QStringLiteral("12300"));
    }

    void arithmetic_refusesOverflow()
    {
        const Money max(std::numeric_limits<qint64>::max(), currency("KRW"));
        QVERIFY(!max.plus(Money(1, currency("KRW"))));
        QVERIFY(!max.negated().minus(Money(2, currency("KRW"))));
        QVERIFY(!Money(std::numeric_limits<qint64>::max() / 2 + 1, currency("KRW")).times(2));
        QCOMPARE(Money(600, currency("KRW")).times(3)->minorUnits(), 1800);
    }

    void arithmetic_refusesMixedCurrencies()
    {
        const auto sum = Money(100, currency("KRW")).plus(Money(100, currency("USD")));
        QVERIFY(!sum);
        QVERIFY(sum.error().contains(QStringLiteral("USD")));
    }

    void parse_readsWhatCashiersType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("grouped won") << "12,300"
                                     << "KRW" << true << qint64(12300);
        QTest::newRow("with symbol") << "₩50,000"
                                     << "KRW" << true << qint64(50000);
        QTest::newRow("dollars and cents") << "12.30"
                                           << "USD" << true << qint64(1230);
        QTest::newRow("one decimal") << "12.3"
                                     << "USD" << true << qint64(1230);
        QTest::newRow("leading point") << ".05"
                                       << "USD" << true << qint64(5);
        QTest::newRow("negative") << "-4.99"
                                  << "USD" << true << qint64(-499);
        QTest::newRow("too many decimals") << "12.305"
                                           << "USD" << false << qint64(0);
        QTest::newRow("won has no decimals") << "12.5"
                                             << "KRW" << false << qint64(0);
        QTest::newRow("letters") << "12a"
                                 << "KRW" << false << qint64(0);
        QTest::newRow("empty") << ""
                               << "KRW" << false << qint64(0);
        QTest::newRow("arabic-indic digits") << "١٢"
                                             << "KRW" << false << qint64(0);
        QTest::newRow("overflow") << "99999999999999999999"
                                  << "KRW" << false << qint64(0);
        QTest::newRow("overflow after scaling") << "99999999999999999"
                                                << "USD" << false << qint64(0);
    }
    void parse_readsWhatCashiersType()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto parsed = Money::parse(text, Currency::fromCode(code).value());
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed->minorUnits(), minor);
        else
            QVERIFY(!parsed.error().isEmpty());
    }

    void parse_explainsDecimalsPerCurrency()
    {
        QCOMPARE(Money::parse(QStringLiteral("12.5"), currency("KRW")).error(),
                 QStringLiteral("KRW amounts have no decimals"));
        // Without a translator loaded the plural stays in its source form, "place(s)".
        QVERIFY(Money::parse(QStringLiteral("1.234"), currency("USD"))
                    .error()
                    .startsWith(QStringLiteral("USD has at most 2 decimal place")));
    }

    void multiplyDivide_roundsByMode_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("divisor");
        QTest::addColumn<qint64>("halfUp");
        QTest::addColumn<qint64>("halfEven");
        QTest::newRow("2.5") << qint64(25) << qint64(10) << qint64(3) << qint64(2);
        QTest::newRow("3.5") << qint64(35) << qint64(10) << qint64(4) << qint64(4);
        QTest::newRow("-2.5") << qint64(-25) << qint64(10) << qint64(-3) << qint64(-2);
        QTest::newRow("2.49") << qint64(249) << qint64(100) << qint64(2) << qint64(2);
        QTest::newRow("2.51") << qint64(251) << qint64(100) << qint64(3) << qint64(3);
        QTest::newRow("negative divisor") << qint64(25) << qint64(-10) << qint64(-3) << qint64(-2);
    }
    void multiplyDivide_roundsByMode()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, divisor);
        QFETCH(qint64, halfUp);
        QFETCH(qint64, halfEven);
        QCOMPARE(*checked::multiplyDivide(a, 1, divisor, RoundingMode::HalfUp), halfUp);
        QCOMPARE(*checked::multiplyDivide(a, 1, divisor, RoundingMode::HalfEven), halfEven);
    }

    void multiplyDivide_hasNoIntermediateOverflow()
    {
        const qint64 big = std::numeric_limits<qint64>::max() / 3;
        QCOMPARE(*checked::multiplyDivide(big, 3000, 3000, RoundingMode::HalfUp), big);
        QVERIFY(!checked::multiplyDivide(std::numeric_limits<qint64>::max(), 2, 1, RoundingMode::HalfUp));
    }

    void roundToIncrement_isCashRounding()
    {
        QCOMPARE(roundToIncrement(12345, 10, RoundingMode::HalfUp), 12350);
        QCOMPARE(roundToIncrement(12344, 10, RoundingMode::HalfUp), 12340);
        QCOMPARE(roundToIncrement(12345, 10, RoundingMode::HalfEven), 12340);
        QCOMPARE(roundToIncrement(1022, 5, RoundingMode::HalfUp), 1020); // CHF to 0.05
        QCOMPARE(roundToIncrement(1023, 5, RoundingMode::HalfUp), 1025);
        QCOMPARE(roundToIncrement(1799, 1, RoundingMode::HalfUp), 1799);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
