#include "IdleLock.h"

#include "StaffService.h"

namespace omnitill {

IdleLock::IdleLock(StaffService &staff, qint64 idleSeconds, QObject *parent)
    : QObject(parent)
    , m_staff(staff)
    , m_idleSeconds(idleSeconds)
    , m_lastActivity(m_clock())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    m_timer.start();
    // Signing in is activity; signing out ends any lock, since the sign-in screen takes over.
    connect(&m_staff, &StaffService::signedInChanged, this, [this] {
        if (!m_staff.current())
            setLocked(false);
        m_lastActivity = m_clock();
    });
}

void IdleLock::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
}

void IdleLock::noteActivity()
{
    if (!m_locked)
        m_lastActivity = m_clock();
}

bool IdleLock::checkIdle()
{
    if (!m_locked && m_idleSeconds > 0 && m_staff.current() && m_lastActivity.secsTo(m_clock()) >= m_idleSeconds)
        setLocked(true);
    return m_locked;
}

void IdleLock::lockNow()
{
    if (m_staff.current())
        setLocked(true);
}

Result<void> IdleLock::unlock(const QString &staffNumber, const QString &pin, StaffCredential credential)
{
    if (!m_locked)
        return {};
    const QString signedIn = m_staff.current() ? m_staff.current()->staffNumber : QString();
    if (staffNumber == signedIn) {
        auto member = m_staff.authenticate(staffNumber, pin, credential);
        if (!member)
            return Error{member.error()};
    } else {
        // Someone else may take over a till left locked only as a manager, and is then the one signed in.
        auto manager = m_staff.signIn(staffNumber, pin, Permission::ManageStaff, credential);
        if (!manager)
            return Error{manager.error()};
    }
    m_lastActivity = m_clock();
    setLocked(false);
    return {};
}

void IdleLock::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged(locked);
}

} // namespace omnitill
