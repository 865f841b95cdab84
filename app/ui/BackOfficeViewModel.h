#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class ApprovalRetry;
class PermissionGate;

// The way into the back office and out of it. Entering asks the permission gate for
// Permission::ViewReports once: a supervisor or manager walks in; a cashier's request raises the approval
// dialog, and the approval lets them in for that visit. The visit ends on leave() or when the till
// locks or the staff member signs out (the screen calls leave()).
class BackOfficeViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its back office")
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    BackOfficeViewModel(PermissionGate &gate, ApprovalRetry &approvalRetry, QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    QString message() const { return m_message; }

    Q_INVOKABLE void enter();
    Q_INVOKABLE void leave();

Q_SIGNALS:
    void openChanged();
    void messageChanged();

private:
    void setOpen(bool open);
    void setMessage(const QString &message);

    PermissionGate &m_gate;
    ApprovalRetry &m_approvalRetry;
    bool m_open = false;
    QString m_message;
};

} // namespace omnitill
