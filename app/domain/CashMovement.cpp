#include "CashMovement.h"

namespace omnitill {

QString cashMovementKindCode(CashMovement::Kind kind)
{
    switch (kind) {
    case CashMovement::Kind::PaidIn:
        return QStringLiteral("paid_in");
    case CashMovement::Kind::PaidOut:
        return QStringLiteral("paid_out");
    case CashMovement::Kind::Drop:
        return QStringLiteral("drop");
    case CashMovement::Kind::NoSale:
        return QStringLiteral("no_sale");
    }
    Q_UNREACHABLE();
}

std::optional<CashMovement::Kind> cashMovementKindFromCode(const QString &code)
{
    for (const auto kind : {CashMovement::Kind::PaidIn, CashMovement::Kind::PaidOut, CashMovement::Kind::Drop,
                            CashMovement::Kind::NoSale}) {
        if (cashMovementKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

} // namespace omnitill
