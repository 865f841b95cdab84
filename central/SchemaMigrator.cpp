#include "SchemaMigrator.h"

#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill::central {

namespace {

// An arbitrary constant that names "the central schema" among PostgreSQL advisory locks.
constexpr qint64 migrationLockKey = 0x4F4D4E544D494752; // "OMNTMIGR"

QString directoryOf(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QStringLiteral(":/omnitill/central/migrations/sqlite")
                                      : QStringLiteral(":/omnitill/central/migrations/postgres");
}

QStringList statementsOf(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
}

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase connection, Dialect dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
{
}

QList<CentralMigration> SchemaMigrator::bundled(Dialect dialect)
{
    QList<CentralMigration> migrations;
    const QDir directory(directoryOf(dialect));
    for (const QString &name : directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({name.section(u'_', 0, 0).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

int SchemaMigrator::latestVersion()
{
    const auto migrations = bundled(Dialect::Sqlite);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<int> SchemaMigrator::currentVersion() const
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                   "name TEXT NOT NULL, applied_at TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next()) {
        return Error{tr("Cannot read the central schema version: %1").arg(sqlError(query))};
    }
    return query.value(0).toInt();
}

Result<int> SchemaMigrator::upgrade(int targetVersion)
{
    const QList<CentralMigration> migrations = bundled(m_dialect);
    const QList<CentralMigration> other = bundled(m_dialect == Dialect::Sqlite ? Dialect::Postgres : Dialect::Sqlite);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1 || other.size() != migrations.size() || other[i].name != migrations[i].name)
            return Error{tr("The central migrations built into this program do not match between SQLite and "
                            "PostgreSQL (at %1)")
                             .arg(migrations[i].name)};
    }
    // Held for the whole upgrade, so that instances starting together against one server take turns,
    // including at creating schema_migrations itself.
    const bool locking = m_dialect == Dialect::Postgres;
    QSqlQuery lock(m_connection);
    if (locking && !lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLockKey)))
        return Error{tr("Cannot lock the central schema: %1").arg(sqlError(lock))};
    auto reached = upgradeLocked(migrations.first(qBound(0, targetVersion, int(migrations.size()))));
    if (locking)
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey));
    return reached;
}

Result<int> SchemaMigrator::upgradeLocked(const QList<CentralMigration> &migrations)
{
    auto current = currentVersion();
    if (!current)
        return current;
    if (*current > int(migrations.size())) {
        return Error{tr("The central database has schema %1, newer than this program knows (%2); it was left "
                        "unchanged")
                         .arg(*current)
                         .arg(migrations.size())};
    }
    for (const CentralMigration &migration : migrations) {
        if (migration.version <= *current)
            continue;
        if (auto applied = apply(migration); !applied)
            return Error{tr("Central migration %1 failed: %2").arg(migration.name, applied.error())};
    }
    return currentVersion();
}

Result<void> SchemaMigrator::apply(const CentralMigration &migration)
{
    QSqlQuery query(m_connection);
    if (!query.exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return Error{sqlError(query)};
    const auto rollBack = [&](const QString &reason) {
        QSqlQuery(m_connection).exec(QStringLiteral("ROLLBACK"));
        return Error{reason};
    };
    for (const QString &statement : statementsOf(migration.sql)) {
        if (!query.exec(statement))
            return rollBack(sqlError(query));
    }
    query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec() || !query.exec(QStringLiteral("COMMIT")))
        return rollBack(sqlError(query));
    qCInfo(lcCentral) << "applied central migration" << migration.name;
    return {};
}

} // namespace omnitill::central
