#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <functional>

namespace omnitill {

class Database;
class Sale;
class Transaction;

// One finished sale as the journal keeps it.
struct JournalEntry
{
    qint64 sequence = 0; // gapless per terminal: the receipt number
    QString saleId;
    QDateTime completedAt;
    qint64 totalMinor = 0;
    QString currency;
    QJsonObject record; // the canonical sale record, with its sequence and terminal
    QByteArray previousHash;
    QByteArray hash;
};

struct JournalVerification
{
    qint64 checked = 0;
    qint64 firstBrokenSequence = 0; // 0 when the chain is intact as far as it was checked
    QString reason;
    bool cancelled = false; // stopped on request after `checked` entries: nothing is known of the rest

    bool intact() const { return firstBrokenSequence == 0 && !cancelled; }
};

// The append-only, hash-chained record of every finished sale of this terminal. Each entry's hash is
// SHA-256 over the previous entry's hash and the entry's canonical record, so changing, removing or
// reordering any entry breaks every hash after it; the database refuses UPDATE and DELETE outright.
// append() writes the entry and its outbox record for the central store in the caller's transaction,
// so the two exist together or not at all.
class SaleJournal
{
public:
    explicit SaleJournal(const Database &database);

    static QByteArray genesisHash();

    // attribution (who sold, in which shift) is added to the canonical record, so the hash covers it.
    [[nodiscard]] Result<JournalEntry> append(Transaction &transaction, const Sale &sale,
                                              const QJsonObject &attribution = {});
    // Appends any other finished record (a return: kind "return") under the next receipt number, with its
    // outbox entry of that kind, in the caller's transaction. record must carry "sale", its unique id.
    [[nodiscard]] Result<JournalEntry> appendRecord(Transaction &transaction, const QString &kind,
                                                    const QString &terminalId, const QDateTime &completedAt,
                                                    qint64 totalMinor, const QJsonObject &record);
    [[nodiscard]] std::optional<JournalEntry> entry(qint64 sequence) const;
    [[nodiscard]] std::optional<JournalEntry> entryForSale(const QString &saleId) const;
    [[nodiscard]] qint64 lastSequence() const;
    [[nodiscard]] qint64 outboxCount() const;
    // Recomputes every hash from the first entry on; reports the first entry that does not match.
    // goOn, when given, hears every thousandth entry checked and stops the check by returning false.
    [[nodiscard]] JournalVerification verify(const std::function<bool(qint64 checked)> &goOn = {}) const;

    static QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonicalRecord);

private:
    const Database &m_database;
};

} // namespace omnitill
