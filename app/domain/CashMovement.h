#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace omnitill {

// Cash that enters or leaves the drawer other than through a sale: a paid-in (change from the bank), a
// paid-out (the window cleaner, with a reason) or a drop of surplus notes into the safe.
struct CashMovement
{
    enum class Kind { PaidIn, PaidOut, Drop };

    qint64 id = 0;
    qint64 shiftId = 0;
    Kind kind = Kind::PaidIn;
    qint64 amountMinor = 0; // always positive; the kind says which way it went
    QString reason;
    QString staffNumber;
    QDateTime at;
};

// "paid_in", "paid_out", "drop": the codes the store keeps.
[[nodiscard]] QString cashMovementKindCode(CashMovement::Kind kind);
[[nodiscard]] std::optional<CashMovement::Kind> cashMovementKindFromCode(const QString &code);

} // namespace omnitill
