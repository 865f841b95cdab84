#include "Quantity.h"

#include <QTest>

using namespace omnitill;

class TestQuantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseWeight_acceptsWhatAScaleDisplayShows_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("thousandths");
        QTest::newRow("kilograms") << QStringLiteral("0.456") << qint64(456);
        QTest::newRow("decimal comma") << QStringLiteral("0,456") << qint64(456);
        QTest::newRow("one decimal") << QStringLiteral("1.2") << qint64(1200);
        QTest::newRow("with kg") << QStringLiteral(" 1.25 KG ") << qint64(1250);
        QTest::newRow("grams") << QStringLiteral("456 g") << qint64(456);
        QTest::newRow("many grams") << QStringLiteral("2500g") << qint64(2500);
        QTest::newRow("whole kilograms") << QStringLiteral("3") << qint64(3000);
    }
    void parseWeight_acceptsWhatAScaleDisplayShows()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, thousandths);
        const auto parsed = parseWeight(typed);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->thousandths, thousandths);
    }

    void parseWeight_refusesWithAReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("zero") << QStringLiteral("0.000");
        QTest::newRow("four decimals") << QStringLiteral("0.4567");
        QTest::newRow("fractional grams") << QStringLiteral("45.6 g");
        QTest::newRow("a tonne") << QStringLiteral("1000");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("words") << QStringLiteral("half a kilo");
        QTest::newRow("pounds") << QStringLiteral("2 lb");
    }
    void parseWeight_refusesWithAReason()
    {
        QFETCH(QString, typed);
        const auto parsed = parseWeight(typed);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
