#include "CouponToken.h"
#include "TestSigningKey.h"

#include <QJsonDocument>
#include <QTest>

using namespace omnitill;

// Coupon QR tokens: signed by the central store, verified by a till offline, refused when forged, damaged,
// signed by an unknown key, or outside the coupon's validity window.
class TestCouponToken : public QObject
{
    Q_OBJECT

private:
    TestSigningKey m_signing;
    const QDateTime m_from = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
    const QDateTime m_until = m_from.addDays(30);

    CouponTokenClaims claims(const QString &keyId = QStringLiteral("k1"))
    {
        CouponRule rule;
        rule.kind = CouponRule::Kind::BuyGet;
        rule.value = 100;
        rule.buyQuantity = 2;
        rule.getQuantity = 1;
        rule.scope.categories = {QStringLiteral("drinks")};
        rule.stackingGroup = QStringLiteral("weekly");
        return {keyId,  QStringLiteral("cp-7"), QStringLiteral("K7QM2XWD9HTR"), QStringLiteral("c-42"), rule, m_from,
                m_until};
    }

    QString token(const QString &keyId = QStringLiteral("k1"))
    {
        return CouponToken::sign(claims(keyId), m_signing.pair.privateKey).value();
    }

    TokenVerifier verifier() const { return m_signing.verifier(); }

private Q_SLOTS:
    void signedToken_verifiesWithItsClaims()
    {
        const QString text = token();
        QVERIFY(text.startsWith(QLatin1String("OMCP1:")));
        const auto read = verifier().verifyCoupon(text, m_from.addDays(1));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
        const CouponTokenClaims signedClaims = claims();
        QCOMPARE(read->keyId, signedClaims.keyId);
        QCOMPARE(read->couponId, signedClaims.couponId);
        QCOMPARE(read->code, signedClaims.code);
        QCOMPARE(read->customerId, signedClaims.customerId);
        QCOMPARE(read->validFrom, m_from);
        QCOMPARE(read->validUntil, m_until);
        QCOMPARE(read->rule.toJson(), signedClaims.rule.toJson());
    }

    void unboundCoupon_hasNoCustomer()
    {
        CouponTokenClaims anyone = claims();
        anyone.customerId.clear();
        const auto read = verifier().verifyCoupon(CouponToken::sign(anyone, m_signing.pair.privateKey).value(), m_from);
        QVERIFY(read.ok());
        QVERIFY(read->customerId.isEmpty());
    }

    void outsideTheWindow_isRefused()
    {
        const auto early = verifier().verifyCoupon(token(), m_from.addSecs(-1));
        QVERIFY(!early.ok());
        QVERIFY(early.error().contains(QLatin1String("valid from")));
        const auto late = verifier().verifyCoupon(token(), m_until);
        QVERIFY(!late.ok());
        QVERIFY(late.error().contains(QLatin1String("expired")));
    }

    void forgery_isRefused()
    {
        TokenVerifier other;
        other.addKey(QStringLiteral("k1"), ed25519::generate()->publicKey);
        const auto forged = other.verifyCoupon(token(), m_from);
        QVERIFY(!forged.ok());
        QVERIFY(forged.error().contains(QLatin1String("forged")));

        // Stretching the validity window in the payload breaks the signature.
        const QString good = token();
        const qsizetype dot = good.indexOf(u'.');
        QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(good.mid(6, dot - 6).toLatin1(),
                                                                             QByteArray::Base64UrlEncoding))
                                  .object();
        payload.insert(QLatin1String("exp"), m_until.addYears(5).toSecsSinceEpoch());
        const QString altered =
            QStringLiteral("OMCP1:") +
            QString::fromLatin1(QJsonDocument(payload)
                                    .toJson(QJsonDocument::Compact)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
            good.mid(dot);
        QVERIFY(!verifier().verifyCoupon(altered, m_from).ok());
    }

    void unknownKey_isRefusedByName()
    {
        const auto read = verifier().verifyCoupon(token(QStringLiteral("k9")), m_from);
        QVERIFY(!read.ok());
        QVERIFY(read.error().contains(QLatin1String("k9")));
    }

    void otherKindsOfCode_areRefused_data()
    {
        QTest::addColumn<QString>("code");
        const QString good = token();
        QTest::newRow("empty") << QString();
        QTest::newRow("customer token prefix") << QStringLiteral("OMC1:") + good.mid(6);
        QTest::newRow("no signature") << good.left(good.indexOf(u'.'));
        QTest::newRow("oversized") << good + QString(CouponToken::maximumLength, u'A');
        QTest::newRow("signature truncated") << good.chopped(4);
    }
    void otherKindsOfCode_areRefused()
    {
        QFETCH(QString, code);
        const auto read = verifier().verifyCoupon(code, m_from);
        QVERIFY(!read.ok());
        QVERIFY(!read.error().isEmpty());
    }

    void customerVerifier_refusesACouponToken()
    {
        const auto read = verifier().verify(token(), m_from);
        QVERIFY(!read.ok());
        QCOMPARE(read.error(), QStringLiteral("This is not a customer app code"));
    }
};

QTEST_GUILESS_MAIN(TestCouponToken)
#include "tst_coupontoken.moc"
