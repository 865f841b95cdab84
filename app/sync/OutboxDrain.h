#pragma once

#include "CentralClient.h"
#include "OutboxQueue.h"
#include "RetryBackoff.h"

#include <QObject>
#include <QTimer>

namespace omnitill {

class Database;

// Sends the outbox to the central store, in outbox order, in batches, one request at a time, on the thread
// that owns it and without ever blocking it.
//
// Invariants: a record is marked sent only after the central store's answer names it accepted (or a duplicate of
// what it accepted before), so a lost answer (the store committed, the till never heard) leaves it waiting and it
// is sent again; the store knows it by its UUID and answers as the first time, so nothing is counted twice. A
// record the store rejects, or that conflicts with another under its id, is quarantined with the store's reason
// and the records behind it go on. A try that fails (no answer, a timeout, 5xx, a refused credential) marks
// nothing, and the next waits RetryBackoff's step; a success resets it. Sales, returns and coupons used offline
// go in the one outbox order, mixed in one batch to /v1/outbox-batch, which the store takes in that order, so a
// return follows its sale. Kinds the batch has no place for (see batchedKinds()) are other senders' and are left
// in the outbox, neither sent nor quarantined.
class OutboxDrain : public QObject
{
    Q_OBJECT

public:
    // A kind of record the batch carries, and the field of its payload that holds its UUID (its idempotency key
    // at the central store, sent beside it as the record's id).
    struct BatchedKind
    {
        QString kind;
        QString idKey;
    };
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultBatchSize = 100;
    static constexpr int defaultPollMs = 30000;

    OutboxDrain(const Database &database, CentralClient &client, QObject *parent = nullptr);

    static const QList<BatchedKind> &batchedKinds();
    static QStringList sendableKinds();

    void setBatchSize(int size) { m_batchSize = size; }
    void setBackoff(RetryBackoff backoff) { m_backoff = std::move(backoff); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Also drains every pollMs, for the records left by a failure or a restart.
    void startPolling(int pollMs = defaultPollMs);

    [[nodiscard]] bool sending() const { return m_sending; }
    [[nodiscard]] bool retryPending() const { return m_retry.isActive(); }
    [[nodiscard]] int failures() const { return m_backoff.failures(); }
    // Why the last try failed; empty after a success.
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // sendable counts this drain's kinds and alsoSendable, the kinds other senders carry.
    [[nodiscard]] Result<OutboxBacklog> backlog(const QStringList &alsoSendable = {}) const
    {
        return m_queue.backlog(sendableKinds() + alsoSendable);
    }

public Q_SLOTS:
    // Sends the next batch unless one is on its way or a retry is scheduled (it comes soon enough).
    void drain();

Q_SIGNALS:
    // After every answer or failure: the backlog or the retry changed.
    void progressed();
    // A try failed; the next comes in retryMs.
    void retryScheduled(qint64 retryMs, const QString &reason);

private:
    // The record's UUID, as its payload carries it.
    [[nodiscard]] static QString idOf(const OutboxRecord &record);
    void send(const QList<OutboxRecord> &batch);
    void answered(const QList<OutboxRecord> &batch, const CentralReply &reply);
    [[nodiscard]] Result<QList<OutboxOutcome>> outcomes(const QList<OutboxRecord> &batch,
                                                        const CentralReply &reply) const;
    void retryLater(const QString &reason);

    CentralClient &m_client;
    OutboxQueue m_queue;
    RetryBackoff m_backoff;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QTimer m_retry;
    QTimer m_poll;
    QString m_lastError;
    int m_batchSize = defaultBatchSize;
    bool m_sending = false;
    // After the store refused a whole batch as unreadable, records go one by one until one is taken, so the
    // one it cannot read is quarantined alone.
    bool m_oneByOne = false;
};

} // namespace omnitill
