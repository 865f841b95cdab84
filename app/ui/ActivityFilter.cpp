#include "ActivityFilter.h"

#include "IdleLock.h"

#include <QEvent>

namespace omnitill {

ActivityFilter::ActivityFilter(IdleLock &idleLock, QObject *parent)
    : QObject(parent)
    , m_idleLock(idleLock)
{
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        m_idleLock.noteActivity();
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event); // observes only: every event goes on as it came
}

} // namespace omnitill
