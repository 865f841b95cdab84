#pragma once

#include "DatabaseSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>

namespace omnitill::central {

// One QSqlDatabase connection per thread to the central database, opened on a thread's first use and
// kept while the pool lives: a Qt SQL connection may only be used on the thread that opened it, and the
// HTTP handlers run on a thread pool.
//
// SQLite connections get WAL, synchronous=FULL, foreign keys and a busy timeout (writers queue at BEGIN
// IMMEDIATE instead of failing); PostgreSQL connections use UTC. The pool must outlive every thread
// that used it, or at least their work: the destructor closes all connections, from whichever thread.
class ConnectionPool
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionPool)

public:
    explicit ConnectionPool(DatabaseSettings settings);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    // The calling thread's connection, opened now if it is the thread's first call.
    [[nodiscard]] Result<QSqlDatabase> connection();
    // After a failed statement: if the calling thread's connection itself is gone (the server restarted,
    // or dropped it), opens it again and returns true, so that the caller may retry once. False when the
    // connection is fine (the statement failed on its own) or cannot be opened again.
    [[nodiscard]] bool recoverConnection();
    [[nodiscard]] Dialect dialect() const { return m_settings.dialect(); }
    [[nodiscard]] const DatabaseSettings &settings() const { return m_settings; }

private:
    [[nodiscard]] Result<QSqlDatabase> open(const QString &name) const;
    [[nodiscard]] Result<void> configure(QSqlDatabase &connection) const;
    [[nodiscard]] QString threadConnectionName() const;

    const DatabaseSettings m_settings;
    const QString m_prefix; // unique per pool, so that two pools (two servers in a test) never share
    QMutex m_mutex;         // guards m_connections
    QHash<QString, QSqlDatabase> m_connections; // by connection name, which names the thread
};

} // namespace omnitill::central
