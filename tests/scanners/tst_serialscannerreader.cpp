#include "SerialScannerReader.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

namespace {
QStringList scans(const QSignalSpy &spy)
{
    QStringList data;
    for (const auto &arguments : spy)
        data.append(arguments.first().value<ScanPayload>().data);
    return data;
}

// Bytes arriving on the port: appended behind what the reader has not read yet.
void arrive(QBuffer &port, const QByteArray &bytes)
{
    const qint64 readPosition = port.pos();
    port.seek(port.size());
    port.write(bytes);
    port.seek(readPosition);
    QCoreApplication::processEvents();
}
} // namespace

// The framing of a serial scanner's byte stream, fed through a QBuffer as the QSerialPort would feed it.
class TestSerialScannerReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansSplitAnywhere_areFramedAtTheTerminator()
    {
        QBuffer port;
        port.open(QIODevice::ReadWrite);
        SerialScannerReader reader({});
        reader.read(&port);
        QSignalSpy scanned(&reader, &SerialScannerReader::scanned);
        const QByteArray stream = "]E04006381333931\r96385074\r\n]C101095201234567881725063010ABC\x1D"
                                  "21S\r";
        // Bytes arrive in arbitrary pieces: 1, 2, 3, ... at a time.
        qsizetype at = 0;
        for (qsizetype piece = 1; at < stream.size(); ++piece) {
            arrive(port, stream.mid(at, piece));
            at += piece;
        }
        QTRY_COMPARE(scanned.size(), 3);
        QCOMPARE(scans(scanned), QStringList({QStringLiteral("4006381333931"), QStringLiteral("96385074"),
                                              QStringLiteral("0109520123456788172506301"
                                                             "0ABC\x1D"
                                                             "21S")}));
        QCOMPARE(scanned.at(0).first().value<ScanPayload>().symbologyId, QStringLiteral("]E0"));
        QCOMPARE(scanned.at(2).first().value<ScanPayload>().symbologyId, QStringLiteral("]C1"));
    }

    void configuredTerminatorAndAffixes_areUsed()
    {
        QBuffer port;
        port.setData("\x02"
                     "96385074\x03\n\x02"
                     "12345670\x03\n");
        port.open(QIODevice::ReadOnly);
        SerialScannerReader reader({"\n", {QStringLiteral("\x02"), QStringLiteral("\x03")}, 512});
        QSignalSpy scanned(&reader, &SerialScannerReader::scanned);
        reader.read(&port);
        QCOMPARE(scans(scanned), QStringList({QStringLiteral("96385074"), QStringLiteral("12345670")}));
    }

    void emptyTerminator_fallsBackToCarriageReturn()
    {
        QBuffer port;
        port.setData("96385074\r12345670\r");
        port.open(QIODevice::ReadOnly);
        SerialScannerReader reader({"", {}, 512});
        QSignalSpy scanned(&reader, &SerialScannerReader::scanned);
        reader.read(&port);
        QCOMPARE(scans(scanned), QStringList({QStringLiteral("96385074"), QStringLiteral("12345670")}));
    }

    void streamWithoutTerminator_isCappedAndRefused()
    {
        QBuffer port;
        port.setData(QByteArray(600, '7') + "\r" + QByteArray(20, '8') + QByteArray(600, '9') + "\r96385074\r");
        port.open(QIODevice::ReadOnly);
        SerialScannerReader reader({"\r", {}, 512});
        QSignalSpy scanned(&reader, &SerialScannerReader::scanned);
        QSignalSpy refused(&reader, &SerialScannerReader::refused);
        reader.read(&port);
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("512")));
        QCOMPARE(scans(scanned), QStringList({QStringLiteral("96385074")}));
    }

    void overlongStreamArrivingInPieces_neverGrowsTheBuffer()
    {
        QBuffer port;
        port.open(QIODevice::ReadWrite);
        SerialScannerReader reader({"\r", {}, 64});
        reader.read(&port);
        QSignalSpy scanned(&reader, &SerialScannerReader::scanned);
        QSignalSpy refused(&reader, &SerialScannerReader::refused);
        for (int i = 0; i < 50; ++i)
            arrive(port, QByteArray(10, 'A'));
        arrive(port, "TAIL\r96385074\r");
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(refused.size(), 1); // once per overlong scan, not once per piece
        QCOMPARE(scans(scanned), QStringList({QStringLiteral("96385074")}));
    }
};

QTEST_GUILESS_MAIN(TestSerialScannerReader)
#include "tst_serialscannerreader.moc"
