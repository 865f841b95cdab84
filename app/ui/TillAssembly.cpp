#include "TillAssembly.h"

#include "Database.h"
#include "PromotionEngine.h"
#include "PromotionRepository.h"
#include "StaffPolicy.h"
#include "StoreSettings.h"

#include <QLoggingCategory>

namespace omnitill {

Q_LOGGING_CATEGORY(lcAssembly, "omnitill.ui.assembly")

TillAssembly::TillAssembly(const Database &database, CatalogRepository &catalog, const StoreSettings &settings,
                           const StoreProfile &profile)
    : staff(database, StaffPolicy::load(settings))
    , approvals(database, staff, profile.terminalId)
    , gate(staff, approvals)
    , idleLock(staff, staff.policy().idleLockSeconds)
    , shifts(database, gate, profile)
    , checkout(database, catalog, profile)
    , till(checkout, catalog, settings.favouriteSkus(), approvalRetry)
    , session(staff, idleLock, shifts, gate, approvalRetry)
    , shiftScreen(shifts, profile, approvalRetry)
{
    checkout.setPermissionGate(&gate);
    checkout.setShiftSource([this] { return shifts.currentShiftId(); });
    // Promotions in force today; a sale already under way keeps the ones it started with.
    if (auto active = PromotionRepository(database).loadActive(QDate::currentDate()); active)
        checkout.setPromotions(std::make_shared<const PromotionEngine>(std::move(active).value()));
    else
        qCWarning(lcAssembly) << "selling without promotions:" << active.error();
    QObject::connect(&m_idleCheck, &QTimer::timeout, &idleLock, [this] { idleLock.checkIdle(); });
    m_idleCheck.start(1000);
}

} // namespace omnitill
