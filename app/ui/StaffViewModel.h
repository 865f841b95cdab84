#pragma once

#include "StaffAdministration.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class StaffService;

// The back office's staff page: every staff member, one row each (number, name, role, active, locked out),
// and a manager's changes to them through StaffAdministration: add one, disable or enable, change the role,
// reset the PIN, release a lockout. The changes apply to the selected member. Anyone without
// Permission::ManageStaff sees the same rows read-only, with readOnlyReason saying why. A PIN is only ever
// passed through to be hashed: the model holds none.
class StaffViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its staff page")
    Q_PROPERTY(bool canManage READ canManage NOTIFY accessChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY accessChanged)
    Q_PROPERTY(QVariantList roles READ roles NOTIFY staffChanged)
    Q_PROPERTY(QString selectedNumber READ selectedNumber NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    enum Role {
        StaffNumberRole = Qt::UserRole + 1,
        NameRole,
        RoleRole,
        RoleCodeRole,
        ActiveRole,
        LockedRole,
        StatusRole
    };
    Q_ENUM(Role)

    explicit StaffViewModel(StaffService &staff, QObject *parent = nullptr);

    bool canManage() const { return m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // {code, name} of every role, for a picker.
    QVariantList roles() const;
    QString selectedNumber() const { return m_selectedNumber; }
    // The selected member's row as {staffNumber, name, role, roleCode, active, locked, status}; empty if none.
    QVariantMap selected() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Reads the staff and who may change them again.
    Q_INVOKABLE void refresh();
    // The roles' and states' words again in the language just chosen; a passing message is dropped.
    void retranslate();
    Q_INVOKABLE void select(const QString &staffNumber);
    // Each returns whether it was done; message says what happened either way.
    Q_INVOKABLE bool add(const QString &staffNumber, const QString &name, const QString &roleCode, const QString &pin);
    Q_INVOKABLE bool setActive(bool active);
    Q_INVOKABLE bool changeRole(const QString &roleCode);
    Q_INVOKABLE bool resetPin(const QString &pin);
    Q_INVOKABLE bool releaseLockout();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Manager": the roles the till ships with in the screen's language, any other by the store's own name.
    [[nodiscard]] static QString roleTitle(const omnitill::Role &role);

Q_SIGNALS:
    void accessChanged();
    void staffChanged();
    void selectionChanged();
    void messageChanged();

private:
    // Reports what a change came to and, when it was done, shows the list as it is now.
    bool changed(const Result<void> &done, const QString &doneMessage);
    const StaffMember *find(const QString &staffNumber) const;
    void setMessage(const QString &message, bool isError);

    StaffAdministration m_administration;
    QList<StaffMember> m_staff;
    QList<omnitill::Role> m_roles;
    QString m_selectedNumber;
    QString m_readOnlyReason;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
