#include "KioskStaffCall.h"

#include "CentralClient.h"
#include "StaffRequestClient.h"

#include <QLoggingCategory>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

KioskStaffCall::KioskStaffCall(KioskViewModel &kiosk, StaffRequestClient &requests, CentralClient &central,
                               QObject *parent)
    : QObject(parent)
    , m_kiosk(kiosk)
    , m_requests(requests)
    , m_central(central)
{
    m_follow.setInterval(defaultFollowMs);
    connect(&m_kiosk, &KioskViewModel::staffCalled, this, &KioskStaffCall::called);
    connect(&m_kiosk, &KioskViewModel::staffAnswered, this, &KioskStaffCall::answered);
    connect(&m_follow, &QTimer::timeout, this, &KioskStaffCall::follow);
}

QString KioskStaffCall::kindOf(KioskViewModel::Intervention intervention)
{
    switch (intervention) {
    case KioskViewModel::Intervention::AgeCheck:
        return QStringLiteral("age_check");
    case KioskViewModel::Intervention::UnknownBarcode:
        return QStringLiteral("unknown_barcode");
    case KioskViewModel::Intervention::PaymentFailed:
        return QStringLiteral("payment_failed");
    case KioskViewModel::Intervention::Coupon:
        return QStringLiteral("coupon");
    case KioskViewModel::Intervention::Help:
    case KioskViewModel::Intervention::None:
        break;
    }
    return QStringLiteral("help");
}

void KioskStaffCall::called(KioskViewModel::Intervention intervention, const QString &details)
{
    if (!m_kiosk.active() || !m_central.hasCredential())
        return;
    auto raised = m_requests.raise(kindOf(intervention), details);
    if (!raised) {
        // The kiosk still waits for staff at the kiosk; only the other tills do not hear of it.
        qCWarning(lcSync) << "the call for staff was not queued:" << raised.error();
        return;
    }
    m_requestId = *raised;
    m_follow.start();
}

void KioskStaffCall::answered(const QString &staffNumber, const QString &staffName)
{
    if (m_requestId.isEmpty())
        return;
    if (auto queued = m_requests.resolveLater(m_requestId, staffNumber, staffName, QStringLiteral("resolved")); !queued)
        qCWarning(lcSync) << "the kiosk's resolution of" << m_requestId << "was not queued:" << queued.error();
    m_requestId.clear();
    m_follow.stop();
}

void KioskStaffCall::follow()
{
    if (m_requestId.isEmpty())
        return;
    // Not yet at the central store (its raise waits in the outbox), or the store away: asked again next time.
    m_requests.follow(m_requestId, [this, asked = m_requestId](Result<StaffRequestStatus> found) {
        if (!found || found->open || asked != m_requestId)
            return;
        m_requestId.clear();
        m_follow.stop();
        m_kiosk.resolveFromAfar(found->resolverWords());
    });
}

} // namespace omnitill
