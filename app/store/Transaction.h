#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <functional>

namespace omnitill {

class Database;

// One business operation's unit of work on the store: BEGIN IMMEDIATE when it starts, COMMIT when the
// operation says so, ROLLBACK otherwise. An early return or a failed step therefore leaves the database
// as it was, without every caller remembering to roll back.
//
// IMMEDIATE takes the write lock at the start, so two writers queue on the busy timeout at BEGIN instead
// of one failing halfway when it first writes. Transactions do not nest; beginning one inside another is
// an error. A Transaction must not outlive its Database.
//
//     auto begun = Transaction::begin(database);
//     if (!begun)
//         return Error{begun.error()};
//     Transaction transaction = std::move(begun).value();
//     ... writes ...
//     return transaction.commit();
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(const Database &database);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    // Rolls back unless commit() succeeded.
    ~Transaction();

    // Makes the work durable. On failure the transaction is still open, and is rolled back by rollback()
    // or the destructor.
    [[nodiscard]] Result<void> commit();
    // Undoes the work now rather than at the end of the scope.
    void rollback();
    [[nodiscard]] bool isOpen() const { return m_open; }

private:
    explicit Transaction(QSqlDatabase connection);

    QSqlDatabase m_connection;
    bool m_open = true;
};

// Work one service adds to another's transaction, so that both are committed together or not at all (a card
// refund's attempts marked recorded with the return that records them).
using Alongside = std::function<Result<void>(Transaction &)>;

} // namespace omnitill
