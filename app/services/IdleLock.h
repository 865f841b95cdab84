#pragma once

#include "Result.h"
#include "StaffMember.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace omnitill {

class StaffService;

// Locks the till when nobody has touched it for the store's idle time (staff.idleLockSeconds), so a
// cashier who walks away does not leave their session to the next person. The screens report every
// touch, key and scan to noteActivity(); time is read from an injectable clock and checked by a timer
// once a second (and by checkIdle() on demand).
//
// Invariants: the till only locks while someone is signed in; while locked, activity does not unlock it.
// Unlocking takes the PIN of the staff member who was signed in, or of a manager (manage_staff), who then
// becomes the one signed in. Wrong PINs count towards the lockout like any other.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    IdleLock(StaffService &staff, qint64 idleSeconds, QObject *parent = nullptr);

    void setClock(Clock clock);
    // 0 never locks: a self-service kiosk resets its shopper's basket instead (KioskViewModel).
    void setIdleSeconds(qint64 seconds) { m_idleSeconds = seconds; }

    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] qint64 idleSeconds() const { return m_idleSeconds; }

    // Any touch, key or scan: the idle time starts again. Ignored while locked.
    void noteActivity();
    // Locks now if the till has been idle long enough; returns whether it is locked.
    bool checkIdle();
    // The cashier's "lock" button.
    void lockNow();
    [[nodiscard]] Result<void> unlock(const QString &staffNumber, const QString &pin,
                                      StaffCredential credential = StaffCredential::Pin);

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void setLocked(bool locked);

    StaffService &m_staff;
    qint64 m_idleSeconds;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QDateTime m_lastActivity;
    bool m_locked = false;
    QTimer m_timer;
};

} // namespace omnitill
