#include "SchemaManager.h"

#include "Database.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace omnitill {

namespace {

const QString migrationsDirectory = QStringLiteral(":/omnitill/store/migrations");

// The position just after the string, quoted name or comment that starts at `start`, or the end.
qsizetype skipQuoted(const QString &sql, qsizetype start, QChar close)
{
    qsizetype i = start + 1;
    while (i < sql.size()) {
        if (sql[i] == close) {
            // A doubled quote inside is an escaped quote, not the end ('it''s').
            if (close != u']' && i + 1 < sql.size() && sql[i + 1] == close) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return i;
}

qsizetype skipComment(const QString &sql, qsizetype start)
{
    if (sql[start + 1] == u'-') {
        const qsizetype end = sql.indexOf(u'\n', start);
        return end < 0 ? sql.size() : end + 1;
    }
    const qsizetype end = sql.indexOf(QLatin1String("*/"), start + 2);
    return end < 0 ? sql.size() : end + 2;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

SchemaManager::SchemaManager(const Database &database)
    : SchemaManager(database, bundledMigrations())
{
}

SchemaManager::SchemaManager(const Database &database, QList<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> SchemaManager::bundledMigrations()
{
    QList<Migration> migrations;
    const QDir directory(migrationsDirectory);
    for (const QString &name : directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(directory.filePath(name));
        bool numbered = false;
        const int version = name.section(u'_', 0, 0).toInt(&numbered);
        if (!numbered || !file.open(QIODevice::ReadOnly)) {
            // checkMigrationList() reports the gap this leaves.
            qCCritical(lcStore) << "unusable migration" << name;
            continue;
        }
        migrations.append({version, name, QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

QStringList SchemaManager::splitStatements(const QString &sql)
{
    QStringList statements;
    qsizetype start = 0;
    bool hasCode = false; // the statement so far is more than whitespace and comments
    int wordCount = 0;    // words seen in this statement, to recognise CREATE [TEMP] TRIGGER
    bool startsWithCreate = false;
    bool isTrigger = false;
    int blockDepth = 0; // open BEGIN and CASE blocks in a trigger body, each closed by END

    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql[i];
        const QChar next = i + 1 < sql.size() ? sql[i + 1] : QChar();
        if ((c == u'-' && next == u'-') || (c == u'/' && next == u'*')) {
            i = skipComment(sql, i);
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            i = skipQuoted(sql, i, c == u'[' ? QChar(u']') : c);
            hasCode = true;
        } else if (isWordCharacter(c)) {
            qsizetype end = i;
            while (end < sql.size() && isWordCharacter(sql[end]))
                ++end;
            const QStringView word = QStringView(sql).mid(i, end - i);
            const auto is = [word](const char *keyword) {
                return word.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
            };
            if (wordCount == 0)
                startsWithCreate = is("CREATE");
            else if (wordCount <= 2 && startsWithCreate && is("TRIGGER"))
                isTrigger = true;
            if (isTrigger && (is("BEGIN") || is("CASE")))
                ++blockDepth;
            else if (isTrigger && is("END") && blockDepth > 0)
                --blockDepth;
            ++wordCount;
            hasCode = true;
            i = end;
        } else if (c == u';' && blockDepth == 0) {
            if (hasCode)
                statements.append(sql.mid(start, i - start).trimmed());
            start = i + 1;
            hasCode = false;
            wordCount = 0;
            startsWithCreate = false;
            isTrigger = false;
            ++i;
        } else {
            hasCode = hasCode || !c.isSpace();
            ++i;
        }
    }
    if (hasCode)
        statements.append(sql.mid(start).trimmed());
    return statements;
}

int SchemaManager::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> SchemaManager::currentVersion() const
{
    auto version = m_database.queryValue(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Error{version.error()};
    return version->toInt();
}

SchemaManager::Report SchemaManager::upgrade()
{
    return upgradeTo(latestVersion());
}

SchemaManager::Report SchemaManager::upgradeTo(int targetVersion)
{
    Report report;
    if (auto listed = checkMigrationList(); !listed) {
        report.message = listed.error();
        return report;
    }
    auto current = currentVersion();
    if (!current) {
        report.message = current.error();
        return report;
    }
    report.versionBefore = report.versionAfter = *current;

    if (*current > latestVersion()) {
        report.outcome = Outcome::NewerThanApplication;
        report.message = tr("This database was made by a newer Omnitill (schema %1, this version knows %2). "
                            "It was left unchanged; update Omnitill to use it.")
                             .arg(*current)
                             .arg(latestVersion());
        return report;
    }
    if (*current == 0) {
        auto tables = m_database.queryValue(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables) {
            report.message = tables.error();
            return report;
        }
        if (tables->toInt() > 0) {
            report.message = tr("\"%1\" is a SQLite database of another program, not Omnitill's; Omnitill "
                                "will not add its tables to it.")
                                 .arg(QFileInfo(m_database.path()).fileName());
            return report;
        }
    }
    const int target = std::min(targetVersion, latestVersion());
    if (*current >= target) {
        report.outcome = Outcome::UpToDate;
        return report;
    }

    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= *current || migration.version > target)
            continue;
        if (auto applied = apply(migration); !applied) {
            report.message = tr("Migration %1 failed: %2. The database was left at schema %3.")
                                 .arg(migration.name, applied.error(), QString::number(report.versionAfter));
            qCCritical(lcStore) << report.message;
            return report;
        }
        report.versionAfter = migration.version;
        qCInfo(lcStore) << "applied migration" << migration.name;
    }
    report.outcome = Outcome::Upgraded;
    report.message =
        tr("Upgraded the database from schema %1 to %2.").arg(report.versionBefore).arg(report.versionAfter);
    return report;
}

Result<void> SchemaManager::checkMigrationList() const
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version != i + 1) {
            return Error{tr("The migrations built into this Omnitill are incomplete: expected number %1, found "
                            "\"%2\".")
                             .arg(i + 1)
                             .arg(m_migrations[i].name)};
        }
    }
    if (m_migrations.isEmpty())
        return Error{tr("No database migrations are built into this Omnitill.")};
    return {};
}

Result<void> SchemaManager::apply(const Migration &migration)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    for (const QString &statement : splitStatements(migration.sql)) {
        if (auto done = m_database.exec(statement); !done)
            return done;
    }
    // user_version lives in the file header, which the transaction covers: the bump commits or rolls
    // back with the migration's statements.
    if (auto bumped = m_database.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !bumped)
        return bumped;
    return transaction.commit();
}

} // namespace omnitill
