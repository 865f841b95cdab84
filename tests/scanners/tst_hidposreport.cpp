#include "DevicePipe.h"
#include "HidPosReport.h"
#include "HidrawScannerReader.h"

#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

namespace {
// Annotated hex: "02'0D'5D4530" reads as report ID, length, symbology identifier.
QByteArray hex(const char *annotated)
{
    return QByteArray::fromHex(QByteArray(annotated).replace('\'', ""));
}

// A recorded 64-byte Scanned Data Report: the bytes given, zero padding, Honeywell's code id at [61]
// and the Decode Data Continued flag at [63].
QByteArray report(const QByteArray &head, bool continued = false, char honeywellCodeId = 'd')
{
    QByteArray bytes = head.leftJustified(HidPosReport::reportSize, '\0');
    bytes[61] = honeywellCodeId;
    bytes[63] = continued ? 1 : 0;
    return bytes;
}
} // namespace

class TestHidPosReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevicePipe> m_device;

    void send(const QByteArray &bytes) { m_device->send(bytes); }

private Q_SLOTS:
    void init() { m_device = std::make_unique<DevicePipe>(); }
    void cleanup() { m_device.reset(); }

    void ean13Report_isDecoded()
    {
        // 02 report ID | 0D 13 data bytes | 5D 45 30 "]E0" | "4006381333931"
        const auto fragment = HidPosReport::decode(report(hex("02'0D'5D4530'34303036333831333333393331")));
        QVERIFY2(fragment.ok(), qPrintable(fragment ? QString() : fragment.error()));
        QCOMPARE(fragment->symbologyId, QStringLiteral("]E0"));
        QCOMPARE(fragment->data, QByteArray("4006381333931"));
        QVERIFY(!fragment->continued);
    }

    void symbologyShiftedByOne_andNoSymbology_areAccepted()
    {
        // 02 | 08 | 00 5D 45 34 "]E4" one byte later | "96385074"
        const auto shifted = HidPosReport::decode(report(hex("02'08'005D4534'3936333835303734")));
        QVERIFY(shifted.ok());
        QCOMPARE(shifted->symbologyId, QStringLiteral("]E4"));
        QCOMPARE(shifted->data, QByteArray("96385074"));
        // 02 | 03 | 00 00 00 no identifier | "ABC"
        const auto plain = HidPosReport::decode(report(hex("02'03'000000'414243")));
        QVERIFY(plain.ok());
        QCOMPARE(plain->symbologyId, QString());
        QCOMPARE(plain->data, QByteArray("ABC"));
    }

    void foreignOrBrokenReports_areRefused()
    {
        QVERIFY(!HidPosReport::decode(report(hex("04'01'000000'41"))).ok()); // another report ID
        QVERIFY(!HidPosReport::decode(hex("0201")).ok());                    // truncated
        QVERIFY(!HidPosReport::decode({}).ok());
        // Claims 60 data bytes: more than the 56-byte Decoded Data field holds.
        QVERIFY(!HidPosReport::decode(report(hex("02'3C'5D4530"))).ok());
        // Claims 5 bytes in an 8-byte report that has room for 3.
        QVERIFY(!HidPosReport::decode(hex("02'05'5D4530'414243")).ok());
    }

    void continuedReports_areJoinedIntoOneScan()
    {
        HidrawScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &HidrawScannerReader::scanned);
        // A QR code with a customer token longer than one report: 56 bytes, then the rest.
        const QByteArray token = "OMC1:eyJjaWQiOiJjLTEiLCJleHAiOjE3MDAwMDAxMjAsImlhdCI6MTcwMDAwMDAwMH0.c2lnbmF0dXJl";
        QByteArray first = hex("02'38'5D5131") + token.left(56); // 38 = 56 bytes, "]Q1"
        QByteArray second = hex("02") + char(token.size() - 56) + hex("5D5131") + token.mid(56);
        send(report(first, true, 's'));
        QTest::qWait(20);
        QCOMPARE(scanned.size(), 0); // the scan is not finished yet
        send(report(second, false, 's'));
        QTRY_COMPARE(scanned.size(), 1);
        const auto payload = scanned.first().first().value<ScanPayload>();
        QCOMPARE(payload.data, QString::fromLatin1(token));
        QCOMPARE(payload.symbologyId, QStringLiteral("]Q1"));
    }

    void statusReports_areSkipped_andScansFollowEachOther()
    {
        HidrawScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &HidrawScannerReader::scanned);
        send(report(hex("15'01"))); // another report: no scan
        send(report(hex("02'08'5D4534'3936333835303734")));
        send(report(hex("02'0D'5D4530'34303036333831333333393331")));
        QTRY_COMPARE(scanned.size(), 2);
        QCOMPARE(scanned.at(0).first().value<ScanPayload>().data, QStringLiteral("96385074"));
        QCOMPARE(scanned.at(1).first().value<ScanPayload>().data, QStringLiteral("4006381333931"));
    }

    void utf8Data_isDecoded()
    {
        HidrawScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &HidrawScannerReader::scanned);
        const QByteArray korean = QStringLiteral("생수").toUtf8(); // 6 bytes
        send(report(hex("02'06'5D5131") + korean));
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("생수"));
    }

    void overlongChain_isRefusedWhole()
    {
        HidrawScannerReader reader({{}, 100});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &HidrawScannerReader::scanned);
        QSignalSpy refused(&reader, &HidrawScannerReader::refused);
        const QByteArray chunk = hex("02'38'000000") + QByteArray(56, '7');
        for (int i = 0; i < 3; ++i)
            send(report(chunk, true));
        send(report(chunk, false));
        send(report(hex("02'08'5D4534'3936333835303734")));
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("96385074"));
    }
};

QTEST_GUILESS_MAIN(TestHidPosReport)
#include "tst_hidposreport.moc"
