#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace omnitill::central {

enum class Dialect {
    Sqlite,   // the embedded default: one file, for a single store and the demo
    Postgres, // production: several central instances share one server
};

// Where the central store keeps its data, written as a URL so that one option, one environment variable
// or one line of a file says it all:
//     sqlite:/var/lib/omnitill/central.sqlite
//     postgresql://user:password@127.0.0.1:5432/omnitill
class DatabaseSettings
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSettings)

public:
    [[nodiscard]] static Result<DatabaseSettings> fromUrl(const QString &url);

    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] QString sqlitePath() const { return m_path; }
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString databaseName() const { return m_databaseName; }
    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    // The same settings pointing at another database of the same server, e.g. "postgres" for admin work.
    [[nodiscard]] DatabaseSettings withDatabaseName(const QString &name) const;
    // For logs and messages: never contains the password.
    [[nodiscard]] QString describe() const;

private:
    Dialect m_dialect = Dialect::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_databaseName;
    QString m_user;
    QString m_password;
};

} // namespace omnitill::central
