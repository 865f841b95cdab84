#pragma once

#include "MagneticStripe.h"
#include "ScanPayload.h"
#include "WedgeScanDetector.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

class QKeyEvent;

namespace omnitill {

// The in-application fallback for keyboard-wedge scanners that cannot be read as their own device: an
// application event filter that holds key presses back for a moment and lets the WedgeScanDetector
// decide. A scanner burst (fast keys ended by Enter or Tab) goes to scanned() and reaches no widget, so
// a scan typed while the product search or any other field has the focus is a scan, not text. Typing
// is handed on to the window it was meant for, unchanged and at most maxGapMs late.
//
// Only key presses that carry the key's native scan code and make a US-layout character or end a scan
// are held; synthetic events pass as they came, and a function key, arrow or Backspace first hands on
// what is held (no scanner sends them), so typing keeps its order. While a burst is under way, shortcut
// overrides of character keys are accepted so that no Ctrl combination inside a scan (scanners send GS
// as Ctrl+]) can fire a shortcut.
//
// A burst that starts with a start sentinel ("%" or ";") is a magnetic card reader's swipe: it is read
// (MagneticStripe) where it was caught and its track text wiped at once; swiped() carries a store card,
// cardRefused() a payment card or an unreadable swipe, never the track. Swipes are caught even while the
// filter is off for scans, so staff can sign in and approve with their card: then only a key making "%"
// or ";" is held, and what follows it for as long as it could be a swipe; any other key passes at once.
class WedgeScanFilter : public QObject
{
    Q_OBJECT

public:
    explicit WedgeScanFilter(WedgeScanDetector::Settings settings, QObject *parent = nullptr);
    ~WedgeScanFilter() override;

    // Off while nobody may sell (sign-in, the lock screen, an approval): a barcode on a staff badge read by
    // a wedge scanner then types into the staff number field like a keyboard; card swipes are still caught.
    // Turning it off hands on what it holds.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }

Q_SIGNALS:
    void scanned(const omnitill::ScanPayload &payload);
    void refused(const QString &reason);
    void swiped(const omnitill::CardSwipe &card);
    void cardRefused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey
    {
        QPointer<QObject> window;
        std::unique_ptr<QKeyEvent> event;
    };
    [[nodiscard]] static std::optional<KeyStroke> strokeFor(const QKeyEvent &event);
    void hold(QObject *window, const QKeyEvent &event, const KeyStroke &stroke);
    void flushIdle();
    void apply(QList<WedgeOutput> decisions);
    void takeSwipe(QByteArray track);

    WedgeScanDetector::Settings m_settings;
    WedgeScanDetector m_detector;
    std::vector<HeldKey> m_held; // key presses the detector has not decided about, oldest first
    bool m_dropping = false;     // an overlong burst goes on: its keys are dropped, as the detector drops them
    bool m_replaying = false;
    bool m_active = true;
    qint64 m_lastTimestampMs = 0;
    QElapsedTimer m_sinceLastKey;
    QTimer m_idle;
};

} // namespace omnitill
