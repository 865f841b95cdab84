#include "DevicePipe.h"
#include "EvdevScannerReader.h"
#include "InputDeviceFinder.h"
#include "WedgeScanDetector.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <linux/input.h>

using namespace omnitill;

namespace {
// Kernel input events as a scanner's HID keyboard produces them, written into a pipe that the reader
// watches exactly as it watches /dev/input/eventN.
class EventStream
{
public:
    void key(quint16 code, int value)
    {
        input_event event{};
        event.input_event_sec = m_ms / 1000;
        event.input_event_usec = (m_ms % 1000) * 1000;
        event.type = EV_KEY;
        event.code = code;
        event.value = value;
        m_bytes.append(reinterpret_cast<const char *>(&event), sizeof event);
        input_event sync{};
        sync.input_event_sec = event.input_event_sec;
        sync.input_event_usec = event.input_event_usec;
        sync.type = EV_SYN; // every key comes with a report boundary, which the reader must skip
        m_bytes.append(reinterpret_cast<const char *>(&sync), sizeof sync);
    }
    void tap(quint16 code, bool shift = false, bool control = false)
    {
        if (shift)
            key(KEY_LEFTSHIFT, 1);
        if (control)
            key(KEY_RIGHTCTRL, 1);
        key(code, 1);
        key(code, 0);
        if (control)
            key(KEY_RIGHTCTRL, 0);
        if (shift)
            key(KEY_LEFTSHIFT, 0);
        m_ms += 4; // scanner speed
    }
    // The keys a US-layout scanner presses for text.
    void type(const QString &text)
    {
        for (QChar c : text) {
            const auto stroke = WedgeScanDetector::usKeyStroke(c.unicode());
            QVERIFY(stroke);
            tap(quint16(stroke->scanCode), stroke->shift, stroke->control);
        }
    }
    void wait(qint64 ms) { m_ms += ms; }
    QByteArray take() { return std::exchange(m_bytes, {}); }

private:
    QByteArray m_bytes;
    qint64 m_ms = 1'700'000'000'000;
};
} // namespace

class TestEvdevScannerReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DevicePipe> m_device;

    void send(const QByteArray &bytes) { m_device->send(bytes); }

