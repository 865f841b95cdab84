#include "EscPosEncoder.h"
#include "NetworkPrinter.h"
#include "PrinterConnection.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace omnitill;

class TestPrinterConnection : public QObject
{
    Q_OBJECT

private:
    static QByteArray receiptJob(const PrinterProfile &profile)
    {
        EscPosEncoder e(profile);
        e.initialize().align(Alignment::Center).size(2, 2).line(QStringLiteral("옴니틸 성수점")).size(1, 1);
        e.align(Alignment::Left).line(QStringLiteral("바나나                  ₩2,215"));
        if (!e.qrCode("omnitill:sale:5b1c0c3e-8f9a-4c57-9d8e-0f6f9a1b2c3d").ok())
            qFatal("qr refused");
        e.cut(EscPosEncoder::Cut::Partial);
        return e.bytes();
    }

private Q_SLOTS:
    void unknownAddress_isRefusedWithTheFormsThatWork()
    {
        const auto opened = PrinterConnection::open(QStringLiteral("lpt1"));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("tcp://")));
    }

    void missingDevice_saysToCheckTheCable()
    {
        const auto opened = PrinterConnection::open(QStringLiteral("file:///dev/usb/lp97"));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("/dev/usb/lp97")));
    }

    void fileTransport_writesExactlyTheJob()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("receipt.bin"));
        const QByteArray job = receiptJob(PrinterProfile::epsonTmT88());
        {
            auto file = PrinterConnection::open(QUrl::fromLocalFile(path).toString());
            QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error()));
            QVERIFY(PrinterConnection::send(**file, job).ok());
        }
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), job);
    }

    void closedPort_saysThePrinterDoesNotAnswer()
    {
        NetworkPrinter printer(PrinterProfile::epsonTmT88());
        const QString address = printer.address();
        QMetaObject::invokeMethod(
            printer.server, [&] { printer.server->deleteLater(); }, Qt::BlockingQueuedConnection);
        printer.thread.quit();
        printer.thread.wait();
        const auto opened = PrinterConnection::open(address, 1000);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QStringLiteral("does not answer")));
        printer.server = nullptr;
    }

    void receiptOverTcp_printsWhatTheBytesSay()
    {
        NetworkPrinter printer(PrinterProfile::epsonTmT88());
        QVERIFY(printer.listening);
        const QByteArray job = receiptJob(PrinterProfile::epsonTmT88());
        auto socket = PrinterConnection::open(printer.address());
        QVERIFY2(socket.ok(), qPrintable(socket.ok() ? QString() : socket.error()));
        QVERIFY(PrinterConnection::send(**socket, job).ok());
        QTRY_COMPARE(printer.server->bytesReceived(), job.size());

        VirtualPrinter local(PrinterProfile::epsonTmT88());
        local.write(job);
        QCOMPARE(printer.server->cuts(), 1);
        QCOMPARE(printer.server->paper(), local.paper());
    }

    void statusOverTcp_readsPaperOut()
    {
        NetworkPrinter printer(PrinterProfile::epsonTmT20());
        auto socket = PrinterConnection::open(printer.address());
        QVERIFY2(socket.ok(), qPrintable(socket.ok() ? QString() : socket.error()));
        auto status = PrinterConnection::queryStatus(**socket);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error()));
        QVERIFY(status->readyToPrint());

        PrinterStatus empty;
        empty.paperOut = empty.paperNearEnd = empty.stoppedForPaperEnd = empty.offline = true;
        printer.server->setStatus(empty);
        status = PrinterConnection::queryStatus(**socket);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error()));
        QVERIFY(status->paperOut);
        QCOMPARE(status->message(),
                 QStringLiteral("The printer is out of paper: load paper; the receipt will print again."));
    }
};

QTEST_MAIN(TestPrinterConnection)
#include "tst_printerconnection.moc"
