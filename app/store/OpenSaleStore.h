#pragma once

#include "Result.h"
#include "SaleEvent.h"

#include <QList>
#include <QUuid>

namespace omnitill {

class Database;
class Transaction;

// The sales not finished yet: the one on screen and the parked ones, each kept as its events. Every
// accepted event is written (and, with synchronous=FULL, on disk) before the screen shows it, so a
// crash or power cut restores each sale to the line. A sale leaves this table in the same transaction
// that enters it into the journal.
class OpenSaleStore
{
public:
    explicit OpenSaleStore(const Database &database);

    // position is the event's index in its sale, from 0.
    [[nodiscard]] Result<void> append(const QUuid &saleId, qsizetype position, const SaleEvent &event);
    [[nodiscard]] Result<void> discard(Transaction &transaction, const QUuid &saleId);
    // Every open sale's events in order, the sales ordered by when they were opened.
    [[nodiscard]] Result<QList<QList<SaleEvent>>> load() const;

private:
    const Database &m_database;
};

} // namespace omnitill