private Q_SLOTS:
    void init() { m_device = std::make_unique<DevicePipe>(); }
    void cleanup() { m_device.reset(); }

    void shiftedKeys_andAimId_makeOnePayloadAtEnter()
    {
        EvdevScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        EventStream stream;
        stream.type(QStringLiteral("]C1ABc-12/Q"));
        stream.tap(KEY_ENTER);
        send(stream.take());
        QTRY_COMPARE(scanned.size(), 1);
        const auto payload = scanned.first().first().value<ScanPayload>();
        QCOMPARE(payload.data, QStringLiteral("ABc-12/Q"));
        QCOMPARE(payload.symbologyId, QStringLiteral("]C1"));
    }

    // The reader decodes key positions with the US table: what a German (QWERTZ) or a Korean desktop
    // would make of KEY_Y, KEY_Z or the symbol keys never enters. Tests run under de_DE.
    void nonUsLayout_doesNotChangeTheScan()
    {
        EvdevScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        EventStream stream;
        stream.tap(KEY_Y, true);
        stream.tap(KEY_Z);
        stream.tap(KEY_MINUS, true); // '_' on US, '?' on German
        stream.tap(KEY_SEMICOLON);   // ';' on US, 'ö' on German
        stream.tap(KEY_KPENTER);
        send(stream.take());
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("Yz_;"));
    }

    void backToBackBursts_inOneRead_areSeparateScans()
    {
        EvdevScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        EventStream stream;
        for (const QString &code :
             {QStringLiteral("4006381333931"), QStringLiteral("96385074"), QStringLiteral("OMC1:abc.DEF")}) {
            stream.type(code);
            stream.tap(KEY_ENTER);
        }
        send(stream.take());
        QTRY_COMPARE(scanned.size(), 3);
        QCOMPARE(scanned.at(0).first().value<ScanPayload>().data, QStringLiteral("4006381333931"));
        QCOMPARE(scanned.at(1).first().value<ScanPayload>().data, QStringLiteral("96385074"));
        QCOMPARE(scanned.at(2).first().value<ScanPayload>().data, QStringLiteral("OMC1:abc.DEF"));
    }

    void recordSplitAcrossReads_isReassembled()
    {
        EvdevScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        EventStream stream;
        stream.type(QStringLiteral("12345670"));
        stream.tap(KEY_ENTER);
        const QByteArray bytes = stream.take();
        send(bytes.left(sizeof(input_event) + 5)); // mid-record
        QTest::qWait(20);
        QCOMPARE(scanned.size(), 0);
        send(bytes.mid(sizeof(input_event) + 5));
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("12345670"));
    }

    void groupSeparator_isKept_otherControlKeys_areDropped()
    {
        EvdevScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        EventStream stream;
        stream.type(QStringLiteral("10AB"));
        stream.tap(KEY_RIGHTBRACE, false, true); // Ctrl+] = GS, the FNC1 separator
        stream.tap(KEY_J, false, true);          // Ctrl+J = LF: never data
        stream.tap(KEY_ESC);                     // no character at all
        stream.tap(KEY_F12);
        stream.type(QStringLiteral("21X"));
        stream.tap(KEY_ENTER);
        send(stream.take());
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("10AB\x1D"
                                                                                   "21X"));
    }

    void tabTerminator_andAffixes_areConfigurable()
    {
        EvdevScannerReader reader({EvdevScannerReader::Terminator::Tab, {QStringLiteral("#"), QStringLiteral("$")}});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        EventStream stream;
        stream.type(QStringLiteral("#96385074$"));
        stream.tap(KEY_ENTER); // not the terminator here: a control character, dropped
        stream.tap(KEY_TAB);
        send(stream.take());
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("96385074"));
    }

    void unterminatedFragment_isNotGluedToTheNextScan()
    {
        EvdevScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        EventStream stream;
        stream.type(QStringLiteral("4006")); // the scanner was unplugged mid-code
        stream.wait(2000);
        stream.type(QStringLiteral("96385074"));
        stream.tap(KEY_ENTER);
        send(stream.take());
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("96385074"));
    }

    void overlongScan_isRefusedWhole()
    {
        EvdevScannerReader::Settings settings;
        settings.maxLength = 16;
        EvdevScannerReader reader(settings);
        reader.watch(m_device->readFd());
        QSignalSpy scanned(&reader, &EvdevScannerReader::scanned);
        QSignalSpy refused(&reader, &EvdevScannerReader::refused);
        EventStream stream;
        stream.type(QString(17, QLatin1Char('7')));
        stream.tap(KEY_ENTER);
        stream.type(QStringLiteral("96385074"));
        stream.tap(KEY_ENTER);
        send(stream.take());
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("16")));
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("96385074"));
    }

    void closedDevice_isReportedOnce()
    {
        EvdevScannerReader reader({});
        reader.watch(m_device->readFd());
        QSignalSpy failed(&reader, &EvdevScannerReader::failed);
        m_device->unplug();
        QTRY_COMPARE(failed.size(), 1);
        QTest::qWait(20);
        QCOMPARE(failed.size(), 1);
    }

    void openingAMissingDevice_saysWhy()
    {
        EvdevScannerReader reader({});
        const auto opened = reader.open(QStringLiteral("/dev/input/event-does-not-exist"));
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("event-does-not-exist")), qPrintable(opened.error()));
    }

    void deviceDiscovery_readsNameAndIdsFromSysfs()
    {
        QTemporaryDir sys;
        QVERIFY(sys.isValid());
        const auto addDevice = [&](const QString &event, const QByteArray &name, const QByteArray &vendor,
                                   const QByteArray &product) {
            const QString device = sys.path() + QLatin1Char('/') + event + QStringLiteral("/device/");
            QVERIFY(QDir().mkpath(device + QStringLiteral("id")));
            const std::pair<QString, QByteArray> files[] = {{QStringLiteral("name"), name + '\n'},
                                                            {QStringLiteral("id/vendor"), vendor + '\n'},
                                                            {QStringLiteral("id/product"), product + '\n'}};
            for (const auto &[path, content] : files) {
                QFile file(device + path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(content);
            }
        };
        addDevice(QStringLiteral("event0"), "AT Translated Set 2 keyboard", "0001", "0001");
        addDevice(QStringLiteral("event3"), "Honeywell Imaging & Mobility 1900", "0c2e", "0b01");
        addDevice(QStringLiteral("event12"), "Honeywell Imaging & Mobility 1470g", "0c2e", "0b61");
        addDevice(QStringLiteral("event4"), "Symbol Bar Code Scanner", "05e0", "1200");

        QCOMPARE(InputDeviceFinder::eventDevices(sys.path(), {QStringLiteral("HONEYWELL"), {}, {}}),
                 QStringList({QStringLiteral("/dev/input/event3"), QStringLiteral("/dev/input/event12")}));
        QCOMPARE(InputDeviceFinder::eventDevices(sys.path(), {{}, 0x0c2e, 0x0b61}),
                 QStringList({QStringLiteral("/dev/input/event12")}));
        QCOMPARE(InputDeviceFinder::eventDevices(sys.path(), {QStringLiteral("scanner"), 0x05e0, {}}),
                 QStringList({QStringLiteral("/dev/input/event4")}));
        QCOMPARE(InputDeviceFinder::eventDevices(sys.path(), {QStringLiteral("scanner"), 0x0c2e, {}}), QStringList());
        // Nothing configured grabs nothing: never the cashier's keyboard.
        QCOMPARE(InputDeviceFinder::eventDevices(sys.path(), {}), QStringList());
        QCOMPARE(
            InputDeviceFinder::eventDevices(sys.path() + QStringLiteral("/missing"), {QStringLiteral("a"), {}, {}}),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TestEvdevScannerReader)
#include "tst_evdevscannerreader.moc"
