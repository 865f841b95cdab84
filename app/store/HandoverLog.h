#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace omnitill {

class Database;

// The online orders handed over at this store (handovers, till migration 0018): one row per pickup id, written
// when the hand-over is recorded, at the central store at once or in the outbox while it cannot be reached. The
// back office counts them; the central store stays the truth about each order.
class HandoverLog
{
    Q_DECLARE_TR_FUNCTIONS(HandoverLog)

public:
    struct Totals
    {
        qint64 pickups = 0;
        qint64 units = 0;
    };

    explicit HandoverLog(const Database &database);

    // Recording the same pickup id again changes nothing.
    [[nodiscard]] Result<void> record(const QString &pickupId, const QString &orderNumber, qint64 units, bool offline,
                                      const QDateTime &at);
    // Hand-overs in [from, until).
    [[nodiscard]] Result<Totals> between(const QDateTime &from, const QDateTime &until) const;

private:
    const Database &m_database;
};

} // namespace omnitill
