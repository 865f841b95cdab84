#include "PrinterStatus.h"

#include <QTest>

using namespace omnitill;

class TestPrinterStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requests_areDleEot()
    {
        QCOMPARE(PrinterStatus::request(PrinterStatus::Request::PaperSensor), QByteArray::fromHex("100404"));
        QCOMPARE(PrinterStatus::requestAll(), QByteArray::fromHex("100401'100402'100403'100404"));
    }

    void healthyPrinter_isReadyWithNoMessage()
    {
        const auto status = PrinterStatus::fromReplies(QByteArray::fromHex("16'12'12'12")); // drawer pin HIGH
        QVERIFY(status.ok());
        QVERIFY(status->readyToPrint());
        QVERIFY(status->drawerSensorHigh);
        QVERIFY(status->message().isEmpty());
    }

    void paperOut_isReadAndToldInWords()
    {
        // 1: offline (bit 3); 2: stopped for paper end (bit 5); 3: none; 4: near end and end (0x0C | 0x60).
        const auto status = PrinterStatus::fromReplies(QByteArray::fromHex("1a'32'12'7e"));
        QVERIFY(status.ok());
        QVERIFY(status->paperOut);
        QVERIFY(status->paperNearEnd);
        QVERIFY(status->offline);
        QVERIFY(!status->readyToPrint());
        QCOMPARE(status->message(),
                 QStringLiteral("The printer is out of paper: load paper; the receipt will print again."));
    }

    void coverOpen_winsOverOffline()
    {
        const auto status = PrinterStatus::fromReplies(QByteArray::fromHex("1a'16'12'12"));
        QVERIFY(status->coverOpen);
        QCOMPARE(status->message(),
                 QStringLiteral("The printer cover is open: close it; the receipt will print again."));
    }

    void nearEnd_stillPrintsButWarns()
    {
        const auto status = PrinterStatus::fromReplies(QByteArray::fromHex("12'12'12'1e"));
        QVERIFY(status->paperNearEnd);
        QVERIFY(!status->paperOut);
        QVERIFY(status->readyToPrint());
        QVERIFY(status->message().contains(QStringLiteral("running low")));
    }

    void cutterError_isReported()
    {
        const auto status = PrinterStatus::fromReplies(QByteArray::fromHex("1a'52'1a'12"));
        QVERIFY(status->cutterError);
        QVERIFY(status->message().contains(QStringLiteral("cutter")));
    }

    void bytesThatAreNotStatusReplies_areRefused()
    {
        QVERIFY(!PrinterStatus::fromReplies(QByteArray::fromHex("12'12'12")).ok());    // too short
        QVERIFY(!PrinterStatus::fromReplies(QByteArray::fromHex("10'12'12'12")).ok()); // ASB first byte, not DLE EOT
        QVERIFY(!PrinterStatus::fromReplies(QByteArray::fromHex("00'12'12'12")).ok()); // GS r reply
        QVERIFY(!PrinterStatus::fromReplies(QByteArray::fromHex("92'12'12'12")).ok()); // bit 7 set
    }

    void reply_roundTripsEveryFlag()
    {
        PrinterStatus status;
        status.offline = status.coverOpen = status.paperNearEnd = status.paperOut = status.cutterError = true;
        status.drawerSensorHigh = status.stoppedForPaperEnd = true;
        QByteArray replies;
        for (int n = 1; n <= 4; ++n)
            replies += char(status.reply(PrinterStatus::Request(n)));
        QCOMPARE(PrinterStatus::fromReplies(replies).value(), status);
    }
};

QTEST_GUILESS_MAIN(TestPrinterStatus)
#include "tst_printerstatus.moc"
