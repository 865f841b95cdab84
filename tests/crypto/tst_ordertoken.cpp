#include "Ed25519.h"
#include "OrderToken.h"
#include "TestSigningKey.h"
#include "TokenVerifier.h"

#include <QTest>

using namespace omnitill;

// Online order QR tokens: signed, read back with their claims, refused when expired, altered, of another
// kind (a customer app code) or signed by an unknown key.
class TestOrderToken : public QObject
{
    Q_OBJECT

private:
    TestSigningKey m_signing;
    const Ed25519KeyPair &m_key = m_signing.pair;
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

    QString token(const QString &keyId = QStringLiteral("k1"))
    {
        return OrderToken::sign({keyId, QStringLiteral("o-1"), QStringLiteral("OL-K7QM-2XWD"),
                                 QStringLiteral("KR-SEOUL-01"), QStringLiteral("digest"), m_now, m_now.addDays(7)},
                                m_key.privateKey)
            .value();
    }

    TokenVerifier verifier() const { return m_signing.verifier(); }

private Q_SLOTS:
    void signedToken_verifiesWithItsClaims()
    {
        const QString text = token();
        QVERIFY(text.startsWith(QLatin1String("OMO1:")));
        QVERIFY(text.size() <= OrderToken::maximumLength);
        const auto claims = verifier().verifyOrder(text, m_now.addDays(6));
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error()));
        QCOMPARE(claims->orderId, QStringLiteral("o-1"));
        QCOMPARE(claims->number, QStringLiteral("OL-K7QM-2XWD"));
        QCOMPARE(claims->storeId, QStringLiteral("KR-SEOUL-01"));
        QCOMPARE(claims->linesDigest, QStringLiteral("digest"));
        QCOMPARE(claims->expiresAt, m_now.addDays(7));
    }

    void expiredToken_isRefused()
    {
        const auto claims = verifier().verifyOrder(token(), m_now.addDays(7));
        QVERIFY(!claims.ok());
        QVERIFY(claims.error().contains(QLatin1String("expired")));
    }

    void alteredOrForeignTokens_areRefused()
    {
        QString altered = token();
        altered[10] = altered[10] == u'A' ? u'B' : u'A';
        QVERIFY(!verifier().verifyOrder(altered, m_now).ok());
        QVERIFY(!verifier().verifyOrder(token(QStringLiteral("k9")), m_now).ok());
        const QString customer =
            CustomerToken::sign(
                CustomerToken::claimsFor(QStringLiteral("c-1"), QStringLiteral("basic"), QStringLiteral("k1"), m_now),
                m_key.privateKey)
                .value();
        QVERIFY(!verifier().verifyOrder(customer, m_now).ok());
        QVERIFY(!verifier().verify(token(), m_now).ok());
        QVERIFY(!verifier().verifyOrder(QString(OrderToken::maximumLength + 1, u'A'), m_now).ok());
    }
};

QTEST_GUILESS_MAIN(TestOrderToken)
#include "tst_ordertoken.moc"
