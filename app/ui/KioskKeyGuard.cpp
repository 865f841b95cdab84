#include "KioskKeyGuard.h"

#include "KioskViewModel.h"

#include <QKeyEvent>

namespace omnitill {

KioskKeyGuard::KioskKeyGuard(const KioskViewModel &kiosk, QObject *parent)
    : QObject(parent)
    , m_kiosk(kiosk)
{
}

bool KioskKeyGuard::isEscapeKey(int key, Qt::KeyboardModifiers modifiers)
{
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_Back:
        return true;
    case Qt::Key_F4:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return modifiers & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier);
    case Qt::Key_Q:
    case Qt::Key_W:
        return modifiers & (Qt::ControlModifier | Qt::MetaModifier);
    default:
        return modifiers & Qt::MetaModifier;
    }
}

bool KioskKeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_kiosk.active() || m_kiosk.staffMode())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEscapeKey(key->key(), key->modifiers()))
            return true;
        break;
    }
    case QEvent::Shortcut: {
        // A shortcut some screen declares fires through here too, not through a key press.
        const QKeySequence sequence = static_cast<QShortcutEvent *>(event)->key();
        if (!sequence.isEmpty() && isEscapeKey(sequence[0].key(), sequence[0].keyboardModifiers()))
            return true;
        break;
    }
    case QEvent::Close:
        // Only staff close the kiosk, from staff mode; the window manager's close is refused.
        if (watched->isWindowType()) {
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace omnitill
