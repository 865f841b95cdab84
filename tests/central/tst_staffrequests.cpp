#include "CentralHarness.h"
#include "ConcurrentRequests.h"

#include <QTest>
#include <QUuid>

using namespace omnitill::central;

// The kiosks' calls for staff (/v1/staff-requests): raised once by UUID, listed for the store's other tills,
// followed by the kiosk, resolved once: the first resolver wins and a second is told who came first.
class TestStaffRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;
    QString m_kiosk;   // credential of "Kiosk 2"
    QString m_cashier; // credential of "Till 1", the same store

    static QJsonObject raiseBody(const QString &id, const QString &kind, const QString &details = {})
    {
        return {{QLatin1String("request"), id},
                {QLatin1String("kind"), kind},
                {QLatin1String("details"), details},
                {QLatin1String("raisedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    }
    static QJsonObject resolveBody(const QString &id, const QString &staff, const QString &name = {})
    {
        return {{QLatin1String("request"), id},
                {QLatin1String("staff"), staff},
                {QLatin1String("staffName"), name},
                {QLatin1String("resolution"), QStringLiteral("resolved")}};
    }
    ApiReply as(const QString &credential, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        ApiClient client(m_harness->base());
        client.setCredential(credential);
        return method == "GET" ? client.get(path) : client.post(path, body);
    }
    QString raise(const QString &kind, const QString &details = {})
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const ApiReply raised = as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests"), raiseBody(id, kind, details));
        if (raised.status != 201)
            qFatal("not raised: %d %s", raised.status, raised.body.constData());
        return id;
    }
    static QStringList ids(const ApiReply &listed)
    {
        QStringList ids;
        for (const QJsonValue &request : listed.json.value(QLatin1String("requests")).toArray())
            ids.append(request.toObject().value(QLatin1String("request")).toString());
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_kiosk = m_harness->enroll(QStringLiteral("KR-SEOUL-01"), QStringLiteral("Kiosk 2"));
        m_cashier = m_harness->enroll(QStringLiteral("KR-SEOUL-01"), QStringLiteral("Till 1"));
    }
    void cleanup() { m_harness.reset(); }

    void aRequest_isRaisedOnce_andListedForTheStoresTills()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body = raiseBody(id, QStringLiteral("age_check"), QStringLiteral("Soju 360ml"));
        const ApiReply first = as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests"), body);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QLatin1String("terminalName")).toString(), QStringLiteral("Kiosk 2"));
        QVERIFY(first.json.value(QLatin1String("open")).toBool());
        const ApiReply again = as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests"), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("raisedAt")), first.json.value(QLatin1String("raisedAt")));
        // Another terminal's request under the same UUID is not a resend.
        QCOMPARE(as(m_cashier, "POST", QStringLiteral("/v1/staff-requests"), body).errorCode(),
                 QStringLiteral("request_taken"));

        const ApiReply listed = as(m_cashier, "GET", QStringLiteral("/v1/staff-requests"));
        QCOMPARE(listed.status, 200);
        QCOMPARE(ids(listed), QStringList{id});
        const QJsonObject request = listed.json.value(QLatin1String("requests")).toArray().first().toObject();
        QCOMPARE(request.value(QLatin1String("kind")).toString(), QStringLiteral("age_check"));
        QCOMPARE(request.value(QLatin1String("details")).toString(), QStringLiteral("Soju 360ml"));
        // A till of another store sees nothing of it.
        const QString busan = m_harness->enroll(QStringLiteral("KR-BUSAN-01"), QStringLiteral("Busan 1"));
        QVERIFY(ids(as(busan, "GET", QStringLiteral("/v1/staff-requests"))).isEmpty());
        QCOMPARE(as(busan, "GET", QStringLiteral("/v1/staff-requests/") + id).status, 404);
        QCOMPARE(as(busan, "POST", QStringLiteral("/v1/staff-requests/resolve"), resolveBody(id, QStringLiteral("1")))
                     .status,
                 404);
    }

    void aBadRequest_isRefusedBeforeTheDatabase()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(
            as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests"), raiseBody(id, QStringLiteral("coffee"))).status,
            400);
        QCOMPARE(
            as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests"), raiseBody(QStringLiteral("x"), "help")).status,
            400);
        QJsonObject noTime = raiseBody(id, QStringLiteral("help"));
        noTime.remove(QLatin1String("raisedAt"));
        QCOMPARE(as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests"), noTime).status, 400);
        QCOMPARE(as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests/resolve"), resolveBody(id, QString())).status,
                 400);
        QCOMPARE(as(m_kiosk, "GET", QStringLiteral("/v1/staff-requests?resolvedSince=yesterday")).status, 400);
        QCOMPARE(as(QString(), "GET", QStringLiteral("/v1/staff-requests")).status, 401);
        QCOMPARE(as(m_kiosk, "GET", QStringLiteral("/v1/staff-requests/") + id).status, 404);
    }

    void theFirstResolverWins_aSecondIsToldWhoCameFirst()
    {
        const QString id = raise(QStringLiteral("help"));
        const ApiReply resolved = as(m_cashier, "POST", QStringLiteral("/v1/staff-requests/resolve"),
                                     resolveBody(id, QStringLiteral("1001"), QStringLiteral("Kim Minji")));
        QCOMPARE(resolved.status, 200);
        QVERIFY(!resolved.json.value(QLatin1String("open")).toBool());
        QCOMPARE(resolved.json.value(QLatin1String("resolvedAtTerminalName")).toString(), QStringLiteral("Till 1"));
        // The same resolution again (a lost answer) is answered the same.
        const ApiReply resent = as(m_cashier, "POST", QStringLiteral("/v1/staff-requests/resolve"),
                                   resolveBody(id, QStringLiteral("1001"), QStringLiteral("Kim Minji")));
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.json.value(QLatin1String("resolvedAt")), resolved.json.value(QLatin1String("resolvedAt")));
        // Anyone else is refused, told who resolved it and where.
        const ApiReply second = as(m_kiosk, "POST", QStringLiteral("/v1/staff-requests/resolve"),
                                   resolveBody(id, QStringLiteral("2001"), QStringLiteral("Lee")));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("already_resolved"));
        const QString message = second.json.value(QLatin1String("error")).toObject().value("message").toString();
        QVERIFY2(message.contains(QLatin1String("1001")) && message.contains(QLatin1String("Kim Minji")) &&
                     message.contains(QLatin1String("Till 1")),
                 qPrintable(message));
        // The kiosk following its request sees who resolved it.
        const ApiReply followed = as(m_kiosk, "GET", QStringLiteral("/v1/staff-requests/") + id);
        QCOMPARE(followed.json.value(QLatin1String("resolvedBy")).toString(), QStringLiteral("1001"));
        QCOMPARE(followed.json.value(QLatin1String("resolution")).toString(), QStringLiteral("resolved"));
    }

    void resolvedRequests_leaveTheOpenList_butStayInTheRecentOne()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString done = raise(QStringLiteral("unknown_barcode"), QStringLiteral("8809417101125"));
        const QString waiting = raise(QStringLiteral("payment_failed"), QStringLiteral("Declined"));
        QCOMPARE(as(m_cashier, "POST", QStringLiteral("/v1/staff-requests/resolve"),
                    resolveBody(done, QStringLiteral("1001")))
                     .status,
                 200);
        QCOMPARE(ids(as(m_cashier, "GET", QStringLiteral("/v1/staff-requests"))), QStringList{waiting});
        const QString since = QString::fromLatin1(QUrl::toPercentEncoding(before.toString(Qt::ISODateWithMs)));
        QCOMPARE(ids(as(m_cashier, "GET", QStringLiteral("/v1/staff-requests?resolvedSince=") + since)),
                 (QStringList{done, waiting}));
        const QString later = QString::fromLatin1(
            QUrl::toPercentEncoding(QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs)));
        QCOMPARE(ids(as(m_cashier, "GET", QStringLiteral("/v1/staff-requests?resolvedSince=") + later)),
                 QStringList{waiting});
    }

    void resolversAtOnce_onTwoInstances_exactlyOneWins()
    {
        const QString id = raise(QStringLiteral("coupon"), QStringLiteral("Coupon expired"));
        SecondInstance second(m_harness->database.pool->settings());
        const QList<int> statuses =
            postConcurrently({m_harness->port, second.port}, QStringLiteral("/v1/staff-requests/resolve"), m_cashier, 8,
                             [&](int i) { return resolveBody(id, QString::number(1000 + i)); });
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(409), 7);
    }
};

QTEST_GUILESS_MAIN(TestStaffRequests)
#include "tst_staffrequests.moc"
