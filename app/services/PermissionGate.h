#pragma once

#include "Permission.h"
#include "Result.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace omnitill {

// What a use case asks before it does something only some staff may do. CheckoutService and
// ShiftService depend on this interface alone, so they know nothing of PINs, roles or dialogs; the
// till's implementation is StaffPermissionGate, a test may supply its own.
class PermissionGate
{
public:
    virtual ~PermissionGate() = default;

    // The staff number the action is recorded under: whoever is signed in; empty if nobody is.
    [[nodiscard]] virtual QString actingStaffNumber() const = 0;
    // The largest discount (basis points, 1000 = 10 %) the signed-in staff member may give alone; a larger
    // one needs Permission::DiscountOverLimit.
    [[nodiscard]] virtual qint64 discountLimitBasisPoints() const = 0;
    // Ok when the signed-in staff member may do the action, or when it was approved for exactly these
    // details and the approval has not been used yet. Otherwise an error saying what to do next.
    [[nodiscard]] virtual Result<void> authorize(Permission permission, const QJsonObject &details) = 0;
};

// The fields a journal record carries about who did it and in which shift: the gate's acting staff
// number and the open shift, each only when the till has one, so a till without staff rules writes the
// same records as before. Shared by every use case that journals (sales, returns).
[[nodiscard]] QJsonObject staffAndShift(const PermissionGate *gate,
                                        const std::function<std::optional<qint64>()> &openShiftId);

} // namespace omnitill
