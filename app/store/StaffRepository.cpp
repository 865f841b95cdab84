#include "StaffRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
const auto selectStaff = QStringLiteral("SELECT staff_number, name, role, active, failed_attempts, locked_at "
                                        "FROM staff ");
} // namespace

StaffRepository::StaffRepository(const Database &database)
    : m_database(database)
{
}

Result<QList<Role>> StaffRepository::roles() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT r.code, r.name, r.discount_limit_bp, p.permission FROM roles r "
                                   "LEFT JOIN role_permissions p ON p.role = r.code ORDER BY r.code")))
        return Error{tr("The staff roles could not be read: %1").arg(query.lastError().text())};
    QList<Role> roles;
    while (query.next()) {
        const QString code = query.value(0).toString();
        if (roles.isEmpty() || roles.last().code != code)
            roles.append(Role{code, query.value(1).toString(), {}, query.value(2).toLongLong()});
        // A code this build does not know (written by a newer one) grants nothing here.
        if (const auto permission = permissionFromCode(query.value(3).toString()))
            roles.last().permissions.insert(*permission);
    }
    return roles;
}

Result<std::optional<Role>> StaffRepository::role(const QString &code) const
{
    auto all = roles();
    if (!all)
        return Error{all.error()};
    for (const Role &role : *all) {
        if (role.code == code)
            return std::optional<Role>(role);
    }
    return std::optional<Role>();
}

Result<QList<StaffMember>> StaffRepository::all() const
{
    auto allRoles = roles();
    if (!allRoles)
        return Error{allRoles.error()};
    QSqlQuery query(m_database.connection());
    if (!query.exec(selectStaff + QStringLiteral("ORDER BY staff_number")))
        return Error{tr("The staff could not be read: %1").arg(query.lastError().text())};
    QList<StaffMember> staff;
    while (query.next()) {
        StaffMember member;
        member.staffNumber = query.value(0).toString();
        member.name = query.value(1).toString();
        const QString roleCode = query.value(2).toString();
        for (const Role &role : std::as_const(*allRoles)) {
            if (role.code == roleCode)
                member.role = role;
        }
        member.active = query.value(3).toBool();
        member.failedAttempts = query.value(4).toInt();
        member.locked = !query.value(5).isNull();
        staff.append(member);
    }
    return staff;
}

Result<std::optional<StaffMember>> StaffRepository::find(const QString &staffNumber) const
{
    // The staff list of a store is a few dozen rows; reading it whole keeps one way of building a member.
    auto staff = all();
    if (!staff)
        return Error{staff.error()};
    for (const StaffMember &member : *staff) {
        if (member.staffNumber == staffNumber)
            return std::optional<StaffMember>(member);
    }
    return std::optional<StaffMember>();
}

Result<QString> StaffRepository::pinHash(const QString &staffNumber) const
{
    return storedHash(QLatin1StringView("pin_hash"), staffNumber);
}

Result<QString> StaffRepository::cardHash(const QString &staffNumber) const
{
    return storedHash(QLatin1StringView("card_hash"), staffNumber);
}

Result<QString> StaffRepository::storedHash(QLatin1StringView column, const QString &staffNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM staff WHERE staff_number = ?").arg(column));
    query.addBindValue(staffNumber);
    if (!query.exec())
        return Error{tr("The staff could not be read: %1").arg(query.lastError().text())};
    if (!query.next())
        return Error{tr("There is no staff member %1").arg(staffNumber)};
    return query.value(0).toString();
}

Result<void> StaffRepository::update(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{tr("The staff record could not be saved: %1").arg(query.lastError().text())};
    if (query.numRowsAffected() != 1)
        return Error{tr("There is no such staff member")};
    return {};
}

Result<void> StaffRepository::add(const StaffMember &member, const QString &pinHash)
{
    if (member.staffNumber.trimmed().isEmpty() || member.name.trimmed().isEmpty())
        return Error{tr("A staff member needs a number and a name")};
    return update(
        QStringLiteral("INSERT INTO staff (staff_number, name, role, active, pin_hash) VALUES (?, ?, ?, ?, ?)"),
        {member.staffNumber, member.name, member.role.code, member.active ? 1 : 0, pinHash});
}

Result<void> StaffRepository::setPinHash(const QString &staffNumber, const QString &pinHash)
{
    return update(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE staff_number = ?"), {pinHash, staffNumber});
}

Result<void> StaffRepository::setCardHash(const QString &staffNumber, const QString &cardHash)
{
    return update(QStringLiteral("UPDATE staff SET card_hash = ? WHERE staff_number = ?"), {cardHash, staffNumber});
}

Result<void> StaffRepository::setActive(const QString &staffNumber, bool active)
{
    return update(QStringLiteral("UPDATE staff SET active = ? WHERE staff_number = ?"), {active ? 1 : 0, staffNumber});
}

Result<void> StaffRepository::setRole(const QString &staffNumber, const QString &roleCode)
{
    return update(QStringLiteral("UPDATE staff SET role = ? WHERE staff_number = ?"), {roleCode, staffNumber});
}

Result<StaffMember> StaffRepository::recordFailedAttempt(const QString &staffNumber, int lockAfter, const QDateTime &at)
{
    auto counted = update(QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1, "
                                         "locked_at = CASE WHEN locked_at IS NULL AND failed_attempts + 1 >= ? "
                                         "THEN ? ELSE locked_at END WHERE staff_number = ?"),
                          {lockAfter, at.toUTC().toString(Qt::ISODateWithMs), staffNumber});
    if (!counted)
        return Error{counted.error()};
    auto member = find(staffNumber);
    if (!member)
        return Error{member.error()};
    if (!*member)
        return Error{tr("There is no staff member %1").arg(staffNumber)};
    return **member;
}

Result<void> StaffRepository::clearFailedAttempts(const QString &staffNumber)
{
    return update(QStringLiteral("UPDATE staff SET failed_attempts = 0 WHERE staff_number = ?"), {staffNumber});
}

Result<void> StaffRepository::release(const QString &staffNumber)
{
    return update(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_at = NULL WHERE staff_number = ?"),
                  {staffNumber});
}

} // namespace omnitill
