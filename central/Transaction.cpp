#include "Transaction.h"

#include "ConnectionPool.h"
#include "Logging.h"

#include <QSqlError>
#include <utility>

namespace omnitill::central {

Transaction::Transaction(QSqlDatabase connection, Dialect dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(std::move(other.m_connection))
    , m_dialect(other.m_dialect)
    , m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_connection);
    // After some failures the database has already rolled back; ROLLBACK then reports that no transaction
    // is active, which is the state wanted anyway.
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcCentral) << "rollback:" << query.lastError().text();
}

Outcome<Transaction> Transaction::begin(const QSqlDatabase &connection, Dialect dialect)
{
    QSqlQuery query(connection);
    if (!query.exec(dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return ApiError::internal(QStringLiteral("BEGIN failed: ") + query.lastError().text());
    return Transaction(connection, dialect);
}

Outcome<Transaction> Transaction::begin(ConnectionPool &pool)
{
    auto connection = pool.connection();
    if (!connection)
        return ApiError::internal(connection.error());
    auto begun = begin(*connection, pool.dialect());
    if (!begun && pool.recoverConnection())
        return begin(*connection, pool.dialect());
    return begun;
}

Outcome<void> Transaction::commit()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT")))
        return ApiError::internal(QStringLiteral("COMMIT failed: ") + query.lastError().text());
    m_open = false;
    return {};
}

Outcome<QSqlQuery> Transaction::run(const QString &sql, const QVariantList &values) const
{
    return runQuery(m_connection, sql, values);
}

Outcome<QSqlQuery> Transaction::prepare(const QString &sql) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return ApiError::internal(sql.simplified().left(120) + QStringLiteral(": ") + query.lastError().text());
    return query;
}

Outcome<void> Transaction::execute(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        // Qt's drivers bind a null QString as SQL NULL. Here NULL is only ever meant explicitly, by a null
        // QVariant (QVariant(QMetaType::fromType<QString>())): an absent name is an empty text, not NULL.
        const QVariant &value = values[i];
        const bool nullText =
            value.metaType() == QMetaType::fromType<QString>() && !value.isNull() && value.toString().isNull();
        query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (query.exec())
        return {};
    if (isUniqueViolation(query.lastError()))
        return ApiError::conflict(QStringLiteral("duplicate"), query.lastError().databaseText());
    if (isConstraintViolation(query.lastError())) {
        // A rule the code should have caught first, held by the database: the request contradicts what is
        // stored, which is the client's to hear (409), not a server failure. The constraint's text is for the log.
        qCWarning(lcCentral) << "constraint refused:" << query.lastQuery().simplified().left(120)
                             << query.lastError().databaseText();
        return ApiError::conflict(QStringLiteral("constraint_violated"),
                                  QCoreApplication::translate("Transaction", "The change breaks a rule of the store"));
    }
    return ApiError::internal(query.lastQuery().simplified().left(120) + QStringLiteral(": ") +
                              query.lastError().text());
}

Outcome<QSqlQuery> runQuery(const QSqlDatabase &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return ApiError::internal(sql.simplified().left(120) + QStringLiteral(": ") + query.lastError().text());
    if (auto executed = Transaction::execute(query, values); !executed)
        return executed.error();
    return query;
}

Outcome<QSqlQuery> runQuery(ConnectionPool &pool, const QString &sql, const QVariantList &values)
{
    auto connection = pool.connection();
    if (!connection)
        return ApiError::internal(connection.error());
    auto query = runQuery(*connection, sql, values);
    if (!query && query.error().kind == ApiError::Kind::Internal && pool.recoverConnection())
        return runQuery(*connection, sql, values);
    return query;
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555");
}

bool isConstraintViolation(const QSqlError &error)
{
    // CHECK, NOT NULL, FOREIGN KEY: SQLite's extended codes 275, 1299, 787; PostgreSQL's 23514, 23502, 23503.
    static const QStringList codes{QStringLiteral("275"),   QStringLiteral("1299"),  QStringLiteral("787"),
                                   QStringLiteral("23514"), QStringLiteral("23502"), QStringLiteral("23503")};
    return codes.contains(error.nativeErrorCode());
}

QString sqlTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace omnitill::central
