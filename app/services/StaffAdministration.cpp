#include "StaffAdministration.h"

#include "MagneticStripe.h"
#include "PinHasher.h"
#include "StaffService.h"

#include <QLoggingCategory>
#include <algorithm>

namespace omnitill {

Q_LOGGING_CATEGORY(lcStaffAdministration, "omnitill.staff.administration")

namespace {
bool isManager(const StaffMember &member)
{
    return member.active && member.role.allows(Permission::ManageStaff);
}
} // namespace

StaffAdministration::StaffAdministration(StaffService &staff)
    : m_staff(staff)
{
}

Result<void> StaffAdministration::mayManage() const
{
    if (!m_staff.current())
        return Error{tr("Nobody is signed in.")};
    // The rights as the store has them now, not as they were at sign-in: another till may have changed them.
    auto acting = m_staff.repository().find(m_staff.current()->staffNumber);
    if (!acting)
        return Error{acting.error()};
    if (!*acting || !isManager(**acting))
        return Error{tr("%1 may look at the staff list; only a manager may change it.").arg(m_staff.current()->name)};
    return {};
}

Result<QList<StaffMember>> StaffAdministration::staff() const
{
    return m_staff.repository().all();
}

Result<QList<Role>> StaffAdministration::roles() const
{
    return m_staff.repository().roles();
}

bool StaffAdministration::isSignedIn(const StaffMember &member) const
{
    return m_staff.current() && m_staff.current()->staffNumber == member.staffNumber;
}

Result<StaffMember> StaffAdministration::changeable(const QString &staffNumber) const
{
    if (auto allowed = mayManage(); !allowed)
        return Error{allowed.error()};
    auto found = m_staff.repository().find(staffNumber);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return Error{tr("There is no staff member %1.").arg(staffNumber)};
    return **found;
}

Result<void> StaffAdministration::anotherManagerRemains(const StaffMember &member) const
{
    if (!isManager(member))
        return {};
    auto all = staff();
    if (!all)
        return Error{all.error()};
    const bool another = std::any_of(all->cbegin(), all->cend(), [&member](const StaffMember &other) {
        return other.staffNumber != member.staffNumber && isManager(other);
    });
    if (!another)
        return Error{tr("%1 is the last active manager: make someone else a manager first.").arg(member.name)};
    return {};
}

Result<void> StaffAdministration::add(const QString &staffNumber, const QString &name, const QString &roleCode,
                                      const QString &pin)
{
    if (auto allowed = mayManage(); !allowed)
        return allowed;
    const QString number = staffNumber.trimmed();
    const bool digits = std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (number.isEmpty() || number.size() > MagneticStripe::staffNumberMaxDigits || !digits)
        return Error{tr("A staff number is 1 to %1 digits.").arg(MagneticStripe::staffNumberMaxDigits)};
    if (name.trimmed().isEmpty())
        return Error{tr("Type the staff member's name.")};
    auto existing = m_staff.repository().find(number);
    if (!existing)
        return Error{existing.error()};
    if (*existing)
        return Error{tr("Staff number %1 is already %2's.").arg(number, (*existing)->name)};
    if (auto added = m_staff.addStaff(number, name.trimmed(), roleCode, pin); !added)
        return added;
    qCInfo(lcStaffAdministration) << "staff" << number << "added as" << roleCode << "by"
                                  << m_staff.current()->staffNumber;
    return {};
}

Result<void> StaffAdministration::setActive(const QString &staffNumber, bool active)
{
    auto member = changeable(staffNumber);
    if (!member)
        return Error{member.error()};
    if (!active) {
        if (auto remains = anotherManagerRemains(*member); !remains)
            return remains;
        if (isSignedIn(*member))
            return Error{tr("You cannot disable yourself: another manager must.")};
    }
    if (auto saved = m_staff.repository().setActive(member->staffNumber, active); !saved)
        return saved;
    qCInfo(lcStaffAdministration) << "staff" << member->staffNumber << (active ? "enabled" : "disabled") << "by"
                                  << m_staff.current()->staffNumber;
    return {};
}

Result<void> StaffAdministration::changeRole(const QString &staffNumber, const QString &roleCode)
{
    auto member = changeable(staffNumber);
    if (!member)
        return Error{member.error()};
    auto role = m_staff.repository().role(roleCode);
    if (!role)
        return Error{role.error()};
    if (!*role)
        return Error{tr("There is no role %1.").arg(roleCode)};
    if (!(*role)->allows(Permission::ManageStaff)) {
        if (auto remains = anotherManagerRemains(*member); !remains)
            return remains;
        if (isSignedIn(*member))
            return Error{tr("You cannot take away your own right to manage staff: another manager must.")};
    }
    if (auto saved = m_staff.repository().setRole(member->staffNumber, roleCode); !saved)
        return saved;
    qCInfo(lcStaffAdministration) << "staff" << member->staffNumber << "is now" << roleCode << "by"
                                  << m_staff.current()->staffNumber;
    return {};
}

Result<void> StaffAdministration::resetPin(const QString &staffNumber, const QString &pin)
{
    auto member = changeable(staffNumber);
    if (!member)
        return Error{member.error()};
    auto hash = PinHasher(m_staff.policy().pinHashIterations).hash(pin);
    if (!hash)
        return Error{hash.error()};
    if (auto saved = m_staff.repository().setPinHash(member->staffNumber, *hash); !saved)
        return saved;
    qCInfo(lcStaffAdministration) << "PIN of staff" << member->staffNumber << "reset by"
                                  << m_staff.current()->staffNumber;
    return {};
}

Result<void> StaffAdministration::releaseLockout(const QString &staffNumber)
{
    auto member = changeable(staffNumber);
    if (!member)
        return Error{member.error()};
    if (!member->locked)
        return Error{tr("%1 is not locked.").arg(member->name)};
    if (auto released = m_staff.repository().release(member->staffNumber); !released)
        return released;
    qCInfo(lcStaffAdministration) << "staff" << member->staffNumber << "released by" << m_staff.current()->staffNumber;
    return {};
}

} // namespace omnitill
