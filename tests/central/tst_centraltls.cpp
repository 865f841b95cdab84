#include "ApiClient.h"
#include "CentralServer.h"
#include "CentralTestDatabase.h"
#include "TerminalRegistry.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace omnitill::central;

// HTTPS through sslSetup: a self-signed certificate made by the test (never a committed key); a client that
// trusts exactly that certificate gets real answers, and plain HTTP to the same port gets none.
class TestCentralTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QSslCertificate m_certificate;
    QSslKey m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       m_directory.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       m_directory.filePath(QStringLiteral("certificate.pem"))});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certificate(m_directory.filePath(QStringLiteral("certificate.pem")));
        QFile key(m_directory.filePath(QStringLiteral("key.pem")));
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
        m_key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
        QVERIFY(!m_certificate.isNull());
        QVERIFY(!m_key.isNull());
    }

    void https_servesApiToClientThatTrustsCertificate()
    {
        CentralTestDatabase database;
        CentralServer server(*database.pool);
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(m_certificate);
        serverTls.setPrivateKey(m_key);
        server.setTls(serverTls);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0).value();

        ApiClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
        QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
        clientTls.setCaCertificates({m_certificate});
        clientTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        client.setSslConfiguration(clientTls);

        const ApiReply anonymous = client.get(QStringLiteral("/v1/keys"));
        QCOMPARE(anonymous.status, 401);
        const QString code =
            TerminalRegistry(*database.pool).createEnrollmentCode(QStringLiteral("KR-SEOUL-01")).value();
        const ApiReply enrolled =
            client.post(QStringLiteral("/v1/terminals/enroll"), QJsonObject{{QLatin1String("code"), code}});
        QCOMPARE(enrolled.status, 201);
        client.setCredential(enrolled.json.value(QLatin1String("credential")).toString());
        QCOMPARE(client.get(QStringLiteral("/v1/keys")).status, 200);

        ApiClient plain(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(plain.get(QStringLiteral("/v1/keys")).status, 0);
    }

    void https_isRefusedByClientThatDoesNotTrustCertificate()
    {
        CentralTestDatabase database;
        CentralServer server(*database.pool);
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(m_certificate);
        serverTls.setPrivateKey(m_key);
        server.setTls(serverTls);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0).value();
        ApiClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
        const ApiReply reply = client.get(QStringLiteral("/v1/keys"));
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    }
};

QTEST_GUILESS_MAIN(TestCentralTls)
#include "tst_centraltls.moc"
