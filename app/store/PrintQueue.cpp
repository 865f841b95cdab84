#include "PrintQueue.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

PrintJob::Kind kindFrom(const QString &code)
{
    if (code == QLatin1String("copy"))
        return PrintJob::Kind::Copy;
    if (code == QLatin1String("test"))
        return PrintJob::Kind::Test;
    return code == QLatin1String("gift") ? PrintJob::Kind::Gift : PrintJob::Kind::Receipt;
}

PrintJob::State stateFrom(const QString &code)
{
    if (code == QLatin1String("printing"))
        return PrintJob::State::Printing;
    if (code == QLatin1String("printed"))
        return PrintJob::State::Printed;
    return code == QLatin1String("failed") ? PrintJob::State::Failed : PrintJob::State::Queued;
}

const auto selectJobs =
    QStringLiteral("SELECT id, sale_id, sequence, kind, printer, payload, state, attempts, last_error, created_at, "
                   "updated_at, printed_at FROM print_jobs ");

PrintJob jobFrom(const QSqlQuery &query)
{
    PrintJob job;
    job.id = query.value(0).toLongLong();
    job.saleId = query.value(1).toString();
    job.sequence = query.value(2).toLongLong();
    job.kind = kindFrom(query.value(3).toString());
    job.printer = query.value(4).toString();
    job.payload = query.value(5).toByteArray();
    job.state = stateFrom(query.value(6).toString());
    job.attempts = query.value(7).toInt();
    job.lastError = query.value(8).toString();
    job.createdAt = fromTimestamp(query.value(9));
    job.updatedAt = fromTimestamp(query.value(10));
    job.printedAt = fromTimestamp(query.value(11));
    return job;
}
} // namespace

PrintQueue::PrintQueue(const Database &database)
    : m_database(database)
{
}

QString PrintQueue::kindCode(PrintJob::Kind kind)
{
    switch (kind) {
    case PrintJob::Kind::Copy:
        return QStringLiteral("copy");
    case PrintJob::Kind::Gift:
        return QStringLiteral("gift");
    case PrintJob::Kind::Test:
        return QStringLiteral("test");
    case PrintJob::Kind::Receipt:
        break;
    }
    return QStringLiteral("receipt");
}

QString PrintQueue::stateCode(PrintJob::State state)
{
    switch (state) {
    case PrintJob::State::Printing:
        return QStringLiteral("printing");
    case PrintJob::State::Printed:
        return QStringLiteral("printed");
    case PrintJob::State::Failed:
        return QStringLiteral("failed");
    case PrintJob::State::Queued:
        break;
    }
    return QStringLiteral("queued");
}

Result<qint64> PrintQueue::enqueue(const PrintJob &job)
{
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_database.connection());
    // OR IGNORE: a sale's receipt queued a second time (the unique index refuses it) is the first job.
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO print_jobs (sale_id, sequence, kind, printer, payload, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // A test page belongs to no sale (the table's CHECK holds that both are empty).
    const bool ofSale = job.kind != PrintJob::Kind::Test;
    query.addBindValue(ofSale ? QVariant(job.saleId) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(ofSale ? QVariant(job.sequence) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(kindCode(job.kind));
    query.addBindValue(job.printer);
    query.addBindValue(job.payload);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Error{
            tr("Receipt %1 could not be queued for printing: %2").arg(job.sequence).arg(query.lastError().text())};
    if (query.numRowsAffected() == 1)
        return query.lastInsertId().toLongLong();
    QSqlQuery existing(m_database.connection());
    existing.prepare(QStringLiteral("SELECT id FROM print_jobs WHERE sequence = ? AND kind = 'receipt'"));
    existing.addBindValue(job.sequence);
    if (!existing.exec() || !existing.next())
        return Error{
            tr("Receipt %1 could not be queued for printing: %2").arg(job.sequence).arg(existing.lastError().text())};
    return existing.value(0).toLongLong();
}

std::optional<PrintJob> PrintQueue::job(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectJobs + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return jobFrom(query);
}

std::optional<PrintJob> PrintQueue::nextQueued() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(selectJobs + QStringLiteral("WHERE state = 'queued' ORDER BY id LIMIT 1")) || !query.next())
        return std::nullopt;
    return jobFrom(query);
}

QList<PrintJob> PrintQueue::jobsForSale(qint64 sequence) const
{
    QList<PrintJob> jobs;
    QSqlQuery query(m_database.connection());
    query.prepare(selectJobs + QStringLiteral("WHERE sequence = ? ORDER BY id"));
    query.addBindValue(sequence);
    if (query.exec()) {
        while (query.next())
            jobs.append(jobFrom(query));
    }
    return jobs;
}

int PrintQueue::queuedCount() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM print_jobs WHERE state IN ('queued', 'printing')")) &&
                   query.next()
               ? query.value(0).toInt()
               : 0;
}

qint64 PrintQueue::lastReceiptSequence() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM print_jobs WHERE kind = 'receipt'")) &&
                   query.next()
               ? query.value(0).toLongLong()
               : 0;
}

Result<void> PrintQueue::markPrinting(qint64 id)
{
    return setState(id, PrintJob::State::Printing, {}, false);
}

Result<void> PrintQueue::markPrinted(qint64 id)
{
    return setState(id, PrintJob::State::Printed, {}, true);
}

Result<void> PrintQueue::requeue(qint64 id, const QString &reason, bool wasSent)
{
    return setState(id, PrintJob::State::Queued, reason, wasSent);
}

Result<void> PrintQueue::markFailed(qint64 id, const QString &reason)
{
    return setState(id, PrintJob::State::Failed, reason, false);
}

Result<void> PrintQueue::setState(qint64 id, PrintJob::State state, const QString &reason, bool countAttempt)
{
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE print_jobs SET state = ?, attempts = attempts + ?, "
                                 "last_error = COALESCE(?, last_error), updated_at = ?, "
                                 "printed_at = CASE WHEN ? = 'printed' THEN ? ELSE printed_at END WHERE id = ?"));
    const QString code = stateCode(state);
    query.addBindValue(code);
    query.addBindValue(countAttempt ? 1 : 0);
    query.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
    query.addBindValue(now);
    query.addBindValue(code);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return Error{tr("Print job %1 could not be updated: %2").arg(id).arg(query.lastError().text())};
    if (query.numRowsAffected() != 1)
        return Error{tr("There is no print job %1.").arg(id)};
    return {};
}

Result<int> PrintQueue::requeueInterrupted()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE print_jobs SET state = 'queued', updated_at = ?, last_error = ? "
                                 "WHERE state = 'printing'"));
    query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(tr("Interrupted while printing: printed again, possibly twice."));
    if (!query.exec())
        return Error{tr("The print queue could not be read: %1").arg(query.lastError().text())};
    return query.numRowsAffected();
}

} // namespace omnitill
