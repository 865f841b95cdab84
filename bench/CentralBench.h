#pragma once

// What the central store's benchmarks share: a throwaway database (a fresh PostgreSQL database on a server,
// or a SQLite file), the real omnitill-central binary serving it on loopback, and blocking HTTP calls for
// the set-up. The measured requests are each benchmark's own.

#include "ConnectionPool.h"
#include "DatabaseSettings.h"
#include "SchemaMigrator.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>

namespace centralbench {

// A database of its own for one run: on a PostgreSQL server (URL of its maintenance database) a new
// database dropped afterwards, or for "sqlite:" a file in a temporary directory. Migrated on creation.
class BenchDatabase
{
public:
    explicit BenchDatabase(const QString &url)
    {
        using namespace omnitill::central;
        if (url.startsWith(QLatin1String("sqlite:"))) {
            m_url = QStringLiteral("sqlite:") + m_directory.filePath(QStringLiteral("central.sqlite"));
            m_settings = DatabaseSettings::fromUrl(m_url).value();
        } else {
            m_server = DatabaseSettings::fromUrl(url).value();
            m_name = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128);
            serverExec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
            m_settings = m_server->withDatabaseName(m_name);
            m_url = QStringLiteral("postgresql://%1@%2:%3/%4")
                        .arg(m_settings.user(), m_settings.host(), QString::number(m_settings.port()), m_name);
        }
        ConnectionPool pool(m_settings);
        if (!SchemaMigrator(pool.connection().value(), m_settings.dialect()).upgrade())
            qFatal("migration failed");
    }
    ~BenchDatabase()
    {
        if (m_server)
            serverExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    const omnitill::central::DatabaseSettings &settings() const { return m_settings; }
    const QString &url() const { return m_url; }

private:
    void serverExec(const QString &sql) const
    {
        omnitill::central::ConnectionPool admin(*m_server);
        QSqlQuery query(admin.connection().value());
        if (!query.exec(sql))
            qFatal("the server refused %s", qPrintable(sql));
    }

    QTemporaryDir m_directory;
    std::optional<omnitill::central::DatabaseSettings> m_server;
    omnitill::central::DatabaseSettings m_settings;
    QString m_name;
    QString m_url;
};

// The omnitill-central binary on a free loopback port, stopped when this goes.
class CentralProcess
{
public:
    explicit CentralProcess(const QString &databaseUrl)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(OMNITILL_CENTRAL_BINARY),
                        {QStringLiteral("--database"), databaseUrl, QStringLiteral("--port"), QStringLiteral("0")});
        if (!m_process.waitForReadyRead(30000))
            qFatal("omnitill-central did not start");
        const QByteArray banner = m_process.readLine();
        m_port = banner.mid(banner.indexOf("127.0.0.1:") + 10).split(' ').first().toUShort();
    }
    ~CentralProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }

    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// Requests to the central process, with or without a terminal credential.
class BenchClient
{
public:
    explicit BenchClient(quint16 port)
        : m_port(port)
    {
    }

    void setCredential(const QByteArray &credential) { m_credential = credential; }

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_credential.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_credential);
        return m_network.sendCustomRequest(request, method, body);
    }

    // Sends and waits: for the set-up, not for what is measured.
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkReply *reply = send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // Enrolls with the one-time code and uses the terminal's credential from then on.
    void enroll(const QString &code)
    {
        m_credential = call("POST", QStringLiteral("/v1/terminals/enroll"), {{QLatin1String("code"), code}})
                           .value(QLatin1String("credential"))
                           .toString()
                           .toLatin1();
        if (m_credential.isEmpty())
            qFatal("enrollment failed");
    }

private:
    QNetworkAccessManager m_network;
    quint16 m_port;
    QByteArray m_credential;
};

// Latencies in nanoseconds, sorted in place; p in [0, 1]; milliseconds.
inline double percentileMs(QList<qint64> &latencies, double p)
{
    std::sort(latencies.begin(), latencies.end());
    return latencies.isEmpty() ? 0 : latencies[qsizetype(p * double(latencies.size() - 1))] / 1e6;
}

} // namespace centralbench
