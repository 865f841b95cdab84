#pragma once

#include "ActivityFilter.h"
#include "ApprovalRetry.h"
#include "ApprovalService.h"
#include "CashierViewModel.h"
#include "CheckoutService.h"
#include "CustomerDisplayFeed.h"
#include "DeviceConfiguration.h"
#include "DeviceService.h"
#include "DevicesViewModel.h"
#include "DrawerGate.h"
#include "ExchangeViewModel.h"
#include "IdleLock.h"
#include "PrintService.h"
#include "ReturnService.h"
#include "ReturnsViewModel.h"
#include "SessionViewModel.h"
#include "ShiftService.h"
#include "ShiftViewModel.h"
#include "StaffPermissionGate.h"
#include "StaffService.h"

#include <QTimer>

namespace omnitill {

class CatalogRepository;
class Database;
class StoreSettings;

// The till's long-lived services and view models, built and wired in one place so that main() and the
// screen tests run the same till: staff and their permission gate in front of checkout and shifts, the
// idle lock ticking, every completed sale's receipt queued for the printer (store settings
// printer.profile and printer.address; without them the virtual printer, which saves each receipt as a
// PNG in printed-receipts/ beside the store's database), the next sale held while the drawer is open
// (devices.json), the other devices on their own thread with the pole display following the sale, the view
// models over all of it. Members are
// declared in dependency order, so they are destroyed in reverse.
class TillAssembly
{
public:
    TillAssembly(const Database &database, CatalogRepository &catalog, const StoreSettings &settings,
                 const StoreProfile &profile);

    // This terminal's devices.json (the simulators without one), or why it cannot be read.
    const Result<DeviceConfiguration> deviceConfiguration;
    StaffService staff;
    ApprovalService approvals;
    StaffPermissionGate gate;
    IdleLock idleLock;
    ShiftService shifts;
    CheckoutService checkout;
    ReturnService returns;
    ApprovalRetry approvalRetry;
    PrintService printing;
    DrawerGate drawer;
    DeviceService devices;
    CashierViewModel till;
    SessionViewModel session;
    ShiftViewModel shiftScreen;
    ReturnsViewModel returnsScreen;
    ExchangeViewModel exchangeScreen;
    CustomerDisplayFeed customerFeed;
    DevicesViewModel devicesScreen;

private:
    ActivityFilter m_activity;
    QTimer m_idleCheck;
};

} // namespace omnitill
