#pragma once

#include "DrawerPolicy.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace omnitill {

// Holds the next sale while the cash drawer is open, when the terminal's settings ask for it
// (DrawerPolicy, devices.json "requireDrawerClosed"). It knows the drawer only from the printer's status
// replies (PrintService::printerStatusRead). While the drawer is known open and the setting holds sales,
// it asks for a fresh status every poll interval (statusWanted), so the first scan after the cashier
// shuts the drawer goes through instead of meeting a stale refusal. An unknown drawer (no reply, no
// drawer connector) never holds a sale.
class DrawerGate : public QObject
{
    Q_OBJECT

public:
    explicit DrawerGate(DrawerPolicy policy, QObject *parent = nullptr);

    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    DrawerPolicy::DrawerState drawer() const { return m_drawer; }
    // Ok, or why the next sale has to wait, in the cashier's words.
    [[nodiscard]] Result<void> mayStartSale() const;

    // The printer's latest status reply, or nullopt when it could not be read.
    void statusRead(const std::optional<omnitill::PrinterStatus> &status);

Q_SIGNALS:
    // Read the printer's status again: the drawer was open the last time.
    void statusWanted();

private:
    DrawerPolicy m_policy;
    DrawerPolicy::DrawerState m_drawer = DrawerPolicy::DrawerState::Unknown;
    QTimer m_poll;
};

} // namespace omnitill
