#pragma once

#include "ConnectionPool.h"
#include "DatabaseSettings.h"
#include "SchemaMigrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <memory>

// A fresh, migrated central database for one test, on the backend the test registration chose: SQLite (a
// file in a temporary directory) or PostgreSQL, the throwaway cluster that the central_postgres CTest
// fixture started (a new database on it per test, dropped afterwards). The same test code runs on both;
// OMNITILL_CENTRAL_TEST_BACKEND says which, OMNITILL_CENTRAL_TEST_POSTGRES names the file with the
// cluster's URL.
class CentralTestDatabase
{
public:
    static bool postgresSelected()
    {
        return qEnvironmentVariable("OMNITILL_CENTRAL_TEST_BACKEND") == QLatin1String("postgres");
    }

    // schemaVersion: migrated only that far, to test a later migration's conversion of data.
    explicit CentralTestDatabase(int schemaVersion = std::numeric_limits<int>::max())
    {
        if (!postgresSelected()) {
            m_settings = omnitill::central::DatabaseSettings::fromUrl(
                             QStringLiteral("sqlite:") + m_directory.filePath(QStringLiteral("central.sqlite")))
                             .value();
        } else {
            QFile urlFile(qEnvironmentVariable("OMNITILL_CENTRAL_TEST_POSTGRES"));
            if (!urlFile.open(QIODevice::ReadOnly))
                qFatal("no PostgreSQL test cluster: %s not readable", qPrintable(urlFile.fileName()));
            m_server =
                omnitill::central::DatabaseSettings::fromUrl(QString::fromUtf8(urlFile.readAll().trimmed())).value();
            m_name = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128);
            adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
            m_settings = m_server.withDatabaseName(m_name);
        }
        pool = std::make_unique<omnitill::central::ConnectionPool>(m_settings);
        auto connection = pool->connection();
        if (!connection)
            qFatal("test database: %s", qPrintable(connection.error()));
        auto migrated = omnitill::central::SchemaMigrator(*connection, m_settings.dialect()).upgrade(schemaVersion);
        if (!migrated)
            qFatal("test database: %s", qPrintable(migrated.error()));
    }

    ~CentralTestDatabase()
    {
        pool.reset();
        if (!m_name.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    const omnitill::central::DatabaseSettings &settings() const { return m_settings; }
    QString url() const
    {
        return m_settings.dialect() == omnitill::central::Dialect::Sqlite
                   ? QStringLiteral("sqlite:") + m_settings.sqlitePath()
                   : QStringLiteral("postgresql://%1@%2:%3/%4")
                         .arg(m_settings.user(), m_settings.host(), QString::number(m_settings.port()), m_name);
    }

    // One value from the test's database, for checking what was (not) written.
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(pool->connection().value());
        if (!query.exec(sql) || !query.next())
            qFatal("test query failed: %s", qPrintable(sql));
        return query.value(0);
    }

    // PostgreSQL only: the server drops every connection to the test database, as a restart would.
    void dropAllConnections()
    {
        adminExec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(m_name));
    }

    std::unique_ptr<omnitill::central::ConnectionPool> pool;

private:
    void adminExec(const QString &sql)
    {
        omnitill::central::ConnectionPool admin(m_server);
        QSqlQuery query(admin.connection().value());
        if (!query.exec(sql))
            qFatal("test cluster refused %s", qPrintable(sql));
    }

    QTemporaryDir m_directory;
    omnitill::central::DatabaseSettings m_server;
    omnitill::central::DatabaseSettings m_settings;
    QString m_name;
};
