#pragma once

#include "StaffMember.h"
#include "StaffPolicy.h"
#include "StaffRepository.h"

#include <QObject>
#include <functional>

namespace omnitill {

class Database;

// Who is at the till: sign-in with staff number and PIN (or staff card), the count of wrong PINs and the lockout it
// leads to, a manager's release of a locked account, and the staff list a manager keeps.
//
// Invariants: a locked or inactive account never signs in and never approves anything; a wrong PIN is
// counted whether it was typed to sign in or to approve (ApprovalService authenticates through here), so
// guessing a manager's PIN in the approval dialog locks the manager's account as well. A refusal never
// says whether the staff number exists, only that the number or the PIN is wrong.
class StaffService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    StaffService(const Database &database, StaffPolicy policy, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    [[nodiscard]] QDateTime now() const { return m_clock(); }
    [[nodiscard]] const StaffPolicy &policy() const { return m_policy; }

    // Checks the PIN (or card code) without changing who is signed in: for approvals and unlocking.
    [[nodiscard]] Result<StaffMember> authenticate(const QString &staffNumber, const QString &secret,
                                                   StaffCredential credential = StaffCredential::Pin);
    // With required set, signs in only a member whose role has that permission (a manager taking over).
    [[nodiscard]] Result<StaffMember> signIn(const QString &staffNumber, const QString &secret,
                                             std::optional<Permission> required = std::nullopt,
                                             StaffCredential credential = StaffCredential::Pin);
    void signOut();
    // Signs in again, with no PIN, a member whose session a stopped program interrupted: only for a session the
    // till itself kept (a kiosk they opened and never closed), never for someone at the screen. Refused for an
    // account that is unknown, locked, inactive or no longer holds required.
    [[nodiscard]] Result<StaffMember> resume(const QString &staffNumber, Permission required);
    [[nodiscard]] const std::optional<StaffMember> &current() const { return m_current; }
    [[nodiscard]] bool currentMay(Permission permission) const;

    // A manager (manage_staff) releases an account that too many wrong PINs locked.
    [[nodiscard]] Result<void> release(const QString &lockedStaffNumber, const QString &managerNumber,
                                       const QString &managerPin);
    // Adds a staff member; the one signed in must be allowed to manage staff.
    [[nodiscard]] Result<void> addStaff(const QString &staffNumber, const QString &name, const QString &roleCode,
                                        const QString &pin);

    // Gives a staff member a (new) staff card: its code is stored hashed, and any earlier card stops working.
    // The one signed in must be allowed to manage staff.
    [[nodiscard]] Result<void> assignCard(const QString &staffNumber, const QString &cardCode);

    [[nodiscard]] StaffRepository &repository() { return m_repository; }

Q_SIGNALS:
    void signedInChanged();
    void accountLocked(const QString &staffNumber);

private:
    StaffRepository m_repository;
    StaffPolicy m_policy;
    std::optional<StaffMember> m_current;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace omnitill
