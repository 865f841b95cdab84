#include "Permission.h"

#include <QCoreApplication>

namespace omnitill {

namespace {
struct PermissionName
{
    Permission permission;
    const char *code;
    const char *title;
};

// One table so a code, its enum and its title cannot drift apart.
constexpr PermissionName names[] = {
    {Permission::Sell, "sell", QT_TRANSLATE_NOOP("Permission", "Sell")},
    {Permission::OpenShift, "open_shift", QT_TRANSLATE_NOOP("Permission", "Open a shift")},
    {Permission::CloseShift, "close_shift", QT_TRANSLATE_NOOP("Permission", "Close a shift")},
    {Permission::CashDrop, "cash_drop", QT_TRANSLATE_NOOP("Permission", "Drop cash to the safe")},
    {Permission::PaidIn, "paid_in", QT_TRANSLATE_NOOP("Permission", "Pay cash in")},
    {Permission::PaidOut, "paid_out", QT_TRANSLATE_NOOP("Permission", "Pay cash out")},
    {Permission::PriceOverride, "price_override", QT_TRANSLATE_NOOP("Permission", "Change a price")},
    {Permission::VoidLineAfterTender, "void_line_after_tender",
     QT_TRANSLATE_NOOP("Permission", "Void a line after payment started")},
    {Permission::VoidSale, "void_sale", QT_TRANSLATE_NOOP("Permission", "Void a sale")},
    {Permission::ReturnWithoutReceipt, "return_without_receipt",
     QT_TRANSLATE_NOOP("Permission", "Take a return without a receipt")},
    {Permission::DiscountOverLimit, "discount_over_limit",
     QT_TRANSLATE_NOOP("Permission", "Give a discount above the limit")},
    {Permission::OpenDrawerNoSale, "open_drawer_no_sale",
     QT_TRANSLATE_NOOP("Permission", "Open the drawer without a sale")},
    {Permission::ManageStaff, "manage_staff", QT_TRANSLATE_NOOP("Permission", "Manage staff")},
    {Permission::ViewReports, "view_reports", QT_TRANSLATE_NOOP("Permission", "View reports")},
};
} // namespace

QString permissionCode(Permission permission)
{
    for (const PermissionName &name : names) {
        if (name.permission == permission)
            return QString::fromLatin1(name.code);
    }
    Q_UNREACHABLE();
}

std::optional<Permission> permissionFromCode(const QString &code)
{
    for (const PermissionName &name : names) {
        if (code == QLatin1String(name.code))
            return name.permission;
    }
    return std::nullopt;
}

QString permissionTitle(Permission permission)
{
    for (const PermissionName &name : names) {
        if (name.permission == permission)
            return QCoreApplication::translate("Permission", name.title);
    }
    Q_UNREACHABLE();
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (const PermissionName &name : names)
        all.append(name.permission);
    return all;
}

} // namespace omnitill
