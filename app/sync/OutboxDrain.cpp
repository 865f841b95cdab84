#include "OutboxDrain.h"

#include "CouponRedemptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

// The central store read the request and refused it as such (400 unreadable, 413 too large): a record in
// it is at fault, not the network or the store.
bool refusedAsUnreadable(int status)
{
    return status == 400 || status == 413;
}

} // namespace

OutboxDrain::OutboxDrain(const Database &database, CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_queue(database)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &OutboxDrain::drain);
    connect(&m_poll, &QTimer::timeout, this, &OutboxDrain::drain);
}

const QList<OutboxDrain::BatchedKind> &OutboxDrain::batchedKinds()
{
    // A return names itself under "sale", the field its id has in every journal record.
    static const QList<BatchedKind> known{{QStringLiteral("sale"), QStringLiteral("sale")},
                                          {QStringLiteral("return"), QStringLiteral("sale")},
                                          {QString(CouponRedemptions::offlineKind), QStringLiteral("id")}};
    return known;
}

QStringList OutboxDrain::sendableKinds()
{
    QStringList kinds;
    for (const BatchedKind &batched : batchedKinds())
        kinds.append(batched.kind);
    return kinds;
}

void OutboxDrain::startPolling(int pollMs)
{
    m_poll.start(pollMs);
}

void OutboxDrain::drain()
{
    if (m_sending || m_retry.isActive() || !m_client.hasCredential())
        return;
    auto next = m_queue.waiting(sendableKinds(), m_oneByOne ? 1 : m_batchSize);
    if (!next) {
        retryLater(next.error());
        return;
    }
    if (!next->isEmpty())
        send(*next);
}

QString OutboxDrain::idOf(const OutboxRecord &record)
{
    const auto batched = std::find_if(batchedKinds().begin(), batchedKinds().end(),
                                      [&](const BatchedKind &each) { return each.kind == record.kind; });
    return record.payload.value(batched->idKey).toString();
}

void OutboxDrain::send(const QList<OutboxRecord> &batch)
{
    QJsonArray records;
    for (const OutboxRecord &record : batch) {
        records.append(QJsonObject{{QLatin1String("kind"), record.kind},
                                   {QLatin1String("id"), idOf(record)},
                                   {QLatin1String("body"), record.payload}});
    }
    m_sending = true;
    m_client.post(QStringLiteral("/v1/outbox-batch"), QJsonObject{{QLatin1String("records"), records}},
                  [this, batch](const CentralReply &reply) { answered(batch, reply); });
}

void OutboxDrain::answered(const QList<OutboxRecord> &batch, const CentralReply &reply)
{
    m_sending = false;
    if (refusedAsUnreadable(reply.status) && batch.size() > 1) {
        // Find the record at fault by sending one at a time; nothing failed on the way, so no backoff.
        m_oneByOne = true;
        drain();
        return;
    }
    auto decided = outcomes(batch, reply);
    if (!decided) {
        retryLater(decided.error());
        return;
    }
    if (auto recorded = m_queue.record(*decided, m_clock()); !recorded) {
        retryLater(recorded.error());
        return;
    }
    m_backoff.succeeded();
    m_lastError.clear();
    m_oneByOne = m_oneByOne && decided->first().status != OutboxOutcome::Status::Sent;
    Q_EMIT progressed();
    drain();
}

Result<QList<OutboxOutcome>> OutboxDrain::outcomes(const QList<OutboxRecord> &batch, const CentralReply &reply) const
{
    if (refusedAsUnreadable(reply.status)) // a batch of one: that record is what the store cannot read
        return QList<OutboxOutcome>{{batch.first().id, OutboxOutcome::Status::Rejected, reply.error}};
    if (!reply.ok())
        return Error{reply.error};
    const QJsonArray results = reply.json.value(QLatin1String("results")).toArray();
    if (results.size() != batch.size()) {
        return Error{tr("The central store answered %1 results for %2 records").arg(results.size()).arg(batch.size())};
    }
    QList<OutboxOutcome> decided;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString status = result.value(QLatin1String("status")).toString();
        const QString reason = result.value(QLatin1String("reason")).toString();
        // The answers come in the order sent; one naming another record means they cannot be matched.
        const QString sent = idOf(batch.at(i));
        const QString answered = result.value(QLatin1String("id")).toString();
        if (answered != sent)
            return Error{tr("The central store answered for %1 where %2 was sent").arg(answered, sent)};
        if (status == QLatin1String("accepted") || status == QLatin1String("duplicate")) {
            const QJsonObject stored = result.value(QLatin1String("result")).toObject();
            decided.append({batch.at(i).id, OutboxOutcome::Status::Sent,
                            QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact))});
        } else if (status == QLatin1String("rejected")) {
            decided.append({batch.at(i).id, OutboxOutcome::Status::Rejected, reason});
        } else if (status == QLatin1String("conflict")) {
            decided.append({batch.at(i).id, OutboxOutcome::Status::Conflict, reason});
        } else {
            return Error{tr("The central store answered \"%1\" for record %2").arg(status, batch.at(i).recordId)};
        }
    }
    return decided;
}

void OutboxDrain::retryLater(const QString &reason)
{
    const qint64 wait = m_backoff.failed();
    m_lastError = reason;
    qCInfo(lcSync) << "outbox: try" << m_backoff.failures() << "failed, next in" << wait << "ms:" << reason;
    m_retry.start(int(wait));
    Q_EMIT retryScheduled(wait, reason);
    Q_EMIT progressed();
}

} // namespace omnitill
