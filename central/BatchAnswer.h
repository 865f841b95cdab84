#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace omnitill::central {

class Transaction;
struct AuthenticatedTerminal;

// The answer to a batch of till records (sales, returns), built record by record in the batch's order:
// each record's result, and how many were accepted, rejected and in conflict. commit() writes the batch's
// audit line and commits the transaction the batch was taken in, so an answer is only ever given for what
// was stored.
class BatchAnswer
{
public:
    void accept(const QJsonObject &result);
    // A record not taken: rejected (it cannot be taken) or in conflict (another record has its id); the
    // result names it by id under "sale" when it had one.
    void reject(qsizetype index, const QString &id, const QString &reason);
    void conflict(qsizetype index, const QString &id, const QString &reason);

    // Answers {"results": [...], "accepted": n, "rejected": n, "conflicts": n}.
    [[nodiscard]] Outcome<QJsonObject> commit(Transaction &transaction, const AuthenticatedTerminal &terminal,
                                              const QString &auditAction);

private:
    void refuse(qsizetype index, const QString &id, const QString &status, const QString &reason);

    QJsonArray m_results;
    qsizetype m_accepted = 0;
    qsizetype m_rejected = 0;
    qsizetype m_conflicts = 0;
};

} // namespace omnitill::central
