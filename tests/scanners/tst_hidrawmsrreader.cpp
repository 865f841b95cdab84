#include "DevicePipe.h"
#include "HidrawMsrReader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace omnitill;

// A USB magnetic stripe reader through hidraw: recorded reports, written into a pipe (or a FIFO opened by its
// path, as the till opens /dev/hidrawN), become the same card swipes as the keyboard-wedge path, and a payment
// card is refused with nothing of it passed on.
class TestHidrawMsrReader : public QObject
{
    Q_OBJECT

private:
    // The boot keyboard reports a reader in keyboard mode sends for text: each character pressed, then released.
    static QList<QByteArray> keyboardReports(const QByteArray &text)
    {
        static const QByteArray digits = "1234567890";
        QList<QByteArray> reports;
        const auto press = [&reports](quint8 modifiers, quint8 usage) {
            QByteArray down(HidrawMsrReader::keyboardReportSize, '\0');
            down[0] = char(modifiers);
            down[2] = char(usage);
            reports << down << QByteArray(HidrawMsrReader::keyboardReportSize, '\0');
        };
        for (const char c : text) {
            if (c >= '0' && c <= '9')
                press(0, quint8(0x1E + digits.indexOf(c)));
            else if (c >= 'A' && c <= 'Z')
                press(0x02, quint8(0x04 + (c - 'A')));
            else if (c == '%')
                press(0x02, 0x22); // shift 5
            else if (c == '^')
                press(0x20, 0x23); // right shift 6
            else if (c == ';')
                press(0, 0x33);
            else if (c == '=')
                press(0, 0x2E);
            else if (c == '?')
                press(0x02, 0x38);
            else if (c == '/')
                press(0, 0x38);
            else
                qFatal("no key for %c", c);
        }
        press(0, 0x28); // Enter
        return reports;
    }

    // One input report in the MagTek layout of the HID MSR page: status, lengths, encoding, three tracks.
    static QByteArray tracksReport(const QByteArray &track1, const QByteArray &track2, quint8 track2Status = 0)
    {
        QByteArray report(HidrawMsrReader::tracksReportSize, '\0');
        report[1] = char(track2Status);
        report[3] = char(track1.size());
        report[4] = char(track2.size());
        report.replace(7, track1.size(), track1);
        report.replace(7 + HidrawMsrReader::trackDataSize, track2.size(), track2);
        return report;
    }

    static void sendAll(DevicePipe &device, const QList<QByteArray> &reports)
    {
        for (const QByteArray &report : reports) {
            device.send(report);
            QTest::qWait(1); // one report per read, as hidraw hands them over
        }
    }

private Q_SLOTS:
    void keyboardReports_loyaltyAndGiftCards_areSwiped()
    {
        DevicePipe device;
        HidrawMsrReader reader(HidrawMsrReader::Format::Keyboard);
        reader.watch(device.readFd());
        QSignalSpy swiped(&reader, &HidrawMsrReader::swiped);
        QSignalSpy refused(&reader, &HidrawMsrReader::refused);

        sendAll(device, keyboardReports(";880010000001?"));
        QTRY_COMPARE(swiped.size(), 1);
        auto card = swiped.takeFirst().first().value<CardSwipe>();
        QCOMPARE(card.kind, CardSwipe::Kind::Loyalty);
        QCOMPARE(card.number, QStringLiteral("880010000001"));
        sendAll(device, keyboardReports(";8700000000001001?"));
        QTRY_COMPARE(swiped.size(), 1);
        card = swiped.takeFirst().first().value<CardSwipe>();
        QCOMPARE(card.kind, CardSwipe::Kind::GiftCard);
        QCOMPARE(card.number, QStringLiteral("8700000000001001"));
        QCOMPARE(refused.size(), 0);
    }

    void keyboardReports_aPaymentCard_isRefusedAndPassesNothingOn()
    {
        DevicePipe device;
        HidrawMsrReader reader(HidrawMsrReader::Format::Keyboard);
        reader.watch(device.readFd());
        QSignalSpy swiped(&reader, &HidrawMsrReader::swiped);
        QSignalSpy refused(&reader, &HidrawMsrReader::refused);
        sendAll(device, keyboardReports("%B4111111111111111^PARK/JIEUN^2812101000000000?;4111111111111111=2812101?"));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), MagneticStripe::paymentCardRefusal());
        QCOMPARE(swiped.size(), 0);
    }

    void keyboardReports_aSwipeLongerThanAnyCard_isRefusedWhole_andTheNextIsRead()
    {
        DevicePipe device;
        HidrawMsrReader reader(HidrawMsrReader::Format::Keyboard);
        reader.watch(device.readFd());
        QSignalSpy swiped(&reader, &HidrawMsrReader::swiped);
        QSignalSpy refused(&reader, &HidrawMsrReader::refused);
        sendAll(device, keyboardReports(";" + QByteArray(HidrawMsrReader::maxSwipe, '8') + "?"));
        QTRY_COMPARE(refused.size(), 1);
        sendAll(device, keyboardReports(";880010000001?"));
        QTRY_COMPARE(swiped.size(), 1);
    }

    void tracksReports_staffCard_isSwiped_aTrackTheReaderCouldNotDecodeIsLeftOut()
    {
        DevicePipe device;
        HidrawMsrReader reader(HidrawMsrReader::Format::Tracks);
        reader.watch(device.readFd());
        QSignalSpy swiped(&reader, &HidrawMsrReader::swiped);
        QSignalSpy refused(&reader, &HidrawMsrReader::refused);
        device.send(tracksReport({}, ";861001=40917731?"));
        QTRY_COMPARE(swiped.size(), 1);
        const auto card = swiped.first().first().value<CardSwipe>();
        QCOMPARE(card.kind, CardSwipe::Kind::Staff);
        QCOMPARE(card.number, QStringLiteral("1001"));
        QCOMPARE(card.cardCode, QStringLiteral("40917731"));
        // Track 2 not decoded (status 1): only the payment card's track 1 is read, and refused.
        device.send(tracksReport("%B4111111111111111^PARK/JIEUN^2812101000000000?", ";8612=1?", 1));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), MagneticStripe::paymentCardRefusal());
        QCOMPARE(swiped.size(), 1);
    }

    void openedByItsPath_likeTheDeviceNode()
    {
        QTemporaryDir directory;
        const QByteArray path = directory.filePath(QStringLiteral("hidraw-msr")).toLocal8Bit();
        QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        HidrawMsrReader reader(*HidrawMsrReader::formatNamed(QStringLiteral("tracks")));
        QVERIFY(reader.open(QString::fromLocal8Bit(path)).ok());
        QSignalSpy swiped(&reader, &HidrawMsrReader::swiped);
        const int writer = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
        QVERIFY(writer >= 0);
        const QByteArray report = tracksReport({}, ";8700000000001002?");
        QCOMPARE(::write(writer, report.constData(), report.size()), report.size());
        QTRY_COMPARE(swiped.size(), 1);
        QCOMPARE(swiped.first().first().value<CardSwipe>().number, QStringLiteral("8700000000001002"));
        ::close(writer);
        QVERIFY(!HidrawMsrReader::formatNamed(QStringLiteral("magtek")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestHidrawMsrReader)
#include "tst_hidrawmsrreader.moc"
