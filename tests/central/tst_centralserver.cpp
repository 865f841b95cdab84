#include "AuditLog.h"
#include "CentralHarness.h"
#include "Transaction.h"

#include <QTest>

using namespace omnitill::central;

// The HTTP contract every route shares: JSON errors with the right status, authentication per terminal,
// one-time enrollment codes, revocation, and nothing written on a refused request.
class TestCentralServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    qint64 count(const char *table)
    {
        return m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toLongLong();
    }

private Q_SLOTS:
    void init() { m_harness = std::make_unique<CentralHarness>(); }
    void cleanup() { m_harness.reset(); }

    void unknownRoute_answers404WithJsonError()
    {
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/nothing-here"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("unknown_route"));
        QVERIFY(
            !reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    }

    void knownRouteWithOtherMethod_answers405()
    {
        const ApiReply reply = m_harness->client.send("DELETE", QStringLiteral("/v1/sales"), {});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.errorCode(), QStringLiteral("method_not_allowed"));
    }

    void requestWithoutCredential_answers401AndNothingElse()
    {
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/keys"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(!reply.json.contains(QLatin1String("keys")));
    }

    void unknownTerminal_answers401()
    {
        m_harness->client.setCredential(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".secret"));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/keys")).status, 401);
        m_harness->client.setCredential(QStringLiteral("garbage"));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/keys")).status, 401);
    }

    void enrollment_givesCredentialThatAuthenticates()
    {
        const QString credential = m_harness->enroll();
        QVERIFY(credential.contains(u'.'));
        m_harness->client.setCredential(credential);
        const ApiReply keys = m_harness->client.get(QStringLiteral("/v1/keys"));
        QCOMPARE(keys.status, 200);
        QVERIFY(keys.json.value(QLatin1String("keys")).isArray());
        // Only a hash of the secret is stored.
        const QString secret = credential.section(u'.', 1);
        QCOMPARE(m_harness->database
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM terminals WHERE secret_hash = '%1'").arg(secret))
                     .toInt(),
                 0);
    }

    void wrongSecretOfKnownTerminal_answers401()
    {
        const QString credential = m_harness->enroll();
        m_harness->client.setCredential(credential.section(u'.', 0, 0) +
                                        QStringLiteral(".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/keys")).status, 401);
    }

    void enrollmentCode_worksOnlyOnce()
    {
        const QString code =
            TerminalRegistry(*m_harness->database.pool).createEnrollmentCode(QStringLiteral("KR-SEOUL-01")).value();
        const QJsonObject body{{QLatin1String("code"), code.toLower()},
                               {QLatin1String("name"), QStringLiteral("Till 1")}};
        const ApiReply first = m_harness->client.post(QStringLiteral("/v1/terminals/enroll"), body);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QLatin1String("store")).toString(), QStringLiteral("KR-SEOUL-01"));
        const ApiReply second = m_harness->client.post(QStringLiteral("/v1/terminals/enroll"), body);
        QCOMPARE(second.status, 401);
        QCOMPARE(count("terminals"), 1);
    }

    void enrollmentWithUnknownCode_answers401AndWritesNothing()
    {
        const ApiReply reply =
            m_harness->client.post(QStringLiteral("/v1/terminals/enroll"),
                                   QJsonObject{{QLatin1String("code"), QStringLiteral("AAAA-BBBB-CCCC")}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(count("terminals"), 0);
    }

    void malformedJson_answers400AndWritesNothing()
    {
        TerminalRegistry(*m_harness->database.pool).createEnrollmentCode(QStringLiteral("KR-SEOUL-01")).value();
        const ApiReply reply =
            m_harness->client.post(QStringLiteral("/v1/terminals/enroll"), QByteArray("{\"code\": "));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
        QCOMPARE(count("terminals"), 0);
    }

    void wrongTypes_answer400()
    {
        const ApiReply number =
            m_harness->client.post(QStringLiteral("/v1/terminals/enroll"), QJsonObject{{QLatin1String("code"), 42}});
        QCOMPARE(number.status, 400);
        QCOMPARE(number.errorCode(), QStringLiteral("invalid_field"));
        const ApiReply array = m_harness->client.post(QStringLiteral("/v1/terminals/enroll"), QByteArray("[1, 2]"));
        QCOMPARE(array.status, 400);
        QCOMPARE(array.errorCode(), QStringLiteral("invalid_body"));
    }

    void oversizedBody_answers413AndWritesNothing()
    {
        m_harness->client.setCredential(m_harness->enroll());
        const qint64 salesBefore = count("sales");
        QByteArray body = "{\"sales\": [\"" + QByteArray(CentralServer::maximumBodySize, 'x') + "\"]}";
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/sales"), body);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.errorCode(), QStringLiteral("body_too_large"));
        QCOMPARE(count("sales"), salesBefore);
    }

    void revokedTerminal_answers401()
    {
        const QString credential = m_harness->enroll();
        m_harness->client.setCredential(credential);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/keys")).status, 200);
        QVERIFY(TerminalRegistry(*m_harness->database.pool).revoke(credential.section(u'.', 0, 0)).ok());
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/keys"));
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.json.contains(QLatin1String("keys")));
    }

    void connectionsDroppedByServer_areOpenedAgain()
    {
        if (!CentralTestDatabase::postgresSelected())
            QSKIP("an embedded SQLite database has no server to drop connections");
        m_harness->client.setCredential(m_harness->enroll());
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/keys")).status, 200);
        m_harness->database.dropAllConnections();
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/keys")).status, 200);
        m_harness->database.dropAllConnections();
        QCOMPARE(m_harness->client
                     .post(QStringLiteral("/v1/sales"), CentralHarness::batch({CentralHarness::saleRecord(100)}))
                     .status,
                 200);
    }

    void auditLog_recordsEnrollmentAndRevocation()
    {
        const QString terminal = m_harness->enroll().section(u'.', 0, 0);
        QVERIFY(TerminalRegistry(*m_harness->database.pool).revoke(terminal).ok());
        auto transaction = Transaction::begin(*m_harness->database.pool);
        QVERIFY(transaction.ok());
        const auto entries = AuditLog::latest(*transaction, 10).value();
        QStringList actions;
        for (const AuditEntry &entry : entries)
            actions.append(entry.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("terminal.revoked"), QStringLiteral("terminal.enrolled"),
                                       QStringLiteral("enrollment_code.created")}));
        QCOMPARE(entries.first().subject, terminal);
    }
};

QTEST_GUILESS_MAIN(TestCentralServer)
#include "tst_centralserver.moc"
