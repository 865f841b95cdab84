#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace omnitill {

// What a role may do on its own. Stored in the store database as the code ("void_sale"), so a store can
// change a role's rights without a new build; an action a role lacks needs a manager's approval.
enum class Permission {
    Sell,
    OpenShift,
    CloseShift,
    CashDrop,
    PaidIn,
    PaidOut,
    PriceOverride,
    VoidLineAfterTender,
    VoidSale,
    ReturnWithoutReceipt,
    DiscountOverLimit,
    OpenDrawerNoSale,
    ManageStaff,
    ViewReports,
};

// "void_sale": the code stored in role_permissions and written into approvals.
[[nodiscard]] QString permissionCode(Permission permission);
// Unknown codes (from a newer build) give nothing rather than a guess.
[[nodiscard]] std::optional<Permission> permissionFromCode(const QString &code);
// "Void a sale": what an approval dialog or a refusal names, translated.
[[nodiscard]] QString permissionTitle(Permission permission);
[[nodiscard]] QList<Permission> allPermissions();

} // namespace omnitill
