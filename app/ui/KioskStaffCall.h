#pragma once

#include "KioskViewModel.h"

#include <QObject>
#include <QTimer>

namespace omnitill {

class CentralClient;
class StaffRequestClient;

// The kiosk's calls for staff at the central store, so that the store's cashier tills and back office see them:
// each intervention the kiosk raises is raised there too (through the outbox, so a call made while the central
// store is away goes when it answers again, and the kiosk goes on meanwhile with staff's PIN or card at the
// kiosk); while it is open the kiosk asks after it every few seconds, and when staff resolved it at another till
// the kiosk is cleared and says who did. Resolved at the kiosk, it is resolved at the central store too.
//
// Invariants: at most one call is followed, the kiosk's current intervention's; an answer about an earlier call
// changes nothing; a till not enrolled at a central store raises nothing there.
class KioskStaffCall : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultFollowMs = 3000;

    KioskStaffCall(KioskViewModel &kiosk, StaffRequestClient &requests, CentralClient &central,
                   QObject *parent = nullptr);

    void setFollowInterval(int milliseconds) { m_follow.setInterval(milliseconds); }
    // The call being followed; empty while none is open.
    [[nodiscard]] QString openRequest() const { return m_requestId; }

    // The central store's kind for an intervention ("age_check").
    [[nodiscard]] static QString kindOf(KioskViewModel::Intervention intervention);

private:
    void called(KioskViewModel::Intervention intervention, const QString &details);
    void answered(const QString &staffNumber, const QString &staffName);
    void follow();

    KioskViewModel &m_kiosk;
    StaffRequestClient &m_requests;
    CentralClient &m_central;
    QString m_requestId;
    QTimer m_follow;
};

} // namespace omnitill
