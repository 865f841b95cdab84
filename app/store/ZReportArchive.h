#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace omnitill {

class Database;
class Transaction;

// One Z report as it was printed.
struct ZReportEntry
{
    qint64 zNumber = 0;
    QString terminalId;
    qint64 shiftId = 0;
    QDateTime createdAt;
    QJsonObject report; // ShiftReport::toJson()
    QString text;       // ReportText's rendering, as printed
    QByteArray previousHash;
    QByteArray hash;
};

// Every Z report of this till, kept for good. Z numbers run from 1 without gaps (the database refuses
// any other next number), entries are never changed or removed (refused by triggers), and each is
// hash-chained to the one before like the sale journal, so verify() finds a report altered behind the
// triggers' back.
class ZReportArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZReportArchive)

public:
    explicit ZReportArchive(const Database &database);

    [[nodiscard]] Result<qint64> nextNumber() const;
    // Writes the report under entry.zNumber in the caller's transaction; fills in the hashes.
    [[nodiscard]] Result<ZReportEntry> append(Transaction &transaction, ZReportEntry entry);
    [[nodiscard]] Result<std::optional<ZReportEntry>> entry(qint64 zNumber) const;
    // Recomputes the chain; the error names the first Z report that does not match.
    [[nodiscard]] Result<qint64> verify() const;

    [[nodiscard]] static QByteArray chainHash(const QByteArray &previousHash, const QByteArray &report,
                                              const QString &text);

private:
    const Database &m_database;
};

} // namespace omnitill
