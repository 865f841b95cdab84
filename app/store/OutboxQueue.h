#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace omnitill {

class Database;

// One record waiting for the central store, as SaleJournal wrote it to the outbox.
struct OutboxRecord
{
    qint64 id = 0; // the outbox row: the order records were made in on this terminal
    QString recordId;
    QString kind; // "sale", "return"
    QJsonObject payload;
    QDateTime createdAt;
};

// What the central store said of one record sent.
struct OutboxOutcome
{
    enum class Status { Sent, Rejected, Conflict };

    qint64 id = 0;
    Status status = Status::Sent;
    QString detail; // the central store's answer (Sent, as JSON) or its reason (Rejected, Conflict)
};

// How much waits, for the till's status bar.
struct OutboxBacklog
{
    qint64 waiting = 0;      // neither sent nor quarantined
    qint64 sendable = 0;     // of those, of a kind asked about (one the central store has a place for)
    qint64 quarantined = 0;  // refused by the central store, for the manager to look at
    QDateTime oldestWaiting; // invalid when nothing waits
};

// The records of one kind that wait: how many, and since when the oldest of them.
struct WaitingKind
{
    QString kind;
    qint64 count = 0;
    QDateTime oldest;
};

// A quarantined record and why the central store refused it.
struct QuarantinedRecord
{
    OutboxRecord record;
    QString status; // "rejected" or "conflict"
    QString reason;
    QDateTime quarantinedAt;
};

// The outbox read as a queue for the central store: the records that wait, oldest first, and the central
// store's outcome for each, appended once (migration 0011) and never changed. A record is sent or
// quarantined at most once at a time; writing an outcome for a record that has one fails the whole write, so a
// second drain that raced the first cannot count a record twice. A manager may release a quarantined record
// (migration 0019): the quarantine is kept with who released it, and the record waits again in its place.
class OutboxQueue
{
    Q_DECLARE_TR_FUNCTIONS(OutboxQueue)

public:
    explicit OutboxQueue(const Database &database);

    // A record that no journal entry carries (a task for the central store: a ship-to-home order, a receipt
    // mail), written once: the same recordId again is ignored, so a step retried after a crash adds nothing.
    [[nodiscard]] Result<void> enqueue(const QString &recordId, const QString &kind, const QJsonObject &payload,
                                       const QDateTime &at);
    // Up to limit waiting records of these kinds, in outbox order.
    [[nodiscard]] Result<QList<OutboxRecord>> waiting(const QStringList &kinds, int limit) const;
    // The outcomes of one answer, in one transaction.
    [[nodiscard]] Result<void> record(const QList<OutboxOutcome> &outcomes, const QDateTime &at);
    [[nodiscard]] Result<OutboxBacklog> backlog(const QStringList &sendableKinds) const;
    [[nodiscard]] Result<QList<QuarantinedRecord>> quarantined() const;
    // Every kind that has records waiting, by kind.
    [[nodiscard]] Result<QList<WaitingKind>> waitingByKind() const;
    // Sends a quarantined record again, on staffId's word: it waits again in its own place in the outbox order
    // and goes with the next send of its kind. Fails, saying why, when it is not quarantined (released already).
    [[nodiscard]] Result<void> release(qint64 outboxId, const QString &staffId, const QDateTime &at);

private:
    const Database &m_database;
};

} // namespace omnitill
