#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace omnitill {

class Database;

// One step of the schema: the SQL that takes a database from version - 1 to version.
struct Migration
{
    int version = 0;
    QString name; // the file name, for messages: "0002_journal.sql"
    QString sql;
};

// Brings a store database to the schema this build knows, one numbered migration at a time.
//
// The schema version is PRAGMA user_version: 0 for a new file, N after migration N. Each migration runs
// in its own transaction together with the version bump, so a database is always exactly at some
// version; a failed migration is rolled back and leaves the previous version in place.
//
// Rules for migrations (app/store/migrations/NNNN_name.sql, numbered from 0001 without gaps):
// - a migration that has shipped is never edited; a change is a new migration;
// - nothing that cannot run inside a transaction (journal_mode, foreign_keys, VACUUM);
// - money is INTEGER minor units, never REAL.
//
// A database made by a newer Omnitill is refused and left as it is. So is a SQLite file at version 0 that
// already has tables: it is someone else's database, not a new one, and gets no Omnitill tables.
class SchemaManager
{
    Q_DECLARE_TR_FUNCTIONS(SchemaManager)

public:
    enum class Outcome {
        UpToDate,
        Upgraded,
        NewerThanApplication,
        Failed,
    };

    struct Report
    {
        Outcome outcome = Outcome::Failed;
        int versionBefore = 0;
        int versionAfter = 0;
        QString message; // empty when up to date; otherwise for the log or the screen
        [[nodiscard]] bool ok() const { return outcome == Outcome::UpToDate || outcome == Outcome::Upgraded; }
    };

    // Uses the migrations built into the application (bundledMigrations()).
    explicit SchemaManager(const Database &database);
    // Uses the given migrations instead, e.g. a broken one in a test.
    SchemaManager(const Database &database, QList<Migration> migrations);

    // The migrations in the Qt resources under :/omnitill/store/migrations, in version order.
    [[nodiscard]] static QList<Migration> bundledMigrations();
    // Splits a migration into statements, since QSqlQuery runs one at a time: at each ';' that is not in
    // a string, a quoted name, a comment, or the BEGIN ... END body of a CREATE TRIGGER.
    [[nodiscard]] static QStringList splitStatements(const QString &sql);

    [[nodiscard]] int latestVersion() const;
    [[nodiscard]] Result<int> currentVersion() const;

    // Applies every migration the database has not had yet.
    [[nodiscard]] Report upgrade();
    // Applies migrations up to and including targetVersion only: how a test makes an older database.
    [[nodiscard]] Report upgradeTo(int targetVersion);

private:
    [[nodiscard]] Result<void> checkMigrationList() const;
    [[nodiscard]] Result<void> apply(const Migration &migration);

    const Database &m_database;
    QList<Migration> m_migrations;
};

} // namespace omnitill
