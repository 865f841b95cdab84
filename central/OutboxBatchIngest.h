#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace omnitill::central {

class BatchAnswer;
class ConnectionPool;
class Transaction;
struct AuthenticatedTerminal;

// Takes one ordered batch of a terminal's outbox, of several kinds (sales, returns, coupons used offline), each
// record exactly once, so a till that was offline for a day drains in full batches instead of one request per
// run of one kind.
//
// Every record is {"kind", "id", "body"}: body is the record its kind's own ingest takes (SaleIngest,
// TillReturnIngest, CouponReconciliation, reused here, not repeated), id its UUID, which must be the one the
// body carries (its idempotency key). Records are taken in the batch's order, consecutive records of one kind
// together, so a return is checked against a sale earlier in the same batch. A record sent before is answered
// "duplicate" with the result it got then; one that cannot be taken (unreadable, unknown kind, an id that is not
// its body's, another store's) is answered "rejected", one whose id another record holds "conflict", both with
// a reason, and neither holds up the records behind it. The whole batch is one transaction: a database failure
// stores none of it, and the till sends it again.
class OutboxBatchIngest
{
    Q_DECLARE_TR_FUNCTIONS(OutboxBatchIngest)

public:
    static constexpr qsizetype maximumBatchSize = 1000;

    explicit OutboxBatchIngest(ConnectionPool &pool);

    // Answers {"results": [{"id", "kind", "status", "result" or "reason"}, in order], "accepted": n,
    // "duplicates": n, "rejected": n, "conflicts": n}.
    [[nodiscard]] Outcome<QJsonObject> ingest(const QJsonArray &records, const AuthenticatedTerminal &terminal);

private:
    // A kind's ingest, taking a run of its bodies into the batch's transaction.
    using Take =
        std::function<Outcome<void>(Transaction &, const QJsonArray &, const AuthenticatedTerminal &, BatchAnswer &)>;
    struct Kind
    {
        QString name;
        QString idKey; // the body's field that holds the record's UUID
        Take take;
    };
    [[nodiscard]] static const QList<Kind> &known();
    // Why the record cannot be taken as such, or empty.
    [[nodiscard]] static QString refusal(const QJsonValue &record, const Kind *kind);
    [[nodiscard]] static QJsonObject answerOf(const QJsonValue &record, const BatchAnswer &answer, qsizetype index);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
