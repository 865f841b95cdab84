#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace omnitill {

class Database;

// One printed document in the queue: the bytes for the printer and where it is on its way to paper.
struct PrintJob
{
    enum class Kind { Receipt, Copy, Gift, Test }; // Test: the device page's test page, of no sale
    enum class State { Queued, Printing, Printed, Failed };

    qint64 id = 0;
    QString saleId;      // empty for a test page
    qint64 sequence = 0; // the journal's receipt number; 0 for a test page
    Kind kind = Kind::Receipt;
    QString printer; // the printer profile the payload was encoded for
    QByteArray payload;
    State state = State::Queued;
    int attempts = 0; // how many times the payload was sent in full
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime printedAt;
};

// The durable print queue (table print_jobs, migrations 0006 and 0008): every document the till prints is a row
// before a byte goes to the printer, and a row is never deleted, so a job is printed, or waiting, or
// failed with its reason, and never silently lost. Jobs print oldest first.
// Invariant: at most one job per sale is of kind Receipt; queueing it again returns the first.
class PrintQueue
{
    Q_DECLARE_TR_FUNCTIONS(PrintQueue)

public:
    explicit PrintQueue(const Database &database);

    // Adds a queued job and returns its id.
    [[nodiscard]] Result<qint64> enqueue(const PrintJob &job);
    [[nodiscard]] std::optional<PrintJob> job(qint64 id) const;
    // The oldest queued job: the next to print.
    [[nodiscard]] std::optional<PrintJob> nextQueued() const;
    [[nodiscard]] QList<PrintJob> jobsForSale(qint64 sequence) const;
    [[nodiscard]] int queuedCount() const;
    // The highest receipt number with a Receipt job, 0 when none.
    [[nodiscard]] qint64 lastReceiptSequence() const;

    // The job goes to the printer now.
    [[nodiscard]] Result<void> markPrinting(qint64 id);
    // Sent, and the printer reported no problem: counts the attempt.
    [[nodiscard]] Result<void> markPrinted(qint64 id);
    // Back in line, with the reason it waits: not sent (the printer is out of paper), or sent and the
    // printer reported a problem afterwards (wasSent: counts the attempt).
    [[nodiscard]] Result<void> requeue(qint64 id, const QString &reason, bool wasSent = false);
    [[nodiscard]] Result<void> markFailed(qint64 id, const QString &reason);
    // Jobs left "printing" by a crash or power loss are queued again and may print twice (the safe side
    // for a receipt). Returns how many.
    [[nodiscard]] Result<int> requeueInterrupted();

    static QString kindCode(PrintJob::Kind kind);
    static QString stateCode(PrintJob::State state);

private:
    Result<void> setState(qint64 id, PrintJob::State state, const QString &reason, bool countAttempt);

    const Database &m_database;
};

} // namespace omnitill
