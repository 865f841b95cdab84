#pragma once

#include "ActivityFilter.h"
#include "ApprovalRetry.h"
#include "ApprovalService.h"
#include "CardPaymentService.h"
#include "CardPaymentViewModel.h"
#include "CardRefundService.h"
#include "CashReceiptViewModel.h"
#include "CashierViewModel.h"
#include "CentralAccount.h"
#include "CentralClient.h"
#include "CheckoutService.h"
#include "Connectivity.h"
#include "CouponService.h"
#include "CouponsViewModel.h"
#include "CustomerDisplayFeed.h"
#include "CustomerLookup.h"
#include "CustomerViewModel.h"
#include "DeviceConfiguration.h"
#include "DeviceService.h"
#include "DevicesViewModel.h"
#include "DrawerGate.h"
#include "ExchangeViewModel.h"
#include "IdleLock.h"
#include "OutboxDrain.h"
#include "OnlineOrderClient.h"
#include "OnlineOrderService.h"
#include "OnlineOrdersViewModel.h"
#include "PrintService.h"
#include "ReturnService.h"
#include "ReturnsViewModel.h"
#include "SessionViewModel.h"
#include "ShiftService.h"
#include "ShiftViewModel.h"
#include "SigningKeys.h"
#include "StaffPermissionGate.h"
#include "StaffService.h"
#include "StoreSettings.h"
#include "StoredValueClient.h"
#include "StoredValuePayments.h"
#include "StoredValueViewModel.h"
#include "WedgeScanFilter.h"

#include <QTimer>
#include <memory>
#include <vector>

namespace omnitill {

class CatalogRepository;
class Database;
class StoreSettings;

// The till's long-lived services and view models, built and wired in one place so that main() and the
// screen tests run the same till: staff and their permission gate in front of checkout and shifts, the
// idle lock ticking, every completed sale's receipt queued for the printer (store settings
// printer.profile and printer.address; without them the virtual printer, which saves each receipt as a
// PNG in printed-receipts/ beside the store's database), the next sale held while the drawer is open
// (devices.json), the other devices on their own thread with the pole display following the sale, every
// scanner feeding the cashier's one scan path (the in-application wedge filter always; evdev, HID POS and
// serial scanners named by the settings scanner.evdev (part of the device name), scanner.hidraw and
// scanner.serial (device paths), and a camera with scanner.camera (part of its name, or "default")), the
// view models over all of it. Members are
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
    // The card terminal (store settings payment.*, see CardTerminalSettings) and the payments through it;
    // both null for a till beside a standalone terminal. A terminal that is configured but cannot be used
    // leaves cardTerminalProblem saying why, and no card is taken until it is mended.
    QString cardTerminalProblem;
    std::unique_ptr<PaymentTerminal> cardTerminal;
    std::unique_ptr<CardPaymentService> cardPayments;
    ReturnService returns;
    std::unique_ptr<CardRefundService> cardRefunds; // returns refunded to a card through the terminal
    ApprovalRetry approvalRetry;
    PrintService printing;
    DrawerGate drawer;
    DeviceService devices;
    CashierViewModel till;
    SessionViewModel session;
    ShiftViewModel shiftScreen;
    ReturnsViewModel returnsScreen;
    ExchangeViewModel exchangeScreen;
    CardPaymentViewModel cardScreen;
    CashReceiptViewModel cashReceiptScreen; // Korean stores' 현금영수증 on the Pay panel
    CustomerDisplayFeed customerFeed;
    DevicesViewModel devicesScreen;
    // The central store (settings central.url and central.credential, see CentralAccount); the till sells
    // without one, and a customer's app code is still checked with the keys it last fetched.
    StoreSettings centralSettings;
    CentralClient central;
    CentralAccount centralAccount;
    SigningKeys signingKeys;
    CustomerLookup customers;
    CustomerViewModel customerScreen;
    // Every finished sale on its way to the central store: sent after each sale and return, every 30 s and
    // on the backoff's schedule; Connectivity is the status bar's word for it (the Sync singleton).
    OutboxDrain outbox;
    Connectivity connectivity;
    // Coupons issued online, scanned or picked from the customer's: reserved at the central store; while it is
    // unreachable, taken offline up to coupons.offlineMaxCountPerDay and coupons.offlineMaxValuePerDay (unset:
    // none) and reported through the outbox. Redemptions still owed by earlier sales are sent whenever the central
    // store is connected.
    CouponService coupons;
    CouponsViewModel couponScreen;
    // Online orders picked up and returned here, each decided by the central store (returns.onlineRefunds
    // says which refunds the store gives); a scanned order code opens the order on its tab.
    OnlineOrderClient orderClient;
    OnlineOrderService onlineOrders;
    OnlineOrdersViewModel ordersScreen;
    // Gift cards, store credit and points, paid through the central store (points worth the setting
    // loyalty.minorPerPoint minor units each, 1 when unset). A card swipe from the MSR belongs in
    // storedValueScreen.useGiftCard(number).
    StoredValueClient storedValueClient;
    StoredValuePayments storedValue;
    StoredValueViewModel storedValueScreen;

    // A scanner read as its own device sells and routes exactly like every other scanner.
    template <typename Reader>
    void attachScanner(Reader &reader)
    {
        QObject::connect(&reader, &Reader::scanned, &till, &CashierViewModel::takeScan);
        if constexpr (requires { &Reader::refused; }) // a camera never refuses: it sees no code, or one
            QObject::connect(&reader, &Reader::refused, &till, &CashierViewModel::scanRefused);
    }

    // Brings back the sale that was on screen when the till stopped, then settles a card payment or refund
    // left at the terminal: the payment completes that sale or returns it to tendering, the refund is
    // journaled as its return or dropped.
    [[nodiscard]] Result<int> restore();
    // Makes the view models the QML singletons of the screens (Till, Session, Exchange, ...).
    void publishToQml();

    // Enrolls this terminal at a central store with an operator's one-time code (omnitill --central URL
    // --enroll CODE); once enrolled, the till remembers and connects at every start.
    void enroll(const QUrl &url, const QString &code, std::function<void(Result<void>)> done);

private:
    void openScanners(const StoreSettings &settings);
    void connectCentral();

    ActivityFilter m_activity;
    WedgeScanFilter m_wedgeScans;
    std::vector<std::unique_ptr<QObject>> m_scanners;
    QTimer m_idleCheck;
};

} // namespace omnitill
