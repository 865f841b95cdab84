#include "SaleJournal.h"

#include "Database.h"
#include "Sale.h"
#include "SaleRecord.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

namespace omnitill {

namespace {
Error sqlError(const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("SaleJournal", "The journal could not be written: %1")
                     .arg(query.lastError().text())};
}

JournalEntry entryFrom(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.saleId = query.value(1).toString();
    entry.completedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    entry.totalMinor = query.value(3).toLongLong();
    entry.currency = query.value(4).toString();
    entry.record = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
    entry.previousHash = query.value(6).toByteArray();
    entry.hash = query.value(7).toByteArray();
    return entry;
}

const auto selectEntries = QStringLiteral(
    "SELECT sequence, sale_id, completed_at, total_minor, currency, record, previous_hash, hash FROM journal ");
} // namespace

SaleJournal::SaleJournal(const Database &database)
    : m_database(database)
{
}

QByteArray SaleJournal::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray SaleJournal::chainHash(const QByteArray &previousHash, const QByteArray &canonicalRecord)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalRecord);
    return hash.result().toHex();
}

Result<JournalEntry> SaleJournal::append(Transaction &transaction, const Sale &sale, const QJsonObject &attribution)
{
    QJsonObject record = saleRecord(sale);
    for (auto it = attribution.constBegin(); it != attribution.constEnd(); ++it)
        record.insert(it.key(), it.value());
    return appendRecord(transaction, QStringLiteral("sale"), sale.terminalId(), sale.closedAt(),
                        sale.totals().totalDueMinor, record);
}

Result<JournalEntry> SaleJournal::appendRecord(Transaction &transaction, const QString &kind, const QString &terminalId,
                                               const QDateTime &completedAt, qint64 totalMinor,
                                               const QJsonObject &record)
{
    Q_ASSERT(transaction.isOpen());
    QSqlQuery last(m_database.connection());
    if (!last.exec(QStringLiteral("SELECT sequence, hash FROM journal ORDER BY sequence DESC LIMIT 1")))
        return sqlError(last);
    JournalEntry entry;
    entry.sequence = last.next() ? last.value(0).toLongLong() + 1 : 1;
    entry.previousHash = last.isValid() ? last.value(1).toByteArray() : genesisHash();
    entry.saleId = record.value(QLatin1String("sale")).toString();
    entry.completedAt = completedAt;
    entry.totalMinor = totalMinor;
    entry.currency = record.value(QLatin1String("currency")).toString();
    entry.record = record;
    entry.record.insert(QLatin1String("sequence"), entry.sequence);
    const QByteArray canonical = QJsonDocument(entry.record).toJson(QJsonDocument::Compact);
    entry.hash = chainHash(entry.previousHash, canonical);

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO journal (sequence, terminal_id, sale_id, completed_at, total_minor, "
                                  "currency, record, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.sequence);
    insert.addBindValue(terminalId);
    insert.addBindValue(entry.saleId);
    insert.addBindValue(entry.completedAt.toUTC().toString(Qt::ISODateWithMs));
    insert.addBindValue(entry.totalMinor);
    insert.addBindValue(entry.currency);
    insert.addBindValue(canonical);
    insert.addBindValue(entry.previousHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec())
        return sqlError(insert);

    QSqlQuery outbox(m_database.connection());
    outbox.prepare(QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
    outbox.addBindValue(entry.saleId);
    outbox.addBindValue(kind);
    outbox.addBindValue(canonical);
    outbox.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!outbox.exec())
        return sqlError(outbox);
    return entry;
}

std::optional<JournalEntry> SaleJournal::entry(qint64 sequence) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectEntries + QStringLiteral("WHERE sequence = ?"));
    query.addBindValue(sequence);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

std::optional<JournalEntry> SaleJournal::entryForSale(const QString &saleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectEntries + QStringLiteral("WHERE sale_id = ?"));
    query.addBindValue(saleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

qint64 SaleJournal::lastSequence() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM journal")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

qint64 SaleJournal::outboxCount() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && query.next() ? query.value(0).toLongLong() : 0;
}

JournalVerification SaleJournal::verify(const std::function<bool(qint64 checked)> &goOn) const
{
    JournalVerification result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sequence, record, previous_hash, hash FROM journal ORDER BY sequence"))) {
        result.firstBrokenSequence = -1;
        result.reason = QCoreApplication::translate("SaleJournal", "The journal could not be read");
        return result;
    }
    QByteArray expectedPrevious = genesisHash();
    qint64 expectedSequence = 1;
    while (query.next()) {
        const qint64 sequence = query.value(0).toLongLong();
        const auto broken = [&](const QString &reason) {
            result.firstBrokenSequence = sequence;
            result.reason = reason;
            return result;
        };
        if (sequence != expectedSequence)
            return broken(QCoreApplication::translate("SaleJournal", "Receipt %1 is missing").arg(expectedSequence));
        if (query.value(2).toByteArray() != expectedPrevious)
            return broken(QCoreApplication::translate("SaleJournal", "Receipt %1 does not follow receipt %2")
                              .arg(sequence)
                              .arg(sequence - 1));
        const QByteArray record = query.value(1).toByteArray();
        const QByteArray hash = query.value(3).toByteArray();
        if (chainHash(expectedPrevious, record) != hash)
            return broken(QCoreApplication::translate("SaleJournal", "Receipt %1 was altered").arg(sequence));
        if (QJsonDocument::fromJson(record).object().value(QLatin1String("sequence")).toInteger() != sequence)
            return broken(
                QCoreApplication::translate("SaleJournal", "Receipt %1 carries another number").arg(sequence));
        expectedPrevious = hash;
        ++expectedSequence;
        ++result.checked;
        if (goOn && result.checked % 1000 == 0 && !goOn(result.checked)) {
            result.cancelled = true;
            return result;
        }
    }
    return result;
}

} // namespace omnitill
