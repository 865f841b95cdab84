#pragma once

#include <QObject>

namespace omnitill {

class KioskViewModel;

// Keeps a shopper inside the kiosk: the keys that close, quit, switch or leave a window (Escape, Alt+F4,
// Alt+Tab, Ctrl+Q, Ctrl+W, F11, the Meta key) never reach the program outside staff mode, and a window
// close is refused; digits, letters and Enter pass, so scanners typing into the kiosk still work. The
// compositor (cage) has no shortcuts of its own to escape by, and no other window to switch to.
class KioskKeyGuard : public QObject
{
    Q_OBJECT

public:
    explicit KioskKeyGuard(const KioskViewModel &kiosk, QObject *parent = nullptr);

    // Whether this key, with these modifiers, is one that leads out of the kiosk.
    [[nodiscard]] static bool isEscapeKey(int key, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const KioskViewModel &m_kiosk;
};

} // namespace omnitill
