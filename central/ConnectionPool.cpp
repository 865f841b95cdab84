#include "ConnectionPool.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

namespace omnitill::central {

namespace {
constexpr int busyTimeoutMilliseconds = 10000;

QString nextPrefix()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("omnitill.central.%1.").arg(++counter);
}
} // namespace

ConnectionPool::ConnectionPool(DatabaseSettings settings)
    : m_settings(std::move(settings))
    , m_prefix(nextPrefix())
{
}

ConnectionPool::~ConnectionPool()
{
    QMutexLocker locker(&m_mutex);
    QStringList names = m_connections.keys();
    for (QSqlDatabase &connection : m_connections)
        connection.close();
    // removeDatabase() warns while a QSqlDatabase handle to the connection is still alive.
    m_connections.clear();
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

QString ConnectionPool::threadConnectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

Result<QSqlDatabase> ConnectionPool::connection()
{
    const QString name = threadConnectionName();
    {
        QMutexLocker locker(&m_mutex);
        const auto found = m_connections.constFind(name);
        if (found != m_connections.cend())
            return *found;
    }
    auto opened = open(name);
    if (!opened)
        return opened;
    QMutexLocker locker(&m_mutex);
    m_connections.insert(name, *opened);
    return opened;
}

bool ConnectionPool::recoverConnection()
{
    QSqlDatabase connection;
    {
        QMutexLocker locker(&m_mutex);
        const auto found = m_connections.constFind(threadConnectionName());
        if (found == m_connections.cend())
            return false;
        connection = *found;
    }
    {
        QSqlQuery probe(connection);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false;
    }
    qCWarning(lcCentral) << "reconnecting to" << m_settings.describe() << "after" << connection.lastError().text();
    connection.close();
    if (!connection.open() || !configure(connection)) {
        qCWarning(lcCentral) << "reconnecting failed:" << connection.lastError().text();
        return false;
    }
    return true;
}

Result<void> ConnectionPool::configure(QSqlDatabase &connection) const
{
    const QStringList setup =
        m_settings.dialect() == Dialect::Sqlite
            ? QStringList{QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
                          QStringLiteral("PRAGMA foreign_keys = ON")}
            : QStringList{QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages TO WARNING")};
    for (const QString &statement : setup) {
        QSqlQuery query(connection);
        if (!query.exec(statement))
            return Error{query.lastError().text()};
    }
    return {};
}

Result<QSqlDatabase> ConnectionPool::open(const QString &name) const
{
    const bool sqlite = m_settings.dialect() == Dialect::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{tr("The Qt SQL driver %1 is not installed").arg(driver)};
    QSqlDatabase connection = QSqlDatabase::addDatabase(driver, name);
    const auto fail = [&](const QString &reason) {
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{tr("Cannot open the central database %1: %2").arg(m_settings.describe(), reason)};
    };
    if (sqlite) {
        connection.setDatabaseName(m_settings.sqlitePath());
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
    } else {
        connection.setHostName(m_settings.host());
        connection.setPort(m_settings.port());
        connection.setDatabaseName(m_settings.databaseName());
        connection.setUserName(m_settings.user());
        connection.setPassword(m_settings.password());
        connection.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!connection.open())
        return fail(connection.lastError().text());
    if (auto configured = configure(connection); !configured)
        return fail(configured.error());
    qCDebug(lcCentral) << "opened" << m_settings.describe() << "as" << name;
    return connection;
}

} // namespace omnitill::central
