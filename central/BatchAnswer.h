#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace omnitill::central {

class Transaction;
struct AuthenticatedTerminal;

// The answer to a batch of till records (sales, returns, offline coupon uses, or a mixed outbox batch of them),
// built record by record in the batch's order, so the n-th answer is the n-th record's: each record's result
// and status. commit() writes the batch's audit line and commits the transaction the batch was taken in, so an
// answer is only ever given for what was stored.
class BatchAnswer
{
public:
    enum class Status {
        Accepted,  // stored now
        Duplicate, // stored before under its id: answered with the result it got then
        Rejected,  // it cannot be taken
        Conflict,  // another record was stored before under its id
    };

    void accept(const QJsonObject &result);
    void acceptAgain(const QJsonObject &original);
    // A record not taken; the result names it by id under "sale" when it had one.
    void reject(const QString &id, const QString &reason);
    void conflict(const QString &id, const QString &reason);

    [[nodiscard]] qsizetype size() const { return m_results.size(); }
    [[nodiscard]] Status statusAt(qsizetype index) const { return m_statuses.at(index); }
    [[nodiscard]] QJsonObject resultAt(qsizetype index) const { return m_results.at(index).toObject(); }

    // Answers {"results": [...], "accepted": n, "rejected": n, "conflicts": n}, a duplicate counted and
    // answered as accepted, as it was the first time.
    [[nodiscard]] Outcome<QJsonObject> commit(Transaction &transaction, const AuthenticatedTerminal &terminal,
                                              const QString &auditAction);

private:
    void append(Status status, const QJsonObject &result);
    void refuse(Status status, const QString &id, const QString &reason);
    [[nodiscard]] qsizetype count(Status status) const;

    QJsonArray m_results;
    QList<Status> m_statuses;
};

} // namespace omnitill::central
