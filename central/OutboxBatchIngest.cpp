#include "OutboxBatchIngest.h"

#include "BatchAnswer.h"
#include "CouponReconciliation.h"
#include "SaleIngest.h"
#include "TerminalRegistry.h"
#include "TillReturnIngest.h"
#include "Transaction.h"

#include <QUuid>

namespace omnitill::central {

namespace {

QString statusName(BatchAnswer::Status status)
{
    switch (status) {
    case BatchAnswer::Status::Accepted:
        return QStringLiteral("accepted");
    case BatchAnswer::Status::Duplicate:
        return QStringLiteral("duplicate");
    case BatchAnswer::Status::Rejected:
        return QStringLiteral("rejected");
    case BatchAnswer::Status::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

} // namespace

OutboxBatchIngest::OutboxBatchIngest(ConnectionPool &pool)
    : m_pool(pool)
{
}

const QList<OutboxBatchIngest::Kind> &OutboxBatchIngest::known()
{
    // A return carries its own id under "sale", as TillReturnIngest reads it.
    static const QList<Kind> kinds{{QStringLiteral("sale"), QStringLiteral("sale"), &SaleIngest::takeInto},
                                   {QStringLiteral("return"), QStringLiteral("sale"), &TillReturnIngest::takeInto},
                                   {QStringLiteral("offline_coupon_redemption"), QStringLiteral("id"),
                                    [](Transaction &transaction, const QJsonArray &reports,
                                       const AuthenticatedTerminal &terminal, BatchAnswer &answer) {
                                        return CouponReconciliation::reportInto(transaction, reports,
                                                                                terminal.terminalId, answer);
                                    }}};
    return kinds;
}

QString OutboxBatchIngest::refusal(const QJsonValue &record, const Kind *kind)
{
    const QJsonObject envelope = record.toObject();
    if (!record.isObject())
        return tr("A record must be an object with its kind, id and body");
    if (!kind)
        return tr("There is no kind of record \"%1\"").arg(envelope.value(QLatin1String("kind")).toString());
    const QJsonValue body = envelope.value(QLatin1String("body"));
    if (!body.isObject())
        return tr("The record's body must be an object");
    const QUuid id = QUuid::fromString(envelope.value(QLatin1String("id")).toString());
    const QString carried = body.toObject().value(kind->idKey).toString();
    if (id.isNull() || QUuid::fromString(carried) != id) {
        return tr("The record's id must be the UUID its body carries under \"%1\" (%2)")
            .arg(kind->idKey, carried.isEmpty() ? tr("none") : carried);
    }
    return {};
}

Outcome<QJsonObject> OutboxBatchIngest::ingest(const QJsonArray &records, const AuthenticatedTerminal &terminal)
{
    if (records.isEmpty() || records.size() > maximumBatchSize) {
        return ApiError::badRequest(QStringLiteral("invalid_batch"),
                                    tr("A batch holds from 1 to %1 records").arg(maximumBatchSize));
    }
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    BatchAnswer answer;
    // The bodies of consecutive records of one kind go to that kind's ingest together.
    const Kind *runKind = nullptr;
    QJsonArray run;
    const auto takeRun = [&]() -> Outcome<void> {
        if (run.isEmpty())
            return {};
        auto taken = runKind->take(transaction, run, terminal, answer);
        run = QJsonArray();
        return taken;
    };
    for (const QJsonValue &record : records) {
        const QString kindName = record.toObject().value(QLatin1String("kind")).toString();
        const auto found =
            std::find_if(known().begin(), known().end(), [&](const Kind &kind) { return kind.name == kindName; });
        const Kind *kind = found == known().end() ? nullptr : &*found;
        const QString refused = refusal(record, kind);
        if (kind != runKind || !refused.isEmpty()) {
            if (auto taken = takeRun(); !taken)
                return taken.error();
        }
        if (!refused.isEmpty()) {
            answer.reject(record.toObject().value(QLatin1String("id")).toString(), refused);
            continue;
        }
        runKind = kind;
        run.append(record.toObject().value(QLatin1String("body")));
    }
    if (auto taken = takeRun(); !taken)
        return taken.error();
    if (auto committed = answer.commit(transaction, terminal, QStringLiteral("outbox.ingested")); !committed)
        return committed.error();

    QJsonArray results;
    qsizetype counts[4] = {};
    for (qsizetype index = 0; index < records.size(); ++index) {
        results.append(answerOf(records.at(index), answer, index));
        ++counts[int(answer.statusAt(index))];
    }
    return QJsonObject{{QLatin1String("results"), results},
                       {QLatin1String("accepted"), counts[int(BatchAnswer::Status::Accepted)]},
                       {QLatin1String("duplicates"), counts[int(BatchAnswer::Status::Duplicate)]},
                       {QLatin1String("rejected"), counts[int(BatchAnswer::Status::Rejected)]},
                       {QLatin1String("conflicts"), counts[int(BatchAnswer::Status::Conflict)]}};
}

QJsonObject OutboxBatchIngest::answerOf(const QJsonValue &record, const BatchAnswer &answer, qsizetype index)
{
    const BatchAnswer::Status status = answer.statusAt(index);
    const QJsonObject result = answer.resultAt(index);
    QJsonObject answered{{QLatin1String("id"), record.toObject().value(QLatin1String("id"))},
                         {QLatin1String("kind"), record.toObject().value(QLatin1String("kind"))},
                         {QLatin1String("status"), statusName(status)}};
    if (status == BatchAnswer::Status::Accepted || status == BatchAnswer::Status::Duplicate)
        answered.insert(QLatin1String("result"), result);
    else
        answered.insert(QLatin1String("reason"), result.value(QLatin1String("reason")));
    return answered;
}

} // namespace omnitill::central
