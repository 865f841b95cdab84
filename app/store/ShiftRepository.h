#pragma once

#include "CashMovement.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace omnitill {

class Database;
class Transaction;

// A till session as it was opened: the counted float, and where the journal stood.
struct Shift
{
    qint64 id = 0;
    QString terminalId;
    QString openedBy;
    QDateTime openedAt;
    qint64 floatMinor = 0;
    QMap<qint64, qint64> floatCount; // denomination in minor units → pieces; optional, may be empty
    qint64 journalSequenceAtOpen = 0;
};

// How a shift ended: the blind count, what the till expected and the difference.
struct ShiftClosing
{
    qint64 shiftId = 0;
    QString closedBy;
    QDateTime closedAt;
    qint64 countedMinor = 0;
    qint64 expectedMinor = 0;
    qint64 overShortMinor = 0;
    qint64 zNumber = 0;
};

// Shifts, their cash movements and closings in the store database. All three tables are append-only
// (the database refuses UPDATE and DELETE); a shift is open while it has no closing, a terminal has at
// most one open shift, and a closed shift takes no more cash movements, all enforced by triggers.
class ShiftRepository
{
    Q_DECLARE_TR_FUNCTIONS(ShiftRepository)

public:
    explicit ShiftRepository(const Database &database);

    // Returns the new shift's id. Fails when the terminal already has an open shift.
    [[nodiscard]] Result<qint64> open(const Shift &shift);
    [[nodiscard]] Result<std::optional<Shift>> openShift(const QString &terminalId) const;
    [[nodiscard]] Result<std::optional<Shift>> shift(qint64 id) const;

    [[nodiscard]] Result<qint64> addMovement(const CashMovement &movement);
    [[nodiscard]] Result<QList<CashMovement>> movements(qint64 shiftId) const;
    // The journal records of the shift's sales, completed and voided, in receipt order.
    [[nodiscard]] Result<QList<QJsonObject>> saleRecords(const Shift &shift) const;

    [[nodiscard]] Result<void> close(Transaction &transaction, const ShiftClosing &closing);
    [[nodiscard]] Result<std::optional<ShiftClosing>> closing(qint64 shiftId) const;

private:
    [[nodiscard]] Result<std::optional<Shift>> shiftWhere(const QString &condition, const QVariant &value) const;

    const Database &m_database;
};

} // namespace omnitill
