#include "WedgeScanFilter.h"

#include "HardwareLog.h"
#include "SensitiveBytes.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace omnitill {

namespace {
// X11 and Wayland report the evdev key code plus 8 as the native scan code; offscreen and synthetic
// events report 0, and are left alone.
constexpr quint32 evdevOffset = 8;

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_Meta ||
           key == Qt::Key_AltGr;
}
} // namespace

WedgeScanFilter::WedgeScanFilter(WedgeScanDetector::Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_detector(std::move(settings))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &WedgeScanFilter::flushIdle);
}

WedgeScanFilter::~WedgeScanFilter() = default;

std::optional<KeyStroke> WedgeScanFilter::strokeFor(const QKeyEvent &event)
{
    if (event.nativeScanCode() <= evdevOffset || event.isAutoRepeat() ||
        (event.modifiers() & (Qt::AltModifier | Qt::MetaModifier)))
        return std::nullopt;
    const KeyStroke stroke{event.nativeScanCode() - evdevOffset, bool(event.modifiers() & Qt::ShiftModifier),
                           bool(event.modifiers() & Qt::ControlModifier), qint64(event.timestamp())};
    if (!WedgeScanDetector::usCharacter(stroke))
        return std::nullopt;
    return stroke;
}

bool WedgeScanFilter::eventFilter(QObject *watched, QEvent *event)
{
    // A key reaches the window first and its items after; deciding at the window keeps items out of it.
    if (m_replaying || !watched->isWindowType())
        return QObject::eventFilter(watched, event);
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const auto stroke = strokeFor(*key);
    // Shift and Ctrl alone make no text; readers press Shift for "%", "^", "?" and capitals mid-burst.
    if (!stroke && isModifierKey(key->key()))
        return QObject::eventFilter(watched, event);
    if (!stroke) {
        // Scanners send no Backspace, arrows or function keys: what is held is typing, and goes first.
        if (!m_held.empty())
            apply(m_detector.flush(m_lastTimestampMs + m_settings.maxGapMs + 1));
        return QObject::eventFilter(watched, event);
    }
    // Off for scans: only what could be a card swipe is held back.
    if (!m_active && m_held.empty() &&
        !MagneticStripe::isStartSentinel(WedgeScanDetector::usCharacter(*stroke).value()))
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        if (m_held.empty())
            return QObject::eventFilter(watched, event);
        event->accept(); // a burst may be under way: its keys are characters, not shortcuts
        return true;
    }
    hold(watched, *key, *stroke);
    return true;
}

void WedgeScanFilter::setActive(bool active)
{
    if (!active && !m_held.empty())
        apply(m_detector.flush(m_lastTimestampMs + m_settings.maxGapMs + 1));
    m_active = active;
}

void WedgeScanFilter::hold(QObject *window, const QKeyEvent &event, const KeyStroke &stroke)
{
    const bool sameBurst = stroke.timestampMs - m_lastTimestampMs <= m_settings.maxGapMs;
    m_lastTimestampMs = stroke.timestampMs;
    m_sinceLastKey.start();
    if (m_dropping && sameBurst) {
        apply(m_detector.press(stroke));
        return;
    }
    m_dropping = false;
    m_held.push_back({window, std::unique_ptr<QKeyEvent>(static_cast<QKeyEvent *>(event.clone()))});
    apply(m_detector.press(stroke));
    if (!m_held.empty())
        m_idle.start(int(m_settings.maxGapMs) + 1);
}

void WedgeScanFilter::flushIdle()
{
    apply(m_detector.flush(m_lastTimestampMs + m_sinceLastKey.elapsed()));
    if (!m_held.empty())
        m_idle.start(int(m_settings.maxGapMs) + 1);
}

void WedgeScanFilter::apply(QList<WedgeOutput> decisions)
{
    for (WedgeOutput &decision : decisions) {
        const auto decided = std::min(m_held.size(), size_t(decision.strokes.size()));
        std::vector<HeldKey> keys(std::make_move_iterator(m_held.begin()),
                                  std::make_move_iterator(m_held.begin() + decided));
        m_held.erase(m_held.begin(), m_held.begin() + decided);
        switch (decision.kind) {
        case WedgeOutput::Kind::Typing:
            m_replaying = true;
            for (HeldKey &key : keys) {
                if (key.window)
                    QCoreApplication::sendEvent(key.window, key.event.get());
            }
            m_replaying = false;
            break;
        case WedgeOutput::Kind::Scan:
            qCDebug(lcScanner) << "wedge burst of" << keys.size() << "keys taken as a scan";
            Q_EMIT scanned({decision.data, decision.symbologyId});
            break;
        case WedgeOutput::Kind::Refused:
            if (decision.strokes.isEmpty()) { // overlong: everything held so far belonged to it
                m_held.clear();
                m_dropping = true;
            }
            Q_EMIT refused(decision.reason);
            break;
        case WedgeOutput::Kind::Swipe:
            takeSwipe(std::move(decision.track));
            break;
        }
    }
}

void WedgeScanFilter::takeSwipe(QByteArray track)
{
    // The only copy of the track text: read in place, wiped when this returns, whatever was swiped.
    const SensitiveBytes swipe(std::move(track));
    qCDebug(lcScanner) << "card swipe of" << swipe.size() << "characters read";
    MagneticStripe::handle(
        swipe, [this](const CardSwipe &card) { Q_EMIT swiped(card); },
        [this](const QString &reason) { Q_EMIT cardRefused(reason); });
}

} // namespace omnitill
