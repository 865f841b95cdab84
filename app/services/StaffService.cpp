#include "StaffService.h"

#include "Database.h"
#include "MagneticStripe.h"
#include "PinHasher.h"

namespace omnitill {

Q_LOGGING_CATEGORY(lcStaff, "omnitill.staff")

StaffService::StaffService(const Database &database, StaffPolicy policy, QObject *parent)
    : QObject(parent)
    , m_repository(database)
    , m_policy(policy)
{
}

Result<StaffMember> StaffService::authenticate(const QString &staffNumber, const QString &secret,
                                               StaffCredential credential)
{
    const bool card = credential == StaffCredential::StaffCard;
    const auto wrong = [card] {
        return Error{card ? tr("This staff card is not valid") : tr("Wrong staff number or PIN")};
    };
    auto found = m_repository.find(staffNumber);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return wrong();
    const StaffMember &member = **found;
    // A locked account is refused before its PIN is checked: guessing on costs nothing and tells nothing.
    if (member.locked)
        return Error{
            tr("Staff %1 is locked after too many wrong PINs. A manager must release the account.").arg(staffNumber)};
    auto hash = card ? m_repository.cardHash(staffNumber) : m_repository.pinHash(staffNumber);
    if (!hash)
        return Error{hash.error()};
    // No card assigned: nothing was guessed, so nothing is counted.
    if (card && hash->isEmpty())
        return wrong();
    if (!PinHasher::verify(secret, *hash)) {
        auto counted = m_repository.recordFailedAttempt(staffNumber, m_policy.lockoutAttempts, m_clock());
        if (!counted)
            return Error{counted.error()};
        // Who tried is worth a line in the log; what they typed or swiped never is.
        qCInfo(lcStaff) << (card ? "wrong staff card for staff" : "wrong PIN for staff") << staffNumber << "attempt"
                        << counted->failedAttempts;
        if (counted->locked) {
            Q_EMIT accountLocked(staffNumber);
            return Error{tr("Wrong PIN. Staff %1 is now locked; a manager must release the account.").arg(staffNumber)};
        }
        return wrong();
    }
    if (!member.active)
        return Error{tr("Staff %1 is not active").arg(staffNumber)};
    if (member.failedAttempts > 0) {
        if (auto cleared = m_repository.clearFailedAttempts(staffNumber); !cleared)
            return Error{cleared.error()};
    }
    // The store's iteration count was raised since this PIN was set: store a stronger hash now, while
    // the PIN is at hand. A failure only delays it to the next sign-in.
    const PinHasher hasher(m_policy.pinHashIterations);
    if (hasher.needsRehash(*hash)) {
        if (auto stronger = hasher.hashSecret(secret);
            stronger &&
            (card ? m_repository.setCardHash(staffNumber, *stronger) : m_repository.setPinHash(staffNumber, *stronger)))
            qCInfo(lcStaff) << "stronger hash stored for staff" << staffNumber;
    }
    StaffMember signedIn = member;
    signedIn.failedAttempts = 0;
    return signedIn;
}

Result<StaffMember> StaffService::signIn(const QString &staffNumber, const QString &secret,
                                         std::optional<Permission> required, StaffCredential credential)
{
    auto member = authenticate(staffNumber, secret, credential);
    if (!member)
        return member;
    if (required && !member->role.allows(*required))
        return Error{tr("%1 may not do this: %2").arg(member->name, permissionTitle(*required))};
    m_current = *member;
    Q_EMIT signedInChanged();
    return member;
}

Result<StaffMember> StaffService::resume(const QString &staffNumber, Permission required)
{
    auto found = m_repository.find(staffNumber);
    if (!found)
        return Error{found.error()};
    if (!*found)
        return Error{tr("Staff %1 is no longer on the staff list").arg(staffNumber)};
    const StaffMember &member = **found;
    if (member.locked)
        return Error{
            tr("Staff %1 is locked after too many wrong PINs. A manager must release the account.").arg(staffNumber)};
    if (!member.active)
        return Error{tr("Staff %1 is not active").arg(staffNumber)};
    if (!member.role.allows(required))
        return Error{tr("%1 may not do this: %2").arg(member.name, permissionTitle(required))};
    m_current = member;
    Q_EMIT signedInChanged();
    return member;
}

void StaffService::signOut()
{
    if (!m_current)
        return;
    m_current.reset();
    Q_EMIT signedInChanged();
}

bool StaffService::currentMay(Permission permission) const
{
    return m_current && m_current->role.allows(permission);
}

Result<void> StaffService::release(const QString &lockedStaffNumber, const QString &managerNumber,
                                   const QString &managerPin)
{
    auto manager = authenticate(managerNumber, managerPin);
    if (!manager)
        return Error{manager.error()};
    if (!manager->role.allows(Permission::ManageStaff))
        return Error{tr("%1 may not release accounts; ask a manager").arg(manager->name)};
    return m_repository.release(lockedStaffNumber);
}

Result<void> StaffService::addStaff(const QString &staffNumber, const QString &name, const QString &roleCode,
                                    const QString &pin)
{
    if (!currentMay(Permission::ManageStaff))
        return Error{tr("Only a manager may add staff")};
    auto role = m_repository.role(roleCode);
    if (!role)
        return Error{role.error()};
    if (!*role)
        return Error{tr("There is no role %1").arg(roleCode)};
    auto hash = PinHasher(m_policy.pinHashIterations).hash(pin);
    if (!hash)
        return Error{hash.error()};
    StaffMember member;
    member.staffNumber = staffNumber;
    member.name = name;
    member.role = **role;
    return m_repository.add(member, *hash);
}

Result<void> StaffService::assignCard(const QString &staffNumber, const QString &cardCode)
{
    if (!currentMay(Permission::ManageStaff))
        return Error{tr("Only a manager may assign staff cards")};
    const bool digits = std::all_of(cardCode.begin(), cardCode.end(), [](QChar c) { return c.isDigit(); });
    if (!digits || cardCode.size() < MagneticStripe::cardCodeMinDigits ||
        cardCode.size() > MagneticStripe::cardCodeMaxDigits)
        return Error{tr("A staff card code has %1 to %2 digits")
                         .arg(MagneticStripe::cardCodeMinDigits)
                         .arg(MagneticStripe::cardCodeMaxDigits)};
    auto hash = PinHasher(m_policy.pinHashIterations).hashSecret(cardCode);
    if (!hash)
        return Error{hash.error()};
    return m_repository.setCardHash(staffNumber, *hash);
}

} // namespace omnitill
