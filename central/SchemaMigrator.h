#pragma once

#include "DatabaseSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <limits>

namespace omnitill::central {

// One step of the central schema, in the dialect of the database it is for.
struct CentralMigration
{
    int version = 0;
    QString name; // the file name, the same in both dialects: "0003_sales.sql"
    QString sql;
};

// Brings the central database to the schema this build knows. The migrations are one numbered list
// written twice, once per dialect (central/migrations/sqlite and central/migrations/postgres, with the
// same file names, checked at start-up); rules that must hold across tills are constraints in both.
//
// The version is the highest row of schema_migrations. Each migration runs in its own transaction with
// its row, so a database is always exactly at some version. On PostgreSQL an advisory lock is held for
// the whole upgrade: several instances starting at once against one server apply each migration once. A database
// newer than this build is refused and left as it is.
//
// Rules: a migration that has shipped is never edited; money is integer minor units; statements are
// separated by ';' at the end of a line and have no ';' inside (no functions or triggers).
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    SchemaMigrator(QSqlDatabase connection, Dialect dialect);

    // The migrations built in for a dialect, from :/omnitill/central/migrations/<dialect>/, in order.
    [[nodiscard]] static QList<CentralMigration> bundled(Dialect dialect);
    [[nodiscard]] static int latestVersion();

    [[nodiscard]] Result<int> currentVersion() const;
    // Applies what is missing, up to targetVersion (an operator may upgrade in steps, and a migration that
    // converts data is tested from the version before it); returns the version reached.
    [[nodiscard]] Result<int> upgrade(int targetVersion = std::numeric_limits<int>::max());

private:
    [[nodiscard]] Result<int> upgradeLocked(const QList<CentralMigration> &migrations);
    [[nodiscard]] Result<void> apply(const CentralMigration &migration);

    QSqlDatabase m_connection;
    Dialect m_dialect;
};

} // namespace omnitill::central
