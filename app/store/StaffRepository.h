#pragma once

#include "Result.h"
#include "StaffMember.h"

#include <QCoreApplication>
#include <QDateTime>

namespace omnitill {

class Database;

// Roles, their permissions and the staff in the store database, as domain values. The PIN and staff card
// hashes are read and written only as the opaque strings PinHasher makes; it never goes into a StaffMember, so it
// cannot reach a screen or a log by accident.
//
// Each write is one statement and so atomic on its own; recordFailedAttempt() counts and locks in one
// statement, so two tills guessing at once cannot both slip under the limit.
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    explicit StaffRepository(const Database &database);

    [[nodiscard]] Result<QList<Role>> roles() const;
    [[nodiscard]] Result<std::optional<Role>> role(const QString &code) const;
    [[nodiscard]] Result<std::optional<StaffMember>> find(const QString &staffNumber) const;
    [[nodiscard]] Result<QList<StaffMember>> all() const;
    [[nodiscard]] Result<QString> pinHash(const QString &staffNumber) const;
    // The staff card's code hashed like a PIN (migration 0012); empty when no card is assigned.
    [[nodiscard]] Result<QString> cardHash(const QString &staffNumber) const;

    // Adds a staff member with the role member.role.code; the staff number must be new.
    [[nodiscard]] Result<void> add(const StaffMember &member, const QString &pinHash);
    [[nodiscard]] Result<void> setPinHash(const QString &staffNumber, const QString &pinHash);
    [[nodiscard]] Result<void> setCardHash(const QString &staffNumber, const QString &cardHash);
    [[nodiscard]] Result<void> setActive(const QString &staffNumber, bool active);
    // Gives the staff member the role with that code; the database refuses a code no role has.
    [[nodiscard]] Result<void> setRole(const QString &staffNumber, const QString &roleCode);

    // Counts one more wrong PIN and locks the account when the count reaches lockAfter. Returns the
    // account as it is afterwards.
    [[nodiscard]] Result<StaffMember> recordFailedAttempt(const QString &staffNumber, int lockAfter,
                                                          const QDateTime &at);
    // After a right PIN: the count of wrong ones starts again.
    [[nodiscard]] Result<void> clearFailedAttempts(const QString &staffNumber);
    // A manager's release of a locked account.
    [[nodiscard]] Result<void> release(const QString &staffNumber);

private:
    [[nodiscard]] Result<void> update(const QString &sql, const QVariantList &values);
    [[nodiscard]] Result<QString> storedHash(QLatin1StringView column, const QString &staffNumber) const;

    const Database &m_database;
};

} // namespace omnitill
