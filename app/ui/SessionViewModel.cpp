#include "SessionViewModel.h"

#include "ApprovalRetry.h"
#include "IdleLock.h"
#include "MagneticStripe.h"
#include "Money.h"
#include "ShiftService.h"
#include "StaffPermissionGate.h"
#include "StaffService.h"

namespace omnitill {

SessionViewModel::SessionViewModel(StaffService &staff, IdleLock &idleLock, ShiftService &shifts,
                                   StaffPermissionGate &gate, ApprovalRetry &approvalRetry, QObject *parent)
    : QObject(parent)
    , m_staff(staff)
    , m_idleLock(idleLock)
    , m_shifts(shifts)
    , m_gate(gate)
    , m_approvalRetry(approvalRetry)
{
    connect(&m_staff, &StaffService::signedInChanged, this, &SessionViewModel::changed);
    connect(&m_idleLock, &IdleLock::lockedChanged, this, &SessionViewModel::changed);
    connect(&m_shifts, &ShiftService::shiftChanged, this, &SessionViewModel::changed);
    connect(&m_gate, &StaffPermissionGate::approvalRequired, this,
            [this](const QString &, const QString &title, const QJsonObject &) {
                m_approvalTitle = title;
                Q_EMIT approvalChanged();
            });
}

bool SessionViewModel::signedIn() const
{
    return m_staff.current().has_value();
}

bool SessionViewModel::locked() const
{
    return m_idleLock.isLocked();
}

bool SessionViewModel::shiftOpen() const
{
    return m_shifts.currentShiftId().has_value();
}

QString SessionViewModel::staffName() const
{
    return m_staff.current() ? m_staff.current()->name : QString();
}

QString SessionViewModel::staffNumber() const
{
    return m_staff.current() ? m_staff.current()->staffNumber : QString();
}

bool SessionViewModel::report(bool ok, const QString &failure)
{
    m_message = ok ? QString() : failure;
    Q_EMIT messageChanged();
    return ok;
}

bool SessionViewModel::signIn(const QString &staffNumber, const QString &pin)
{
    return signInWith(staffNumber.trimmed(), pin, StaffCredential::Pin);
}

bool SessionViewModel::signInWith(const QString &staffNumber, const QString &secret, StaffCredential credential)
{
    const auto signedIn = m_staff.signIn(staffNumber, secret, std::nullopt, credential);
    m_idleLock.noteActivity();
    return report(signedIn.ok(), signedIn.ok() ? QString() : signedIn.error());
}

void SessionViewModel::signOut()
{
    m_gate.cancelPending();
    m_staff.signOut();
}

bool SessionViewModel::unlock(const QString &staffNumber, const QString &pin)
{
    return unlockWith(staffNumber.trimmed(), pin, StaffCredential::Pin);
}

bool SessionViewModel::unlockWith(const QString &staffNumber, const QString &secret, StaffCredential credential)
{
    const auto unlocked = m_idleLock.unlock(staffNumber, secret, credential);
    return report(unlocked.ok(), unlocked.ok() ? QString() : unlocked.error());
}

void SessionViewModel::lockNow()
{
    m_idleLock.lockNow();
}

bool SessionViewModel::openShift(const QString &floatText)
{
    const auto amount = Money::parse(floatText, m_shifts.currency());
    if (!amount)
        return report(false, amount.error());
    const auto opened = m_shifts.open(amount->minorUnits());
    return report(opened.ok(), opened.ok() ? QString() : opened.error());
}

bool SessionViewModel::approve(const QString &approverNumber, const QString &approverPin)
{
    return approveWith(approverNumber.trimmed(), approverPin, StaffCredential::Pin);
}

bool SessionViewModel::approveWith(const QString &approverNumber, const QString &secret, StaffCredential credential)
{
    const auto approval = m_gate.approvePending(approverNumber, secret, credential);
    if (!approval)
        return report(false, approval.error());
    m_approvalTitle.clear();
    Q_EMIT approvalChanged();
    report(true, {});
    m_approvalRetry.approved();
    return true;
}

void SessionViewModel::cancelApproval()
{
    m_gate.cancelPending();
    m_approvalRetry.cancelled();
    m_approvalTitle.clear();
    Q_EMIT approvalChanged();
}

void SessionViewModel::takeCard(const CardSwipe &card)
{
    if (card.kind != CardSwipe::Kind::Staff) {
        report(false, tr("Sign in and open the shift before swiping a customer's card"));
        return;
    }
    if (!m_approvalTitle.isEmpty())
        approveWith(card.number, card.cardCode, StaffCredential::StaffCard);
    else if (locked())
        unlockWith(card.number, card.cardCode, StaffCredential::StaffCard);
    else if (!signedIn())
        signInWith(card.number, card.cardCode, StaffCredential::StaffCard);
    else
        report(false, tr("%1 is signed in: sign out before another staff card signs in").arg(staffName()));
}

void SessionViewModel::cardRefused(const QString &reason)
{
    report(false, reason);
}

} // namespace omnitill
