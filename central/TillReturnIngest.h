#pragma once

#include "ApiError.h"
#include "TillReturnValidator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace omnitill::central {

class BatchAnswer;
class ConnectionPool;
class Transaction;
struct AuthenticatedTerminal;

// Takes in a batch of return records (returns and the return halves of exchanges) from one terminal,
// exactly once each, as SaleIngest takes sales.
//
// The return UUID is the idempotency key, held by the primary key of till_returns for ever: a return sent
// again gets back the result it got the first time, and the same id with a different record is a conflict.
// A return with a receipt must name a sale the central store holds, or carry that sale's record; it is
// checked against the sale and the sale's earlier returns here (never more than was sold, the refund what
// those units were paid), so a return that arrives before its sale is refused with its reason and never
// stored half-checked. The till sends its outbox in order, so its own sale is always here first. A return
// without a receipt is taken as the till made it (store credit only). A refused record does not hold up the
// others; the whole batch is one transaction.
class TillReturnIngest
{
    Q_DECLARE_TR_FUNCTIONS(TillReturnIngest)

public:
    static constexpr qsizetype maximumBatchSize = 1000;

    explicit TillReturnIngest(ConnectionPool &pool);

    // Answers {"results": [per return, in order], "accepted": n, "rejected": n, "conflicts": n}; a result
    // names the return under "sale", the field its id has in the record.
    [[nodiscard]] Outcome<QJsonObject> ingest(const QJsonArray &records, const AuthenticatedTerminal &terminal);
    // Takes return records into the caller's open transaction (ingest's, or a mixed outbox batch's, where the
    // sale may be a record before it in the same batch), answering each in answer, in order. An error is the
    // database's: the caller rolls the whole transaction back.
    [[nodiscard]] static Outcome<void> takeInto(Transaction &transaction, const QJsonArray &records,
                                                const AuthenticatedTerminal &terminal, BatchAnswer &answer);

private:
    // Why the return cannot be taken against its sale, or empty; an Outcome error is a database failure.
    [[nodiscard]] static Outcome<QString> refusalAgainstSale(Transaction &transaction, const IncomingReturn &incoming);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
