#include "StaffViewModel.h"

#include "StaffService.h"

namespace omnitill {

StaffViewModel::StaffViewModel(StaffService &staff, QObject *parent)
    : QAbstractListModel(parent)
    , m_administration(staff)
{
    // Who is signed in decides whether the page may change anything.
    connect(&staff, &StaffService::signedInChanged, this, &StaffViewModel::refresh);
    connect(&staff, &StaffService::accountLocked, this, &StaffViewModel::refresh);
    refresh();
}

QString StaffViewModel::roleTitle(const omnitill::Role &role)
{
    if (role.code == QLatin1String("cashier"))
        return tr("Cashier");
    if (role.code == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (role.code == QLatin1String("manager"))
        return tr("Manager");
    return role.name;
}

QVariantList StaffViewModel::roles() const
{
    QVariantList roles;
    for (const omnitill::Role &role : m_roles)
        roles.append(QVariantMap{{QStringLiteral("code"), role.code}, {QStringLiteral("name"), roleTitle(role)}});
    return roles;
}

QVariantMap StaffViewModel::selected() const
{
    QVariantMap row;
    const auto at = std::find_if(m_staff.cbegin(), m_staff.cend(),
                                 [this](const StaffMember &member) { return member.staffNumber == m_selectedNumber; });
    if (at == m_staff.cend())
        return row;
    const QHash<int, QByteArray> names = roleNames();
    for (auto name = names.cbegin(); name != names.cend(); ++name)
        row.insert(QString::fromLatin1(name.value()), data(index(int(at - m_staff.cbegin())), name.key()));
    return row;
}

void StaffViewModel::retranslate()
{
    if (!m_staff.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_staff.size()) - 1));
    Q_EMIT accessChanged();
    Q_EMIT staffChanged();
    Q_EMIT selectionChanged();
    setMessage({}, false);
}

void StaffViewModel::refresh()
{
    const auto allowed = m_administration.mayManage();
    const QString reason = allowed ? QString() : allowed.error();
    if (reason != m_readOnlyReason) {
        m_readOnlyReason = reason;
        Q_EMIT accessChanged();
    }
    auto staff = m_administration.staff();
    auto roles = m_administration.roles();
    if (!staff || !roles) {
        setMessage(staff ? roles.error() : staff.error(), true);
        return;
    }
    beginResetModel();
    m_staff = std::move(staff).value();
    m_roles = std::move(roles).value();
    endResetModel();
    Q_EMIT staffChanged();
    Q_EMIT selectionChanged(); // the selected member's row may have changed with the rest
}

void StaffViewModel::select(const QString &staffNumber)
{
    if (m_selectedNumber == staffNumber)
        return;
    m_selectedNumber = staffNumber;
    setMessage({}, false);
    Q_EMIT selectionChanged();
}

bool StaffViewModel::changed(const Result<void> &done, const QString &doneMessage)
{
    if (!done) {
        setMessage(done.error(), true);
        return false;
    }
    refresh();
    setMessage(doneMessage, false);
    return true;
}

bool StaffViewModel::add(const QString &staffNumber, const QString &name, const QString &roleCode, const QString &pin)
{
    const auto added = m_administration.add(staffNumber, name, roleCode, pin);
    if (added)
        select(staffNumber.trimmed()); // before the message, which selecting clears
    return changed(added,
                   tr("%1 (%2) may sign in now with the PIN you gave.").arg(name.trimmed(), staffNumber.trimmed()));
}

bool StaffViewModel::setActive(bool active)
{
    const StaffMember *member = find(m_selectedNumber);
    return changed(m_administration.setActive(m_selectedNumber, active),
                   active ? tr("%1 may sign in again.").arg(member ? member->name : m_selectedNumber)
                          : tr("%1 is disabled and cannot sign in.").arg(member ? member->name : m_selectedNumber));
}

bool StaffViewModel::changeRole(const QString &roleCode)
{
    const StaffMember *member = find(m_selectedNumber);
    const auto role = std::find_if(m_roles.cbegin(), m_roles.cend(),
                                   [&roleCode](const omnitill::Role &known) { return known.code == roleCode; });
    return changed(
        m_administration.changeRole(m_selectedNumber, roleCode),
        tr("%1 is now: %2")
            .arg(member ? member->name : m_selectedNumber, role != m_roles.cend() ? roleTitle(*role) : roleCode));
}

bool StaffViewModel::resetPin(const QString &pin)
{
    const StaffMember *member = find(m_selectedNumber);
    return changed(m_administration.resetPin(m_selectedNumber, pin),
                   tr("%1 signs in with the new PIN from now on.").arg(member ? member->name : m_selectedNumber));
}

bool StaffViewModel::releaseLockout()
{
    const StaffMember *member = find(m_selectedNumber);
    return changed(m_administration.releaseLockout(m_selectedNumber),
                   tr("%1 may sign in again.").arg(member ? member->name : m_selectedNumber));
}

const StaffMember *StaffViewModel::find(const QString &staffNumber) const
{
    for (const StaffMember &member : m_staff) {
        if (member.staffNumber == staffNumber)
            return &member;
    }
    return nullptr;
}

int StaffViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

QVariant StaffViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_staff.size())
        return {};
    const StaffMember &member = m_staff.at(index.row());
    switch (role) {
    case StaffNumberRole:
        return member.staffNumber;
    case NameRole:
        return member.name;
    case RoleRole:
        return roleTitle(member.role);
    case RoleCodeRole:
        return member.role.code;
    case ActiveRole:
        return member.active;
    case LockedRole:
        return member.locked;
    case StatusRole:
        return member.locked ? tr("Locked out") : member.active ? tr("Active") : tr("Disabled");
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffViewModel::roleNames() const
{
    return {{StaffNumberRole, "staffNumber"}, {NameRole, "name"},     {RoleRole, "role"},    {RoleCodeRole, "roleCode"},
            {ActiveRole, "active"},           {LockedRole, "locked"}, {StatusRole, "status"}};
}

void StaffViewModel::setMessage(const QString &message, bool isError)
{
    if (m_message == message && m_messageIsError == isError)
        return;
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace omnitill
