#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace omnitill::central {

class BatchAnswer;
class ConnectionPool;
class Transaction;
struct AuthenticatedTerminal;

// Takes in a batch of sale records from one terminal, exactly once each.
//
// The sale UUID is the idempotency key, held by the primary key of the sales table for ever: a sale sent
// again (a lost response, an outbox retried after a crash) gets back the result it got the first time,
// word for word, and changes nothing. The same UUID with a different record is a conflict, reported and not
// stored. A record that cannot be read, or that belongs to another store than the terminal's, is rejected
// with its reason and does not hold up the others. Accepted sales that name a known customer earn points
// and count as a visit, once, in the same transaction as the sale.
//
// The whole batch is one transaction: a database failure halfway stores none of it, and the till sends it
// again.
class SaleIngest
{
    Q_DECLARE_TR_FUNCTIONS(SaleIngest)

public:
    static constexpr qsizetype maximumBatchSize = 1000;

    explicit SaleIngest(ConnectionPool &pool);

    // Answers {"results": [per sale, in order], "accepted": n, "rejected": n, "conflicts": n}.
    [[nodiscard]] Outcome<QJsonObject> ingest(const QJsonArray &records, const AuthenticatedTerminal &terminal);
    // Takes sale records into the caller's open transaction (ingest's, or a mixed outbox batch's), answering each
    // in answer, in order. An error is the database's: the caller rolls the whole transaction back.
    [[nodiscard]] static Outcome<void> takeInto(Transaction &transaction, const QJsonArray &records,
                                                const AuthenticatedTerminal &terminal, BatchAnswer &answer);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
