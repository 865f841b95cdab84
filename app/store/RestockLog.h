#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace omnitill {

class Database;

// Units back on this store's shelf from online orders returned here (restocks, till migration 0015): the
// store's record of what came in, one row per returned order line, written once the central store has recorded
// the return. The return's UUID and the line make a row unique, so recording a return twice counts nothing
// twice.
class RestockLog
{
    Q_DECLARE_TR_FUNCTIONS(RestockLog)

public:
    struct Line
    {
        int lineNo = 0; // the order's line
        QString sku;
        qint64 quantity = 0;
    };

    struct Totals
    {
        qint64 returns = 0; // online orders' returns
        qint64 units = 0;
    };

    explicit RestockLog(const Database &database);

    [[nodiscard]] Result<void> recordOnlineReturn(const QString &returnId, const QString &orderNumber,
                                                  const QList<Line> &lines, const QDateTime &at);
    // The units of the SKU put back in stock here by returns.
    [[nodiscard]] Result<qint64> unitsBack(const QString &sku) const;
    // Online returns taken here in [from, until).
    [[nodiscard]] Result<Totals> between(const QDateTime &from, const QDateTime &until) const;

private:
    const Database &m_database;
};

} // namespace omnitill
