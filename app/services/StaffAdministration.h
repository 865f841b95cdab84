#pragma once

#include "Result.h"
#include "StaffMember.h"

#include <QCoreApplication>

namespace omnitill {

class StaffService;

// The staff list as a manager keeps it in the back office: add a staff member, disable and enable one,
// change a role, reset a PIN, release an account that wrong PINs locked. Every change is made by the staff
// member signed in, who must hold Permission::ManageStaff themselves: no approval lends that right.
//
// Invariants: a staff number is 1 to 8 digits (what a staff card carries) and names one member only; a PIN
// passes the rules sign-in uses (PinHasher::checkPin) and is stored only hashed, never logged; nobody
// disables or demotes themselves, and the store always keeps at least one active member who may manage
// staff, so the till can never lose its last manager.
class StaffAdministration
{
    Q_DECLARE_TR_FUNCTIONS(StaffAdministration)

public:
    explicit StaffAdministration(StaffService &staff);

    // Ok when the one signed in may change staff; otherwise why not, for a read-only list.
    [[nodiscard]] Result<void> mayManage() const;

    [[nodiscard]] Result<QList<StaffMember>> staff() const;
    [[nodiscard]] Result<QList<Role>> roles() const;

    [[nodiscard]] Result<void> add(const QString &staffNumber, const QString &name, const QString &roleCode,
                                   const QString &pin);
    [[nodiscard]] Result<void> setActive(const QString &staffNumber, bool active);
    [[nodiscard]] Result<void> changeRole(const QString &staffNumber, const QString &roleCode);
    [[nodiscard]] Result<void> resetPin(const QString &staffNumber, const QString &pin);
    [[nodiscard]] Result<void> releaseLockout(const QString &staffNumber);

private:
    // The member a change is about, after mayManage().
    [[nodiscard]] Result<StaffMember> changeable(const QString &staffNumber) const;
    // Refuses when taking member's right to manage staff (disabling or demoting) leaves no active manager.
    [[nodiscard]] Result<void> anotherManagerRemains(const StaffMember &member) const;
    [[nodiscard]] bool isSignedIn(const StaffMember &member) const;

    StaffService &m_staff;
};

} // namespace omnitill
