#include "AppReceipts.h"
#include "CentralHarness.h"
#include "CustomerAppLinks.h"
#include "CustomerRepository.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace omnitill;
using namespace omnitill::central;

// POST /v1/app-receipts and the customer app page that lists what it kept: a till's receipt (as its printer
// renders it, a PNG) kept once per sale for the customer, refused for another customer or as anything but a
// PNG, and shown on that customer's page only, newest first, as the image the till sent.
class TestAppReceipts : public QObject
{
    Q_OBJECT

private:
    static constexpr auto route = "/v1/app-receipts";

    std::unique_ptr<CentralHarness> m_harness;
    Customer m_minji;
    Customer m_junho;

    ConnectionPool &pool() { return *m_harness->database.pool; }

    static QByteArray png(const QColor &colour)
    {
        QImage image(8, 12, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    static QJsonObject receipt(const QString &sale, const QString &customer, qint64 number, const QByteArray &image,
                               const QDateTime &soldAt = QDateTime::currentDateTimeUtc())
    {
        return {{QLatin1String("sale"), sale},
                {QLatin1String("customer"), customer},
                {QLatin1String("number"), number},
                {QLatin1String("totalMinor"), 19900},
                {QLatin1String("currency"), QStringLiteral("KRW")},
                {QLatin1String("soldAt"), soldAt.toString(Qt::ISODateWithMs)},
                {QLatin1String("png"), QString::fromLatin1(image.toBase64())}};
    }

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    qint64 kept()
    {
        QSqlQuery query(pool().connection().value());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM app_receipts")) || !query.next())
            qFatal("cannot count app receipts");
        return query.value(0).toLongLong();
    }

    void refusedWith(const QJsonObject &body, int status, const QString &code)
    {
        const ApiReply reply = m_harness->client.post(QString::fromLatin1(route), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_minji = CustomerRepository(pool())
                      .create({QStringLiteral("김민지"), QStringLiteral("010-2417-3852"), {}, QStringLiteral("gold")})
                      .value();
        m_junho = CustomerRepository(pool())
                      .create({QStringLiteral("이준호"), QStringLiteral("010-5931-2076"), {}, QStringLiteral("basic")})
                      .value();
    }
    void cleanup() { m_harness.reset(); }

    void receipt_isKeptOncePerSale_evenWhenSentAgain()
    {
        const QJsonObject body = receipt(uuid(), m_minji.id, 7, png(Qt::white));
        refusedWith(body, 401, QStringLiteral("unauthorized")); // only an enrolled till sends receipts
        m_harness->client.setCredential(m_harness->enroll());
        const ApiReply first = m_harness->client.post(QString::fromLatin1(route), body);
        QCOMPARE(first.status, 200);
        const ApiReply again = m_harness->client.post(QString::fromLatin1(route), body); // the answer was lost
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, first.json);
        QCOMPARE(kept(), 1);
        const auto receipts = AppReceipts(pool()).ofCustomer(m_minji.id, 10).value();
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().number, 7);
        QCOMPARE(receipts.first().storeId, QStringLiteral("KR-SEOUL-01"));
        QCOMPARE(receipts.first().png, png(Qt::white));
    }

    void anotherCustomer_aStranger_orNotAPng_isRefused_andNothingKept()
    {
        m_harness->client.setCredential(m_harness->enroll());
        const QString sale = uuid();
        QCOMPARE(
            m_harness->client.post(QString::fromLatin1(route), receipt(sale, m_minji.id, 1, png(Qt::white))).status,
            200);
        refusedWith(receipt(sale, m_junho.id, 1, png(Qt::white)), 409, QStringLiteral("receipt_of_another_customer"));
        refusedWith(receipt(uuid(), QStringLiteral("C-NOBODY"), 2, png(Qt::white)), 404,
                    QStringLiteral("unknown_customer"));
        refusedWith(receipt(uuid(), m_minji.id, 3, QByteArray("GIF89a")), 400, QStringLiteral("invalid_field"));
        refusedWith(receipt(QStringLiteral("not-a-uuid"), m_minji.id, 4, png(Qt::white)), 400,
                    QStringLiteral("invalid_field"));
        refusedWith(receipt(uuid(), m_minji.id, 0, png(Qt::white)), 400, QStringLiteral("invalid_field"));
        QJsonObject noTime = receipt(uuid(), m_minji.id, 5, png(Qt::white));
        noTime.insert(QLatin1String("soldAt"), QStringLiteral("yesterday"));
        refusedWith(noTime, 400, QStringLiteral("invalid_field"));
        QCOMPARE(kept(), 1);
    }

    void appPage_showsTheCustomersReceiptsAsSent_newestFirst_andNoOneElses()
    {
        m_harness->client.setCredential(m_harness->enroll());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray older = png(Qt::red);
        const QByteArray newer = png(Qt::blue);
        const QByteArray junhos = png(Qt::green);
        for (const QJsonObject &body :
             {receipt(uuid(), m_minji.id, 11, older, now.addSecs(-3600)), receipt(uuid(), m_minji.id, 12, newer, now),
              receipt(uuid(), m_junho.id, 13, junhos, now)})
            QCOMPARE(m_harness->client.post(QString::fromLatin1(route), body).status, 200);

        const QString link = CustomerAppLinks(pool()).linkFor(m_minji.id).value();
        const ApiReply page = m_harness->client.get(QStringLiteral("/app/%1?lang=en").arg(link));
        QCOMPARE(page.status, 200);
        static const QRegularExpression image(QStringLiteral("<img class=\"receipt-image\" alt=\"Receipt no. (\\d+)\" "
                                                             "src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\">"));
        QList<QByteArray> shown;
        QStringList numbers;
        for (auto match = image.globalMatch(QString::fromUtf8(page.body)); match.hasNext();) {
            const auto found = match.next();
            numbers.append(found.captured(1));
            shown.append(QByteArray::fromBase64(found.captured(2).toLatin1()));
        }
        QCOMPARE(numbers, (QStringList{QStringLiteral("12"), QStringLiteral("11")}));
        QCOMPARE(shown, (QList<QByteArray>{newer, older}));
        QVERIFY(page.body.contains("19,900"));
    }
};

QTEST_MAIN(TestAppReceipts)
#include "tst_appreceipts.moc"
