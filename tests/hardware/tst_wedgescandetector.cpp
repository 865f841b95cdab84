#include "WedgeScanDetector.h"

#include <QTest>

using namespace omnitill;

class TestWedgeScanDetector : public QObject
{
    Q_OBJECT

private:
    // Keystrokes a US-configured scanner sends for text, msPerKey apart from startMs.
    static QList<KeyStroke> strokes(const QString &text, qint64 startMs, qint64 msPerKey)
    {
        QList<KeyStroke> keys;
        for (QChar c : text) {
            KeyStroke key = WedgeScanDetector::usKeyStroke(c.unicode()).value();
            key.timestampMs = startMs + keys.size() * msPerKey;
            keys.append(key);
        }
        return keys;
    }

    static QList<WedgeOutput> run(WedgeScanDetector &detector, const QList<KeyStroke> &keys)
    {
        QList<WedgeOutput> out;
        for (const KeyStroke &key : keys)
            out += detector.press(key);
        out += detector.flush(keys.last().timestampMs + 1000);
        return out;
    }

private Q_SLOTS:
    void scannerBurst_withEnter_isOneScan()
    {
        WedgeScanDetector detector;
        const auto out = run(detector, strokes(QStringLiteral("8809417101124\r"), 1000, 8));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Scan);
        QCOMPARE(out[0].data, QStringLiteral("8809417101124"));
    }

    void cardReaderBurst_isASwipe_withTrackBytesAndNoKeysLeft()
    {
        WedgeScanDetector detector;
        const QString tracks = QStringLiteral("%B4111111111111111^PARK/JIEUN^2812101?;4111111111111111=2812101?");
        const auto out = run(detector, strokes(tracks + u'\r', 1000, 3));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Swipe);
        QCOMPARE(out[0].track, tracks.toLatin1());
        QVERIFY(out[0].data.isEmpty()); // never a QString
        QCOMPARE(out[0].strokes.size(), tracks.size() + 1);
        for (const KeyStroke &key : out[0].strokes)
            QCOMPARE(key.scanCode, 0u); // the keys that spelled the card are zeroed
        // A person typing ";" into a field is typing.
        const auto typed = run(detector, strokes(QStringLiteral(";12\r"), 10'000, 150));
        QVERIFY(std::all_of(typed.cbegin(), typed.cend(),
                            [](const WedgeOutput &o) { return o.kind == WedgeOutput::Kind::Typing; }));
    }

    void slowestMeasuredScanner_at19ms_isStillAScan()
    {
        WedgeScanDetector detector;
        const auto out = run(detector, strokes(QStringLiteral("4006381333931\r"), 0, 19));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Scan);
    }

    void humanTyping_atHumanSpeed_isHandedBackUnchanged()
    {
        WedgeScanDetector detector;
        const QList<KeyStroke> typed = strokes(QStringLiteral("12345\r"), 0, 120);
        const auto out = run(detector, typed);
        QList<KeyStroke> handedBack;
        for (const WedgeOutput &o : out) {
            QCOMPARE(o.kind, WedgeOutput::Kind::Typing);
            handedBack += o.strokes;
        }
        QCOMPARE(handedBack.size(), typed.size());
        for (qsizetype i = 0; i < typed.size(); ++i)
            QCOMPARE(handedBack[i].scanCode, typed[i].scanCode);
    }

    void fastTypistBurst_ofTwoKeys_isTyping()
    {
        WedgeScanDetector detector;
        const auto out = run(detector, strokes(QStringLiteral("ab\r"), 0, 10));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Typing);
    }

    void burstWithoutTerminator_isTyping_unlessConfigured()
    {
        WedgeScanDetector required;
        QCOMPARE(run(required, strokes(QStringLiteral("8809417101124"), 0, 8)).first().kind, WedgeOutput::Kind::Typing);
        WedgeScanDetector::Settings settings;
        settings.terminatorRequired = false;
        WedgeScanDetector pause(settings);
        const auto out = run(pause, strokes(QStringLiteral("8809417101124"), 0, 8));
        QCOMPARE(out.first().kind, WedgeOutput::Kind::Scan);
        QCOMPARE(out.first().data, QStringLiteral("8809417101124"));
    }

    void underGermanLayout_keyPositionsStillDecodeAsUs()
    {
        // The host's QWERTZ layout turns scan code 21 into "z" and 44 into "y", and the Korean IME in
        // Hangul mode would make jamo of them; the detector reads the positions, so neither matters.
        WedgeScanDetector detector;
        const auto out = run(detector, strokes(QStringLiteral("]C0XYZ-42\r"), 0, 6));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].symbologyId, QStringLiteral("]C0"));
        QCOMPARE(out[0].data, QStringLiteral("XYZ-42"));
        QCOMPARE(out[0].strokes.at(3).scanCode, 45u); // X
        QCOMPARE(out[0].strokes.at(4).scanCode, 21u); // Y, which a German layout would have typed as Z
    }

    void aimIdPrefixAndSuffix_areStripped()
    {
        WedgeScanDetector::Settings settings;
        settings.prefix = QStringLiteral("@@");
        settings.suffix = QStringLiteral("#");
        WedgeScanDetector detector(settings);
        const auto out = run(detector, strokes(QStringLiteral("@@]E04006381333931#\r"), 0, 5));
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Scan);
        QCOMPARE(out[0].symbologyId, QStringLiteral("]E0"));
        QCOMPARE(out[0].data, QStringLiteral("4006381333931"));
    }

    void groupSeparator_passes_otherControlCharactersDoNot()
    {
        WedgeScanDetector detector;
        QList<KeyStroke> keys =
            strokes(QStringLiteral("]C1010952012345678810ABC") + QChar(0x1D) + QStringLiteral("21XYZ\r"), 0, 5);
        // A Ctrl+Q (quit) and a Ctrl+P (print) inside the burst: the barcode that spells a shortcut.
        keys.insert(5, KeyStroke{16, false, true, keys[4].timestampMs + 1});
        keys.insert(9, KeyStroke{25, false, true, keys[8].timestampMs + 1});
        const auto out = run(detector, keys);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Scan);
        QCOMPARE(out[0].data, QStringLiteral("010952012345678810ABC") + QChar(0x1D) + QStringLiteral("21XYZ"));
        for (QChar c : out[0].data)
            QVERIFY(c.unicode() >= 0x20 || c.unicode() == 0x1D);
    }

    void overlongBurst_isRefusedAndSwallowed()
    {
        WedgeScanDetector::Settings settings;
        settings.maxLength = 20;
        WedgeScanDetector detector(settings);
        const auto out = run(detector, strokes(QString(50, QLatin1Char('7')) + QStringLiteral("\r"), 0, 4));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Refused);
        QVERIFY(out[0].reason.contains(QStringLiteral("20")));
        // The next scan after a pause reads normally.
        const auto next = run(detector, strokes(QStringLiteral("12345678\r"), 5000, 4));
        QCOMPARE(next.size(), 1);
        QCOMPARE(next[0].data, QStringLiteral("12345678"));
    }

    void humanKeyThenScan_areToldApart()
    {
        WedgeScanDetector detector;
        QList<KeyStroke> keys = strokes(QStringLiteral("q"), 0, 0);
        keys += strokes(QStringLiteral("12345678\r"), 500, 6);
        const auto out = run(detector, keys);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].kind, WedgeOutput::Kind::Typing);
        QCOMPARE(out[0].strokes.size(), 1);
        QCOMPARE(out[1].kind, WedgeOutput::Kind::Scan);
        QCOMPARE(out[1].data, QStringLiteral("12345678"));
    }

    void flush_waitsForTheGapBeforeDeciding()
    {
        WedgeScanDetector detector;
        QVERIFY(detector.press(strokes(QStringLiteral("a"), 100, 0).first()).isEmpty());
        QVERIFY(detector.flush(130).isEmpty());
        QCOMPARE(detector.flush(141).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWedgeScanDetector)
#include "tst_wedgescandetector.moc"
