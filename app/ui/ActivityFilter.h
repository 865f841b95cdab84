#pragma once

#include <QObject>

namespace omnitill {

class IdleLock;

// Tells the idle lock about every key, touch, click and wheel anywhere in the application, so a cashier
// who is scanning and tapping is never locked out mid-sale; only an untouched till locks itself.
class ActivityFilter : public QObject
{
    Q_OBJECT

public:
    explicit ActivityFilter(IdleLock &idleLock, QObject *parent = nullptr);

Q_SIGNALS:
    // The same touches and keys, for whoever else watches for a person at the screen (the kiosk).
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IdleLock &m_idleLock;
};

} // namespace omnitill
