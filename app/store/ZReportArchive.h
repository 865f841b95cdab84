#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
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

// One line of the Z report history: the figures a manager looks for a report by, read from the archived
// report (so they are what was printed), without its text.
struct ZReportSummary
{
    qint64 zNumber = 0;
    QString terminalId;
    qint64 shiftId = 0;
    QDateTime openedAt;
    QDateTime closedAt;
    QString openedBy; // staff numbers
    QString closedBy;
    QHash<QString, QString> staffNames; // staff number → name, as the report was printed with them
    QString currency;
    qint64 salesCount = 0;
    qint64 salesMinor = 0;
    qint64 returnsMinor = 0;
    qint64 expectedCashMinor = 0;
    qint64 countedCashMinor = 0;
    qint64 overShortMinor = 0;
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
    // A page of the history, newest first: at most limit reports numbered below beforeZNumber (0: from the
    // newest). The next page starts before the last one returned.
    [[nodiscard]] Result<QList<ZReportSummary>> page(int limit, qint64 beforeZNumber = 0) const;
    // Recomputes the chain; the error names the first Z report that does not match.
    [[nodiscard]] Result<qint64> verify() const;

    [[nodiscard]] static QByteArray chainHash(const QByteArray &previousHash, const QByteArray &report,
                                              const QString &text);

private:
    const Database &m_database;
};

} // namespace omnitill
