#include "Transaction.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace omnitill {

Transaction::Transaction(QSqlDatabase connection)
    : m_connection(std::move(connection))
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(const Database &database)
{
    // QSqlDatabase::transaction() issues a plain (deferred) BEGIN; the statement is spelled out to get
    // IMMEDIATE.
    QSqlDatabase connection = database.connection();
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Error{QCoreApplication::translate("Transaction", "Cannot start a database transaction: %1")
                         .arg(query.lastError().databaseText())};
    }
    return Transaction(std::move(connection));
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return Error{QCoreApplication::translate("Transaction", "The transaction has already ended")};
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcStore) << "commit failed:" << query.lastError().text();
        return Error{QCoreApplication::translate("Transaction", "Cannot save to the database: %1")
                         .arg(query.lastError().databaseText())};
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_connection);
    // Some failures (disk full, I/O error) already rolled SQLite back; ROLLBACK then reports that no
    // transaction is active, which is the state wanted anyway.
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcStore) << "rollback:" << query.lastError().text();
}

} // namespace omnitill
