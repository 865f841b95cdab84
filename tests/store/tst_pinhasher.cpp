#include "PinHasher.h"

#include <QTest>

using namespace omnitill;

class TestPinHasher : public QObject
{
    Q_OBJECT

private:
    const PinHasher m_hasher{PinHasher::minimumIterations};

private Q_SLOTS:
    void hash_samePinTwice_givesDifferentSaltedHashes()
    {
        const auto first = m_hasher.hash(QStringLiteral("1234"));
        const auto second = m_hasher.hash(QStringLiteral("1234"));
        QVERIFY(first);
        QVERIFY(second);
        QVERIFY(*first != *second);
        QVERIFY(PinHasher::verify(QStringLiteral("1234"), *first));
        QVERIFY(PinHasher::verify(QStringLiteral("1234"), *second));
    }

    void hash_neverContainsThePin()
    {
        const auto hash = m_hasher.hash(QStringLiteral("98765432"));
        QVERIFY(hash);
        QVERIFY(!hash->contains(QStringLiteral("98765432")));
        QVERIFY(hash->startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    }

    void verify_wrongPin_fails()
    {
        const auto hash = m_hasher.hash(QStringLiteral("1234"));
        QVERIFY(!PinHasher::verify(QStringLiteral("1235"), *hash));
        QVERIFY(!PinHasher::verify(QStringLiteral("12345"), *hash));
        QVERIFY(!PinHasher::verify(QString(), *hash));
    }

    void verify_usesTheIterationCountStoredWithTheHash()
    {
        const auto weak = PinHasher(PinHasher::minimumIterations).hash(QStringLiteral("4321"));
        const PinHasher stronger(PinHasher::minimumIterations * 2);
        QVERIFY(PinHasher::verify(QStringLiteral("4321"), *weak));
        QVERIFY(stronger.needsRehash(*weak));
        QVERIFY(!stronger.needsRehash(*stronger.hash(QStringLiteral("4321"))));
    }

    void verify_malformedOrTamperedHash_verifiesNothing_data()
    {
        QTest::addColumn<QString>("hash");
        const QString good = *m_hasher.hash(QStringLiteral("1234"));
        QString flipped = good;
        flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == u'A' ? u'B' : u'A';
        QTest::newRow("empty") << QString();
        QTest::newRow("plain pin") << QStringLiteral("1234");
        QTest::newRow("other scheme") << QString(good).replace(QStringLiteral("pbkdf2-sha256"), QStringLiteral("md5"));
        QTest::newRow("too few iterations") << QString(good).replace(QStringLiteral("$1000$"), QStringLiteral("$1$"));
        QTest::newRow("absurd iterations")
            << QString(good).replace(QStringLiteral("$1000$"), QStringLiteral("$2000000000$"));
        QTest::newRow("hash altered") << flipped;
    }
    void verify_malformedOrTamperedHash_verifiesNothing()
    {
        QFETCH(QString, hash);
        QVERIFY(!PinHasher::verify(QStringLiteral("1234"), hash));
    }

    void checkPin_acceptsFourToEightDigitsOnly()
    {
        QVERIFY(PinHasher::checkPin(QStringLiteral("0000")));
        QVERIFY(PinHasher::checkPin(QStringLiteral("12345678")));
        QVERIFY(!PinHasher::checkPin(QStringLiteral("123")));
        QVERIFY(!PinHasher::checkPin(QStringLiteral("123456789")));
        QVERIFY(!PinHasher::checkPin(QStringLiteral("12a4")));
        QVERIFY(!PinHasher::checkPin(QStringLiteral("١٢٣٤"))); // Arabic-Indic digits are not keypad digits
        QVERIFY(!m_hasher.hash(QStringLiteral("12")));
    }
};

QTEST_GUILESS_MAIN(TestPinHasher)
#include "tst_pinhasher.moc"
