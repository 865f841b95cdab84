#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace omnitill {

class Database;

// What the back office looks for in the journal. Every field set narrows the search; none set lists the
// newest records. Amounts are the record's total in minor units (negative for a refund).
struct JournalQuery
{
    std::optional<qint64> receipt;      // the receipt number (journal sequence)
    QDateTime from;                     // inclusive; invalid: no lower bound
    QDateTime until;                    // exclusive; invalid: no upper bound
    std::optional<qint64> minimumTotal; // inclusive
    std::optional<qint64> maximumTotal; // inclusive
    QString customerId;
    QString staff;             // the staff number the record was made under
    QString sku;               // records with a line of this item
    qint64 beforeSequence = 0; // paging: only records older than this receipt number; 0: from the newest
    int limit = 50;
};

// One record found: enough for a result row; the whole record is SaleJournal::entry(sequence).
struct JournalHit
{
    qint64 sequence = 0;
    QString saleId;
    QString kind; // sale, voided, return
    QDateTime completedAt;
    qint64 totalMinor = 0;
    QString customerId;
    QString staff;
};

// Searches the journal through its search index (journal_index and journal_items, kept by triggers on the
// journal), newest first, a page at a time. Paging is by receipt number rather than offset, so the next page
// costs the same as the first however deep the reader goes, and records appended meanwhile do not shift it.
// Read-only.
class JournalSearch
{
    Q_DECLARE_TR_FUNCTIONS(JournalSearch)

public:
    explicit JournalSearch(const Database &database);

    [[nodiscard]] Result<QList<JournalHit>> find(const JournalQuery &query) const;

private:
    const Database &m_database;
};

} // namespace omnitill
