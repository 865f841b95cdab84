#include "MagneticStripe.h"
#include "SensitiveBytes.h"

#include <QTest>

using namespace omnitill;

// Track text as a keyboard-wedge reader types it. The payment card fixtures are the public test PANs
// (Visa 4111 1111 1111 1111, Mastercard 5555 5555 5555 4444); LRC characters were computed by hand
// from ISO/IEC 7811: XOR of (c - 0x20) on track 1, of (c - 0x30) on track 2, sentinels included.
class TestMagneticStripe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeCards_areRead_data()
    {
        QTest::addColumn<QByteArray>("swipe");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("cardCode");
        const int loyalty = int(CardSwipe::Kind::Loyalty), gift = int(CardSwipe::Kind::GiftCard),
                  staff = int(CardSwipe::Kind::Staff);
        QTest::newRow("loyalty, track 2") << QByteArray(";880010000001?") << loyalty << "880010000001"
                                          << "";
        QTest::newRow("loyalty, wedge Enter") << QByteArray(";880010000001?\r") << loyalty << "880010000001"
                                              << "";
        QTest::newRow("loyalty, LRC") << QByteArray(";880010000001?4") << loyalty << "880010000001"
                                      << "";
        QTest::newRow("loyalty behind a track 1 that is no bank card")
            << QByteArray("%MOMNITILL MEMBER?;880010000001?\r\n") << loyalty << "880010000001"
            << "";
        // Luhn-valid and 16 digits, but from 87 and with no expiry: the store's gift card, not a payment card.
        QTest::newRow("gift card") << QByteArray(";8700000000000014?") << gift << "8700000000000014"
                                   << "";
        QTest::newRow("staff card") << QByteArray(";861001=40917731?") << staff << "1001"
                                    << "40917731";
        QTest::newRow("staff card, LRC") << QByteArray(";861001=40917731?9") << staff << "1001"
                                         << "40917731";
    }
    void storeCards_areRead()
    {
        QFETCH(QByteArray, swipe);
        const auto card = MagneticStripe::read(swipe);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error()));
        QFETCH(int, kind);
        QFETCH(QString, number);
        QFETCH(QString, cardCode);
        QCOMPARE(int(card->kind), kind);
        QCOMPARE(card->number, number);
        QCOMPARE(card->cardCode, cardCode);
    }

    void paymentCards_areClassifiedAndCarryNothing_data()
    {
        QTest::addColumn<QByteArray>("swipe");
        QTest::newRow("tracks 1 and 2, Visa")
            << QByteArray("%B4111111111111111^PARK/JIEUN^2812101000000000?.;4111111111111111=2812101000000000?5\r");
        QTest::newRow("track 1 only") << QByteArray("%B5555555555554444^LEE/JUNHO^2901201?");
        QTest::newRow("track 2, network range, no expiry") << QByteArray(";5555555555554444?");
        QTest::newRow("track 2, unknown range with expiry and service code")
            << QByteArray(";9400000000000015=2812101000?");
        // A bank card is refused even when a later track is damaged: the cashier is sent to the terminal.
        QTest::newRow("track 1 B, track 2 bad LRC") << QByteArray("%B4111111111111111^PARK/JIEUN^2812101?;4111?X");
    }
    void paymentCards_areClassifiedAndCarryNothing()
    {
        QFETCH(QByteArray, swipe);
        const auto card = MagneticStripe::read(swipe);
        QVERIFY(card.ok());
        QCOMPARE(card->kind, CardSwipe::Kind::Payment);
        QVERIFY(card->number.isEmpty());
        QVERIFY(card->cardCode.isEmpty());
    }

    void badSwipes_areRefusedWithoutQuotingThem_data()
    {
        QTest::addColumn<QByteArray>("swipe");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no start sentinel") << QByteArray("880010000001?") << "start sentinel";
        QTest::newRow("no end sentinel") << QByteArray(";880010000001") << "no end sentinel";
        QTest::newRow("empty track") << QByteArray(";?") << "is empty";
        QTest::newRow("track 2 too long") << (";" + QByteArray(38, '1') + "?") << "longer than 37";
        QTest::newRow("track 1 too long") << ("%M" + QByteArray(76, 'A') + "?") << "longer than 76";
        QTest::newRow("bad LRC") << QByteArray(";880010000001?5") << "LRC";
        QTest::newRow("non-digit on track 2") << QByteArray(";88001000A001?") << "may not hold";
        QTest::newRow("lower case on track 1") << QByteArray("%Mmember?") << "may not hold";
        QTest::newRow("PAN over 19 digits") << QByteArray(";88001000000100000001?") << "1 to 19 digits";
        QTest::newRow("tracks out of order") << QByteArray(";880010000001?%MMEMBER?") << "out of order";
        QTest::newRow("four tracks") << QByteArray(";1?;2?;3?") << "out of order";
        QTest::newRow("nothing") << QByteArray("\r") << "no data";
        QTest::newRow("foreign card") << QByteArray(";6012?") << "not one of the store's cards";
        QTest::newRow("loyalty number too short") << QByteArray(";88001000001?") << "not one of the store's cards";
        QTest::newRow("staff card code too short") << QByteArray(";861001=4091?") << "not one of the store's cards";
        QTest::newRow("track 1 only, not a bank card") << QByteArray("%MMEMBER?") << "not one of the store's cards";
    }
    void badSwipes_areRefusedWithoutQuotingThem()
    {
        QFETCH(QByteArray, swipe);
        QFETCH(QString, reason);
        const auto card = MagneticStripe::read(swipe);
        QVERIFY(!card.ok());
        QVERIFY2(card.error().contains(reason), qPrintable(card.error()));
        QVERIFY(!card.error().contains(QStringLiteral("88001")));
    }

    void luhn_isTheMod10Check()
    {
        QVERIFY(MagneticStripe::passesLuhn("4111111111111111"));
        QVERIFY(MagneticStripe::passesLuhn("79927398713"));
        QVERIFY(!MagneticStripe::passesLuhn("4111111111111112"));
        QVERIFY(!MagneticStripe::passesLuhn("41111a1111111111"));
        QVERIFY(!MagneticStripe::passesLuhn(""));
    }

    void sensitiveBytes_wipeWhatTheyOwnAlone()
    {
        SensitiveBytes track;
        track.reserve(8);
        for (char c : QByteArrayView(";4111?"))
            track.append(c);
        QCOMPARE(track.view(), QByteArrayView(";4111?"));
        SensitiveBytes moved(std::move(track));
        QCOMPARE(track.size(), 0);
        QCOMPARE(moved.size(), 6);
        QVERIFY(moved.wipe());
        QCOMPARE(moved.size(), 0);

        QString code = QStringLiteral("40917731");
        code.detach();
        QVERIFY(SensitiveBytes::wipe(code));
        QVERIFY(code.isEmpty());
        // A shared string cannot be wiped from one owner: it says so, and the other copy is untouched.
        QString shared = QString::fromLatin1("40917731");
        const QString other = shared;
        QVERIFY(!SensitiveBytes::wipe(shared));
        QCOMPARE(other, QStringLiteral("40917731"));
    }
};

QTEST_GUILESS_MAIN(TestMagneticStripe)
#include "tst_magneticstripe.moc"
