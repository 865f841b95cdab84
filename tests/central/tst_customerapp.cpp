#include "CentralHarness.h"
#include "CustomerAppLinks.h"
#include "CustomerAppPage.h"
#include "CustomerRepository.h"
#include "OnlineOrders.h"
#include "RandomCode.h"
#include "SigningKeyStore.h"
#include "TokenVerifier.h"

#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace omnitill;
using namespace omnitill::central;

namespace {

// A QR code as the page shows it: the token its data-token attribute claims, and what the image decodes to.
struct ShownCode
{
    QString claimed;
    QString decoded;
};

// Every <img data-token="..." src="data:image/png;base64,..."> of the page, its PNG decoded with ZXing, as a
// phone camera or a till's scanner would read it.
QList<ShownCode> shownCodes(const QByteArray &html)
{
    static const QRegularExpression image(
        QStringLiteral("data-token=\"([^\"]+)\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    QList<ShownCode> codes;
    for (auto match = image.globalMatch(QString::fromUtf8(html)); match.hasNext();) {
        const auto found = match.next();
        const QImage png = QImage::fromData(QByteArray::fromBase64(found.captured(2).toLatin1()), "PNG")
                               .convertToFormat(QImage::Format_Grayscale8);
        const ZXing::ImageView view(png.constBits(), png.width(), png.height(), ZXing::ImageFormat::Lum,
                                    int(png.bytesPerLine()));
        const ZXing::Result result =
            ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        codes.append({found.captured(1), result.isValid() ? QString::fromStdString(result.text()) : QString()});
    }
    return codes;
}

QString attribute(const QByteArray &html, const QString &pattern)
{
    return QRegularExpression(pattern).match(QString::fromUtf8(html)).captured(1);
}

} // namespace

// GET /app/<link>: the customer app page a person opens on a phone, reached only by the customer's secret link.
class TestCustomerApp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;
    Customer m_customer;
    QString m_link;

    ConnectionPool &pool() { return *m_harness->database.pool; }

    Customer createCustomer(const QString &name, const QString &phone)
    {
        return CustomerRepository(pool()).create({name, phone, {}, QStringLiteral("gold")}).value();
    }

    TokenVerifier verifier() { return SigningKeyStore(pool()).verifier().value(); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_customer = createCustomer(QStringLiteral("김민지"), QStringLiteral("010-2417-3852"));
        QVERIFY(CustomerRepository(pool()).adjustPoints(m_customer.id, 12'345, QStringLiteral("welcome")));
        m_link = CustomerAppLinks(pool()).linkFor(m_customer.id).value();
    }
    void cleanup() { m_harness.reset(); }

    void page_showsTheCustomerAndCodesThatDecodeToValidTokens()
    {
        const QString coupon =
            m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10), m_customer.id);
        const OnlineOrder order = m_harness->readyOrder(m_customer.id);

        const ApiReply reply = m_harness->client.get(QStringLiteral("/app/") + m_link);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
        QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-store"));
        QCOMPARE(reply.headers.value("referrer-policy"), QByteArray("no-referrer"));
        const QString html = QString::fromUtf8(reply.body);
        QVERIFY(html.contains(QStringLiteral("김민지")));
        QVERIFY(html.contains(QStringLiteral("12,345")));
        QVERIFY(html.contains(coupon));
        QVERIFY(html.contains(order.number));

        const QList<ShownCode> codes = shownCodes(reply.body);
        QCOMPARE(codes.size(), 3); // identity, the coupon, the pickup
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TokenVerifier keys = verifier();
        for (const ShownCode &code : codes)
            QCOMPARE(code.decoded, code.claimed);
        const auto identity = keys.verify(codes[0].decoded, now);
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error()));
        QCOMPARE(identity->customerId, m_customer.id);
        const auto couponClaims = keys.verifyCoupon(codes[1].decoded, now);
        QVERIFY(couponClaims);
        QCOMPARE(couponClaims->code, normalizedCode(coupon));
        const auto orderClaims = keys.verifyOrder(codes[2].decoded, now);
        QVERIFY(orderClaims);
        QCOMPARE(orderClaims->number, order.number);
    }

    void otherCustomersCoupons_andUnreadyOrders_showNoCode()
    {
        const Customer other = createCustomer(QStringLiteral("이준호"), QStringLiteral("010-5931-2076"));
        const QString theirs =
            m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 20), other.id);
        OnlineOrders(pool())
            .create({m_customer.id,
                     QStringLiteral("KRW"),
                     QStringLiteral("prepaid"),
                     QStringLiteral("ship"),
                     {},
                     false,
                     {{0, QStringLiteral("KR-BTY-0001"), {}, QStringLiteral("크림"), 1, 28000}}})
            .value();
        const ApiReply reply = m_harness->client.get(QStringLiteral("/app/") + m_link);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.contains(theirs.toUtf8()));
        QVERIFY(!reply.body.contains(QStringLiteral("이준호").toUtf8()));
        QVERIFY(reply.body.contains(QStringLiteral("크림").toUtf8()));
        QCOMPARE(shownCodes(reply.body).size(), 1); // only the identity: the order is not ready for pickup
    }

    void wrongOrAnotherShapeOfLink_is404PageWithNoCustomerData()
    {
        for (const QString &link : {QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"), m_link.left(21), m_customer.id,
                                    m_link.toLower() == m_link ? m_link.toUpper() : m_link.toLower()}) {
            const ApiReply reply = m_harness->client.get(QStringLiteral("/app/") + link);
            QCOMPARE(reply.status, 404);
            QVERIFY(reply.body.contains("<html"));
            QVERIFY(!reply.body.contains(QStringLiteral("김민지").toUtf8()));
            QVERIFY(!reply.body.contains("data:image"));
            QVERIFY(!reply.body.contains(m_customer.loyaltyNumber.toUtf8()));
        }
    }

    void link_isOnePerCustomerAndUnguessable()
    {
        QCOMPARE(CustomerAppLinks(pool()).linkFor(m_customer.id).value(), m_link);
        const Customer other = createCustomer(QStringLiteral("박서연"), QStringLiteral("010-7754-1189"));
        const QString otherLink = CustomerAppLinks(pool()).linkFor(other.id).value();
        QVERIFY(otherLink != m_link);
        QVERIFY(!m_link.contains(m_customer.id) && !m_link.contains(m_customer.loyaltyNumber));
        QCOMPARE(m_link.size(), 22); // 128 bits, base64url
        QCOMPARE(CustomerAppLinks(pool()).linkFor(QStringLiteral("nobody")).error().kind, ApiError::Kind::NotFound);
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_app_links")).toInt(), 2);
    }

    void identityCode_isRenewedBeforeItExpires()
    {
        const ApiReply first = m_harness->client.get(QStringLiteral("/app/") + m_link);
        const ApiReply second = m_harness->client.get(QStringLiteral("/app/") + m_link);
        const QString refresh = attribute(first.body, QStringLiteral("http-equiv=\"refresh\" content=\"(\\d+)\""));
        QCOMPARE(refresh.toInt(), CustomerAppPage::refreshSeconds);
        const QString token = shownCodes(first.body).first().decoded;
        const QString renewed = shownCodes(second.body).first().decoded;
        QVERIFY(renewed != token);

        const TokenVerifier keys = verifier();
        const CustomerTokenClaims claims = keys.verify(token, QDateTime::currentDateTimeUtc()).value();
        // When the page reloads, the code on screen still holds; a while after that it would not.
        QVERIFY(keys.verify(token, claims.issuedAt.addSecs(refresh.toInt())));
        QVERIFY(!keys.verify(token, claims.expiresAt.addSecs(1)));
        QVERIFY(keys.verify(renewed, claims.issuedAt.addSecs(refresh.toInt())));
    }

    void language_isKoreanUnlessAskedForEnglish()
    {
        const auto language = [&](const QString &query, const QByteArray &accept) {
            m_harness->client.setHeader("Accept-Language", accept);
            const ApiReply reply = m_harness->client.get(QStringLiteral("/app/") + m_link + query);
            return attribute(reply.body, QStringLiteral("<html lang=\"(\\w+)\""));
        };
        // Qt's network access sends its own Accept-Language when none is set: each case sets one.
        QCOMPARE(language({}, "*"), QStringLiteral("ko"));
        QCOMPARE(language(QStringLiteral("?lang=en"), "*"), QStringLiteral("en"));
        QCOMPARE(language({}, "en-US,en;q=0.9,ko;q=0.8"), QStringLiteral("en"));
        QCOMPARE(language({}, "ko-KR,ko;q=0.9,en;q=0.8"), QStringLiteral("ko"));
        QCOMPARE(language({}, "fr-FR"), QStringLiteral("ko"));
        QCOMPARE(language(QStringLiteral("?lang=ko"), "en-US"), QStringLiteral("ko"));
        // And the words follow the language.
        m_harness->client.setHeader("Accept-Language", "ko-KR");
        const QString korean = QString::fromUtf8(m_harness->client.get(QStringLiteral("/app/") + m_link).body);
        QVERIFY2(korean.contains(QStringLiteral("내 멤버십")), qPrintable(korean.left(400)));
        m_harness->client.setHeader("Accept-Language", "en-US");
        const QString english = QString::fromUtf8(m_harness->client.get(QStringLiteral("/app/") + m_link).body);
        QVERIFY(english.contains(QStringLiteral("My membership")));
        QVERIFY(!english.contains(QStringLiteral("내 멤버십")));
    }
};

QTEST_GUILESS_MAIN(TestCustomerApp)
#include "tst_customerapp.moc"
