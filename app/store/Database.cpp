#include "Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace omnitill {

Q_LOGGING_CATEGORY(lcStore, "omnitill.store")

namespace {

const QString driverName = QStringLiteral("QSQLITE");
// SQLite's primary result codes; the low byte of an extended code is its primary code.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;
constexpr int busyTimeoutMilliseconds = 5000;
constexpr qint64 walSizeLimitBytes = 64 * 1024 * 1024;

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("omnitill.store.%1").arg(++counter);
}

// SQLite's own words ("file is not a database") say more than Qt's wrapper ("Unable to execute").
QString reasonOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

Error refusal(const QString &path, const QSqlError &error)
{
    const QString file = QFileInfo(path).fileName();
    const int primaryCode = error.nativeErrorCode().toInt() & 0xff;
    if (primaryCode == sqliteNotADatabase) {
        return Error{
            QCoreApplication::translate(
                "Database", "\"%1\" is not a SQLite database, so Omnitill cannot use it. It was left unchanged.")
                .arg(file)};
    }
    if (primaryCode == sqliteCorrupt) {
        return Error{QCoreApplication::translate(
                         "Database", "\"%1\" is damaged (%2). It was left unchanged; restore it from a backup.")
                         .arg(file, reasonOf(error))};
    }
    return Error{QCoreApplication::translate("Database", "Cannot read \"%1\": %2").arg(file, reasonOf(error))};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_connection(QSqlDatabase::addDatabase(driverName, m_connectionName))
{
    m_connection.setDatabaseName(m_path);
    // Set at open, not by PRAGMA later, so that it covers the very first read as well.
    m_connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
}

Database::~Database()
{
    m_connection.close();
    // removeDatabase() warns and leaves the connection in place while a handle to it is alive.
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, IntegrityCheck check)
{
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        return Error{QCoreApplication::translate("Database", "The Qt SQLite driver (QSQLITE) is not installed")};
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error{QCoreApplication::translate("Database", "\"%1\" is a folder, not a database file").arg(path)};
    }

    // Constructed before anything can fail, so every early return below removes the connection again.
    std::unique_ptr<Database> database(new Database(path, uniqueConnectionName()));
    if (!database->m_connection.open()) {
        return Error{QCoreApplication::translate("Database", "Cannot open \"%1\": %2")
                         .arg(path, reasonOf(database->m_connection.lastError()))};
    }
    if (auto readable = database->verifyReadable(check); !readable) {
        qCWarning(lcStore) << "refusing" << path << readable.error();
        return Error{readable.error()};
    }
    if (auto configured = database->configure(); !configured)
        return Error{configured.error()};
    qCDebug(lcStore) << "opened" << path << "as" << database->m_connectionName;
    return database;
}

Result<void> Database::verifyReadable(IntegrityCheck check) const
{
    // Opening never reads the file; the first statement does. Reading the schema touches the header
    // and the schema pages, which is where "not a database" and most damage show, and writes nothing.
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return refusal(m_path, query.lastError());
    const qint64 schemaObjects = query.value(0).toLongLong();
    query.finish();
    // The first migration marks a store with Omnitill's application id. A file that already holds tables
    // without that mark belongs to another program: refuse it before configure() switches it to WAL.
    auto id = queryValue(QStringLiteral("PRAGMA application_id"));
    if (!id)
        return Error{id.error()};
    if (schemaObjects > 0 && id->toLongLong() != applicationId) {
        return Error{QCoreApplication::translate(
                         "Database", "\"%1\" is a SQLite database of another program, not an Omnitill store. "
                                     "It was left unchanged.")
                         .arg(QFileInfo(m_path).fileName())};
    }
    if (check == IntegrityCheck::Full)
        return checkIntegrity();
    return {};
}

Result<void> Database::configure() const
{
    // journal_mode answers with the mode it ended up in rather than failing, e.g. "delete" where WAL
    // is impossible; the durability argument rests on WAL, so anything else is an error.
    auto mode = queryValue(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return Error{mode.error()};
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{QCoreApplication::translate("Database", "\"%1\" cannot use a write-ahead log (journal mode %2)")
                         .arg(m_path, mode->toString())};
    }
    // journal_size_limit: a big transaction (a catalog import) grows the WAL to the size of the data it
    // wrote; without a limit the file keeps that size on disk after checkpoints.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA journal_size_limit = %1").arg(walSizeLimitBytes)}) {
        if (auto done = exec(pragma); !done)
            return done;
    }
    // foreign_keys is silently a no-op in a SQLite built without them; the schema's cascades rely on it.
    auto foreignKeys = queryValue(QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys || foreignKeys->toInt() != 1) {
        return Error{QCoreApplication::translate("Database", "This SQLite library does not enforce foreign keys")};
    }
    return {};
}

Result<void> Database::exec(const QString &sql) const
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql)) {
        return Error{QCoreApplication::translate("Database", "The database refused \"%1\": %2")
                         .arg(sql.simplified().left(80), reasonOf(query.lastError()))};
    }
    return {};
}

Result<QVariant> Database::queryValue(const QString &sql) const
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql)) {
        return Error{QCoreApplication::translate("Database", "The database refused \"%1\": %2")
                         .arg(sql.simplified().left(80), reasonOf(query.lastError()))};
    }
    return query.next() ? query.value(0) : QVariant();
}

Result<void> Database::checkIntegrity() const
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return refusal(m_path, query.lastError());
    bool intact = true;
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line == QLatin1String("ok"))
            continue;
        intact = false;
        // "*** in database main ***" heads the list of problems; it is not one of them.
        if (!line.startsWith(QLatin1String("***")))
            problems.append(line);
    }
    if (intact)
        return {};
    return Error{QCoreApplication::translate("Database",
                                             "\"%1\" is damaged (%2). It was left unchanged; restore it from a backup.")
                     .arg(QFileInfo(m_path).fileName(), problems.mid(0, 3).join(QLatin1String("; ")))};
}

} // namespace omnitill
