#include "PoleDisplayEncoder.h"
#include "PoleDisplaySimulator.h"

#include <QTest>

using namespace omnitill;
using CommandSet = PoleDisplayEncoder::CommandSet;

Q_DECLARE_METATYPE(PoleDisplayEncoder::CommandSet)

class TestPoleDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void epson_initializeIsResetThenOverwriteMode()
    {
        // ESC @ | US 01 (overwrite mode)
        QCOMPARE(PoleDisplayEncoder(CommandSet::Epson).initialize(), QByteArray::fromHex("1B40"
                                                                                         "1F01"));
    }

    void cd5220_initializeIsResetThenOverwriteMode()
    {
        // ESC @ | ESC DC1 (overwrite mode)
        QCOMPARE(PoleDisplayEncoder(CommandSet::Cd5220).initialize(), QByteArray::fromHex("1B40"
                                                                                          "1B11"));
    }

    void epson_linesGoToTheirRowByCursorAndArePaddedTo20()
    {
        const QByteArray expected = QByteArray::fromHex("1F24"
                                                        "01"
                                                        "01") +
                                    "TOTAL     W12,500   " +
                                    QByteArray::fromHex("1F24"
                                                        "01"
                                                        "02") +
                                    "THANK YOU           ";
        QCOMPARE(PoleDisplayEncoder(CommandSet::Epson).showLines("TOTAL     W12,500", "THANK YOU"), expected);
    }

    void cd5220_linesAreUpperAndLowerLineMessages()
    {
        // ESC Q A <20 characters> CR | ESC Q B <20 characters> CR
        const QByteArray expected = QByteArray::fromHex("1B51"
                                                        "41") +
                                    "BANANA         2,215" +
                                    QByteArray::fromHex("0D"
                                                        "1B51"
                                                        "42") +
                                    "TOTAL          2,215" + QByteArray::fromHex("0D");
        QCOMPARE(PoleDisplayEncoder(CommandSet::Cd5220).showLines("BANANA         2,215", "TOTAL          2,215"),
                 expected);
    }

    void clearAndBrightness_inBothSets()
    {
        QCOMPARE(PoleDisplayEncoder(CommandSet::Epson).clear(), QByteArray::fromHex("0C"));
        QCOMPARE(PoleDisplayEncoder(CommandSet::Cd5220).clear(), QByteArray::fromHex("0C"));
        QCOMPARE(PoleDisplayEncoder(CommandSet::Epson).brightness(2), QByteArray::fromHex("1F58"
                                                                                          "02")); // US X 2
        QCOMPARE(PoleDisplayEncoder(CommandSet::Cd5220).brightness(9), QByteArray::fromHex("1B2A"
                                                                                           "04")); // ESC * 4
    }

    void longLine_isCutAt20()
    {
        const QByteArray bytes =
            PoleDisplayEncoder(CommandSet::Cd5220).showLines(QStringLiteral("ORGANIC FREE-RANGE EGGS x12"), {});
        QCOMPARE(bytes.mid(3, 21), QByteArray("ORGANIC FREE-RANGE E\r"));
    }

    void text_isTransliteratedToAscii()
    {
        QCOMPARE(PoleDisplayEncoder::displayable(QStringLiteral("Crème brûlée")), QByteArray("Creme brulee"));
        QCOMPARE(PoleDisplayEncoder::displayable(QStringLiteral("₩2,215")), QByteArray("W2,215"));
        QCOMPARE(PoleDisplayEncoder::displayable(QStringLiteral("€ 3,50")), QByteArray("EUR 3,50"));
        QCOMPARE(PoleDisplayEncoder::displayable(QStringLiteral("ＡＢＣ１２")), QByteArray("ABC12")); // full width
        QCOMPARE(PoleDisplayEncoder::displayable(QStringLiteral("tab\tand\x1b[2J")), QByteArray("tab and[2J"));
    }

    void koreanName_showsThePriceOnly()
    {
        QCOMPARE(PoleDisplayEncoder::priceLine(QStringLiteral("바나나"), QStringLiteral("₩2,215")),
                 QStringLiteral("              W2,215"));
        QCOMPARE(PoleDisplayEncoder::priceLine(QStringLiteral("Banana 바나나"), QStringLiteral("₩2,215")),
                 QStringLiteral("Banana        W2,215"));
        const QString cut =
            PoleDisplayEncoder::priceLine(QStringLiteral("Extraordinarily long name"), QStringLiteral("₩1,000,000"));
        QCOMPARE(cut.size(), PoleDisplayEncoder::columns);
        QVERIFY(cut.endsWith(QStringLiteral(" W1,000,000")));
    }

    void roundTrip_simulatorShowsWhatWasEncoded_data()
    {
        QTest::addColumn<CommandSet>("commandSet");
        QTest::newRow("epson") << CommandSet::Epson;
        QTest::newRow("cd5220") << CommandSet::Cd5220;
    }
    void roundTrip_simulatorShowsWhatWasEncoded()
    {
        QFETCH(CommandSet, commandSet);
        const PoleDisplayEncoder encoder(commandSet);
        PoleDisplaySimulator display;
        display.write(encoder.initialize() + encoder.brightness(3));
        display.write(encoder.showLines(QStringLiteral("A much longer first line"), QStringLiteral("2nd")));
        const QString top = PoleDisplayEncoder::priceLine(QStringLiteral("우유 Milk"), QStringLiteral("₩1,980"));
        display.write(encoder.showLines(top, QStringLiteral("TOTAL ₩4,195")));
        QCOMPARE(display.line(0), QStringLiteral("Milk          W1,980"));
        QCOMPARE(display.line(1), QStringLiteral("TOTAL W4,195        "));
        QCOMPARE(display.brightness(), 3);
        QCOMPARE(display.unknownCommands(), 0);

        display.write(encoder.clear());
        QCOMPARE(display.line(0), QString(20, QLatin1Char(' ')));
        QCOMPARE(display.line(1), QString(20, QLatin1Char(' ')));
    }

    void commandSplitAcrossWrites_isCompletedByTheNextWrite()
    {
        const QByteArray bytes =
            PoleDisplayEncoder(CommandSet::Cd5220).showLines(QStringLiteral("TOP"), QStringLiteral("BOTTOM"));
        PoleDisplaySimulator display;
        for (const char byte : bytes)
            display.write(&byte, 1);
        QCOMPARE(display.line(0).trimmed(), QStringLiteral("TOP"));
        QCOMPARE(display.line(1).trimmed(), QStringLiteral("BOTTOM"));
    }

    void plainTextAfterEpsonHome_overwritesAndWrapsToTheSecondLine()
    {
        PoleDisplaySimulator display;
        display.write(QByteArray::fromHex("0B") + QByteArray(22, 'x'));
        QCOMPARE(display.line(0), QString(20, QLatin1Char('x')));
        QCOMPARE(display.line(1), QStringLiteral("xx") + QString(18, QLatin1Char(' ')));
        display.write(QByteArray::fromHex("18")); // CAN: clear the cursor's line
        QCOMPARE(display.line(1), QString(20, QLatin1Char(' ')));
    }

    void unknownCommand_isCountedNotPrinted()
    {
        PoleDisplaySimulator display;
        display.write(QByteArray::fromHex("1B7E") + "A");
        QCOMPARE(display.unknownCommands(), 1);
        QCOMPARE(display.line(0).trimmed(), QStringLiteral("A"));
    }
};

QTEST_GUILESS_MAIN(TestPoleDisplay)
#include "tst_poledisplay.moc"
