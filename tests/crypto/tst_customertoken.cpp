#include "CustomerToken.h"
#include "Ed25519.h"
#include "TestSigningKey.h"
#include "TokenVerifier.h"

#include <QTest>

using namespace omnitill;

// Customer app tokens: made and checked without any network, refused for every kind of damage with a
// reason a cashier can read.
class TestCustomerToken : public QObject
{
    Q_OBJECT

private:
    TestSigningKey m_signing;
    const Ed25519KeyPair &m_key = m_signing.pair;
    QDateTime m_now = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);

    QString token(const QString &keyId = QStringLiteral("k1"), const QDateTime &at = {})
    {
        return CustomerToken::sign(CustomerToken::claimsFor(QStringLiteral("c-42"), QStringLiteral("gold"), keyId,
                                                            at.isValid() ? at : m_now),
                                   m_key.privateKey)
            .value();
    }

    TokenVerifier verifier() const { return m_signing.verifier(); }

private Q_SLOTS:
    void signedToken_verifiesWithItsClaims()
    {
        const QString text = token();
        QVERIFY(text.startsWith(QLatin1String("OMC1:")));
        QVERIFY(text.size() <= CustomerToken::maximumLength);
        const auto claims = verifier().verify(text, m_now.addSecs(60));
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error()));
        QCOMPARE(claims->customerId, QStringLiteral("c-42"));
        QCOMPARE(claims->tier, QStringLiteral("gold"));
        QCOMPARE(claims->issuedAt, m_now);
        QCOMPARE(claims->expiresAt, m_now.addSecs(CustomerToken::lifetimeSeconds));
        QVERIFY(!claims->nonce.isEmpty());
    }

    void twoTokens_haveDifferentNonces() { QVERIFY(token() != token()); }

    void publicKey_derivesFromPrivateKey()
    {
        QCOMPARE(ed25519::publicKeyOf(m_key.privateKey).value(), m_key.publicKey);
        QVERIFY(!ed25519::publicKeyOf(QByteArray(5, 'x')).ok());
    }

    void expiredToken_isRefused()
    {
        const auto claims = verifier().verify(token(), m_now.addSecs(CustomerToken::lifetimeSeconds));
        QVERIFY(!claims.ok());
        QVERIFY(claims.error().contains(QLatin1String("expired")));
    }

    void tokenFromTheFuture_isRefused()
    {
        QVERIFY(!verifier().verify(token(QStringLiteral("k1"), m_now.addSecs(600)), m_now).ok());
        QVERIFY(verifier().verify(token(QStringLiteral("k1"), m_now.addSecs(10)), m_now).ok());
    }

    void unknownKey_isRefused()
    {
        const auto claims = verifier().verify(token(QStringLiteral("k9")), m_now);
        QVERIFY(!claims.ok());
        QVERIFY(claims.error().contains(QLatin1String("k9")));
    }

    void tokenSignedByOtherKeyUnderKnownId_isRefused()
    {
        TokenVerifier other;
        other.addKey(QStringLiteral("k1"), ed25519::generate()->publicKey);
        QVERIFY(!other.verify(token(), m_now).ok());
    }

    void damagedToken_isRefused_data()
    {
        QTest::addColumn<QString>("damaged");
        const QString good = token();
        const qsizetype dot = good.indexOf(u'.');
        QString flippedPayload = good;
        flippedPayload[10] = flippedPayload[10] == u'A' ? u'B' : u'A';
        QString flippedSignature = good;
        flippedSignature[dot + 5] = flippedSignature[dot + 5] == u'A' ? u'B' : u'A';
        QTest::newRow("empty") << QString();
        QTest::newRow("other prefix") << QStringLiteral("XYZ1:") + good.mid(5);
        QTest::newRow("no signature") << good.left(dot);
        QTest::newRow("two dots") << good + QStringLiteral(".x");
        QTest::newRow("not base64url") << good.left(dot) + QStringLiteral(".!!!!");
        QTest::newRow("payload altered") << flippedPayload;
        QTest::newRow("signature altered") << flippedSignature;
        QTest::newRow("signature truncated") << good.chopped(4);
        QTest::newRow("payload not json")
            << QStringLiteral("OMC1:") +
                   QString::fromLatin1(QByteArray("hello").toBase64(QByteArray::Base64UrlEncoding)) + good.mid(dot);
        QTest::newRow("oversized") << good + QString(CustomerToken::maximumLength, u'A');
    }
    void damagedToken_isRefused()
    {
        QFETCH(QString, damaged);
        const auto claims = verifier().verify(damaged, m_now);
        QVERIFY(!claims.ok());
        QVERIFY(!claims.error().isEmpty());
    }

    void rotation_verifiesTokensOfEveryHeldKey()
    {
        const Ed25519KeyPair second = ed25519::generate().value();
        TokenVerifier both = verifier();
        both.addKey(QStringLiteral("k2"), second.publicKey);
        const QString newer =
            CustomerToken::sign(
                CustomerToken::claimsFor(QStringLiteral("c-1"), QStringLiteral("basic"), QStringLiteral("k2"), m_now),
                second.privateKey)
                .value();
        QVERIFY(both.verify(token(), m_now).ok());
        QVERIFY(both.verify(newer, m_now).ok());
        both.removeKey(QStringLiteral("k1"));
        QVERIFY(!both.verify(token(), m_now).ok());
    }
};

QTEST_GUILESS_MAIN(TestCustomerToken)
#include "tst_customertoken.moc"
