#include "EscPosEncoder.h"
#include "PrinterConnection.h"
#include "PseudoTerminal.h"
#include "SerialTransport.h"

#include <QSerialPort>
#include <QTest>
#include <thread>

using namespace omnitill;

class TestSerialTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void address_carriesPortAndLineSettings()
    {
        const auto parsed =
            SerialTransport::parse(QStringLiteral("serial:///dev/ttyUSB0?baud=19200&parity=even&bits=7&flow=hardware"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->port, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(parsed->baudRate, 19200);
        QCOMPARE(parsed->parity, QSerialPort::EvenParity);
        QCOMPARE(parsed->dataBits, QSerialPort::Data7);
        QCOMPARE(parsed->stopBits, QSerialPort::OneStop);
        QCOMPARE(parsed->flowControl, QSerialPort::HardwareControl);
    }

    void bareAddress_is9600EightNoneOne()
    {
        const auto parsed = SerialTransport::parse(QStringLiteral("serial:///dev/ttyS0"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->baudRate, 9600);
        QCOMPARE(parsed->dataBits, QSerialPort::Data8);
        QCOMPARE(parsed->parity, QSerialPort::NoParity);
        QCOMPARE(parsed->flowControl, QSerialPort::NoFlowControl);
    }

    void impossibleSettings_areRefusedWithWhatIsAllowed_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("baud") << QStringLiteral("serial:///dev/ttyS0?baud=fast");
        QTest::newRow("parity") << QStringLiteral("serial:///dev/ttyS0?parity=mark");
        QTest::newRow("bits") << QStringLiteral("serial:///dev/ttyS0?bits=9");
        QTest::newRow("no port") << QStringLiteral("serial://");
    }
    void impossibleSettings_areRefusedWithWhatIsAllowed()
    {
        QFETCH(QString, address);
        const auto parsed = SerialTransport::parse(address);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(address), qPrintable(parsed.error()));
    }

    void missingPort_saysToCheckTheAdapter()
    {
        const auto opened = PrinterConnection::open(QStringLiteral("serial:///dev/ttyUSB97?baud=9600"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("/dev/ttyUSB97")), qPrintable(opened.error()));
    }

    void receiptJob_passesThroughATtyByteForByte()
    {
        PseudoTerminal tty;
        QVERIFY(tty.isValid());
        auto opened = PrinterConnection::open(QStringLiteral("serial://%1?baud=38400").arg(tty.path()));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));
        auto *port = qobject_cast<QSerialPort *>(opened->get());
        QVERIFY(port);
        QCOMPARE(port->baudRate(), 38400);

        EscPosEncoder encoder(PrinterProfile::bixolonSrp350());
        encoder.initialize().line(QStringLiteral("Serial receipt")).cut(EscPosEncoder::Cut::Partial);
        // Every byte value, so a tty that cooks its input (CR/LF, XON/XOFF, 0x7F) would show here.
        QByteArray job = encoder.bytes();
        for (int value = 0; value < 256; ++value)
            job.append(char(value));
        QVERIFY(PrinterConnection::send(**opened, job).ok());
        QCOMPARE(tty.read(job.size()), job);
    }

    void statusRequest_isAnsweredFromTheOtherEndOfTheTty()
    {
        PseudoTerminal tty;
        QVERIFY(tty.isValid());
        auto opened = PrinterConnection::open(QStringLiteral("serial://") + tty.path());
        QVERIFY(opened.ok());
        PrinterStatus paperOut;
        paperOut.paperOut = true;
        // The printer on the other end answers DLE EOT 1–4 once it has read the four requests.
        QByteArray requests;
        std::thread printer([&] {
            requests = tty.read(PrinterStatus::requestAll().size());
            QByteArray replies;
            for (int n = 1; n <= 4; ++n)
                replies.append(char(paperOut.reply(PrinterStatus::Request(n))));
            tty.write(replies);
        });
        const auto status = PrinterConnection::queryStatus(**opened);
        printer.join();
        QCOMPARE(requests, PrinterStatus::requestAll());
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error()));
        QVERIFY(status->paperOut);
        QVERIFY(!status->readyToPrint());
    }
};

QTEST_GUILESS_MAIN(TestSerialTransport)
#include "tst_serialtransport.moc"
