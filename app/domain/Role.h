#pragma once

#include "Permission.h"

#include <QSet>

namespace omnitill {

// A role (cashier, supervisor, manager) as the store database defines it: what its members may do alone
// and the largest discount they may give without approval.
struct Role
{
    QString code;
    QString name;
    QSet<Permission> permissions;
    qint64 discountLimitBasisPoints = 0; // 1000 is 10.00 %

    bool allows(Permission permission) const { return permissions.contains(permission); }
};

} // namespace omnitill
