#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace omnitill {

class Database;

// What the journal says about returns: the earlier returns of a sale, the lowest price a SKU sold at
// lately (for a return without a receipt), and how much of a return's store credit later sales used.
// Read-only; the records themselves are written by SaleJournal.
class ReturnHistory
{
    Q_DECLARE_TR_FUNCTIONS(ReturnHistory)

public:
    explicit ReturnHistory(const Database &database);

    // The return records that reference the sale, oldest first.
    [[nodiscard]] Result<QList<QJsonObject>> returnsOf(const QString &saleId) const;
    // The lowest price per unit (per kg for goods by weight) a completed sale since `since` was paid for the
    // SKU, discounts and promotions included; nothing if it did not sell in that time.
    [[nodiscard]] Result<std::optional<qint64>> lowestUnitPaid(const QString &sku, const QDateTime &since) const;
    // What completed sales paid with the tender reference (Return::creditReference()).
    [[nodiscard]] Result<qint64> creditUsed(const QString &reference) const;

private:
    const Database &m_database;
};

} // namespace omnitill
