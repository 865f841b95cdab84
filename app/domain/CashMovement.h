#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace omnitill {

// Cash that enters or leaves the drawer other than through a sale: a paid-in (change from the bank), a
// paid-out (the window cleaner, with a reason) or a drop of surplus notes into the safe; and the drawer
// opened with no sale at all (no_sale, amount zero), which is counted but moves no cash.
struct CashMovement
{
    enum class Kind { PaidIn, PaidOut, Drop, NoSale };

    qint64 id = 0;
    qint64 shiftId = 0;
    Kind kind = Kind::PaidIn;
    qint64 amountMinor = 0; // positive, the kind says which way it went; zero for a no-sale
    QString reason;
    QString staffNumber;
    QDateTime at;
};

// "paid_in", "paid_out", "drop", "no_sale": the codes the store keeps.
[[nodiscard]] QString cashMovementKindCode(CashMovement::Kind kind);
[[nodiscard]] std::optional<CashMovement::Kind> cashMovementKindFromCode(const QString &code);

} // namespace omnitill
