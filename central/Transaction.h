#pragma once

#include "ApiError.h"
#include "DatabaseSettings.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace omnitill::central {

class ConnectionPool;

// One business operation's unit of work on the central database: begun at construction (BEGIN IMMEDIATE
// on SQLite, so writers queue at the start instead of failing halfway; BEGIN on PostgreSQL, where row
// locks and constraints do that work), committed when the operation says so, rolled back otherwise. An
// early return therefore writes nothing. Transactions do not nest.
//
// It also makes prepared queries on its connection, so that repositories never hold a QSqlQuery of
// their own.
class Transaction
{
public:
    [[nodiscard]] static Outcome<Transaction> begin(const QSqlDatabase &connection, Dialect dialect);
    // On the calling thread's connection of the pool; on a new connection if the old one is gone.
    [[nodiscard]] static Outcome<Transaction> begin(ConnectionPool &pool);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Outcome<void> commit();
    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    [[nodiscard]] QSqlDatabase connection() const { return m_connection; }

    // A prepared statement with the values bound in order; an error names the statement for the log.
    // SQL NULL is bound as a null QVariant; a null QString is bound as empty text.
    [[nodiscard]] Outcome<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // For a statement run many times in one transaction: prepared once, then execute()d with new values,
    // which on PostgreSQL saves a round trip per run.
    [[nodiscard]] Outcome<QSqlQuery> prepare(const QString &sql) const;
    [[nodiscard]] static Outcome<void> execute(QSqlQuery &query, const QVariantList &values);

private:
    Transaction(QSqlDatabase connection, Dialect dialect);

    QSqlDatabase m_connection;
    Dialect m_dialect;
    bool m_open = true;
};

// A prepared statement outside any transaction, for reads that need no lock (one statement sees one
// consistent state on both databases).
[[nodiscard]] Outcome<QSqlQuery> runQuery(const QSqlDatabase &connection, const QString &sql,
                                          const QVariantList &values = {});

// The same on the calling thread's connection of the pool, retried once on a new connection when the old
// one turns out to be gone.
[[nodiscard]] Outcome<QSqlQuery> runQuery(ConnectionPool &pool, const QString &sql, const QVariantList &values = {});

// True when the error is a unique or primary key violation (SQLite's extended codes 1555 and 2067,
// PostgreSQL's SQLSTATE 23505): the database refused a duplicate.
[[nodiscard]] bool isUniqueViolation(const QSqlError &error);

// True when the error is a CHECK, NOT NULL or foreign key violation: a rule the database holds refused the
// change. Transaction::execute answers it 409 constraint_violated.
[[nodiscard]] bool isConstraintViolation(const QSqlError &error);

// How a time is bound in both dialects: UTC ISO 8601 text with milliseconds, which SQLite keeps and
// compares as text (it sorts as time does) and PostgreSQL casts to TIMESTAMPTZ.
[[nodiscard]] QString sqlTime(const QDateTime &time);

} // namespace omnitill::central
