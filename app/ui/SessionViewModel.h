#pragma once

#include "StaffMember.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class ApprovalRetry;
class IdleLock;
class ShiftService;
class StaffPermissionGate;
class StaffService;
struct CardSwipe;

// Who is at the till, as the screens need it: sign-in and sign-out, the idle lock, the shift that must
// be open before selling, and the manager approval the cashier's role lacks. Refusals arrive as
// messages in the screen's language; nothing here decides a rule, the services do.
class SessionViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its session")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(QString staffNumber READ staffNumber NOTIFY changed)
    Q_PROPERTY(QString approvalTitle READ approvalTitle NOTIFY approvalChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    SessionViewModel(StaffService &staff, IdleLock &idleLock, ShiftService &shifts, StaffPermissionGate &gate,
                     ApprovalRetry &approvalRetry, QObject *parent = nullptr);

    bool signedIn() const;
    bool locked() const;
    bool shiftOpen() const;
    QString staffName() const;
    QString staffNumber() const;
    QString approvalTitle() const { return m_approvalTitle; }
    QString message() const { return m_message; }

    Q_INVOKABLE bool signIn(const QString &staffNumber, const QString &pin);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE bool unlock(const QString &staffNumber, const QString &pin);
    Q_INVOKABLE void lockNow();
    // The counted float, as typed ("100,000").
    Q_INVOKABLE bool openShift(const QString &floatText);
    Q_INVOKABLE bool approve(const QString &approverNumber, const QString &approverPin);
    Q_INVOKABLE void cancelApproval();

    // A card swiped while nobody may sell: a staff card approves what waits for approval, unlocks, or signs
    // in, as its PIN would; any other card is refused with a reason.
    void takeCard(const CardSwipe &card);
    // A swipe that was not read (a payment card, a damaged stripe): the reason, on the screen now showing.
    void cardRefused(const QString &reason);

Q_SIGNALS:
    void changed();
    void approvalChanged();
    void messageChanged();

private:
    bool report(bool ok, const QString &failure);
    bool signInWith(const QString &staffNumber, const QString &secret, StaffCredential credential);
    bool unlockWith(const QString &staffNumber, const QString &secret, StaffCredential credential);
    bool approveWith(const QString &approverNumber, const QString &secret, StaffCredential credential);

    StaffService &m_staff;
    IdleLock &m_idleLock;
    ShiftService &m_shifts;
    StaffPermissionGate &m_gate;
    ApprovalRetry &m_approvalRetry;
    QString m_approvalTitle;
    QString m_message;
};

} // namespace omnitill
