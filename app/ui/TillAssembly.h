#pragma once

#include "ActivityFilter.h"
#include "ApprovalRetry.h"
#include "ApprovalService.h"
#include "BackOfficeViewModel.h"
#include "CardPaymentService.h"
#include "CardPaymentViewModel.h"
#include "CardRefundService.h"
#include "CashReceiptViewModel.h"
#include "CashierViewModel.h"
#include "CatalogSyncViewModel.h"
#include "CatalogViewModel.h"
#include "CentralAccount.h"
#include "CentralClient.h"
#include "CheckoutService.h"
#include "Connectivity.h"
#include "CouponService.h"
#include "CouponsViewModel.h"
#include "CustomerCache.h"
#include "CustomerDisplayFeed.h"
#include "CustomerLookup.h"
#include "CustomerViewModel.h"
#include "DeviceConfiguration.h"
#include "DeviceService.h"
#include "DashboardViewModel.h"
#include "DevicesViewModel.h"
#include "DrawerGate.h"
#include "HandoverLog.h"
#include "ExchangeViewModel.h"
#include "ExportsViewModel.h"
#include "IdleLock.h"
#include "JournalViewModel.h"
#include "KioskKeyGuard.h"
#include "KioskStaffCall.h"
#include "KioskViewModel.h"
#include "OnlineOrderClient.h"
#include "OnlineOrderService.h"
#include "OnlineOrdersViewModel.h"
#include "OutboxDrain.h"
#include "OutboxTaskSender.h"
#include "PrintService.h"
#include "ReceiptMailViewModel.h"
#include "ReceiptMailer.h"
#include "RestockLog.h"
#include "PickupCache.h"
#include "PickupSender.h"
#include "PullScheduler.h"
#include "ReturnService.h"
#include "ReturnsViewModel.h"
#include "SessionViewModel.h"
#include "ShiftHistoryViewModel.h"
#include "SettingsViewModel.h"
#include "ShiftService.h"
#include "ShiftViewModel.h"
#include "ShipToHomeService.h"
#include "ShipToHomeViewModel.h"
#include "SigningKeys.h"
#include "StaffPermissionGate.h"
#include "StaffRequestClient.h"
#include "StaffRequestsViewModel.h"
#include "StaffService.h"
#include "StaffViewModel.h"
#include "StoreReader.h"
#include "StoreSettings.h"
#include "StoredValueClient.h"
#include "StoredValuePayments.h"
#include "StoredValueViewModel.h"
#include "SyncViewModel.h"
#include "WedgeScanFilter.h"

#include <QQmlEngine>
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
    std::unique_ptr<CardRefundService> cardRefunds; // returns and exchanges refunded to cards through the terminal
    ApprovalRetry approvalRetry;
    // The reads that can take long on a big store (a name search of a million products, a year's sales), off the
    // screen's thread: the cashier's product search, the back office's catalog and dashboard.
    StoreReader reader;
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
    RestockLog restocks; // units of online orders returned here, back in stock
    HandoverLog handovers; // online orders handed over here
    // Tasks for the central store that no journal entry carries: ship-to-home orders (lines of a sale shipped to
    // the customer's address, created once the sale is paid) and digital receipts for e-mail (every sale with a
    // customer when the setting receipts.email is "customers") or the customer's app ("Send to my app"). Sent at
    // once, and every 30 s while any wait.
    OutboxTaskSender tasks;
    ShipToHomeService shipToHome;
    ReceiptMailer receiptMails;
    ShipToHomeViewModel shipScreen;         // "Ship to home" on a line of the sale, to the customer's address
    ReceiptMailViewModel receiptMailScreen; // "E-mail receipt" and "Send to app" once a sale with a customer is paid
    // Gift cards, store credit and points, paid through the central store (points worth the setting
    // loyalty.minorPerPoint minor units each, 1 when unset); gift cards and store credit also while the central
    // store is unreachable, up to storedValue.offlineMaxPerTender and storedValue.offlineMaxPerDay. A card swipe
    // from the MSR belongs in storedValueScreen.useGiftCard(number).
    StoredValueClient storedValueClient;
    StoredValuePayments storedValue;
    StoredValueViewModel storedValueScreen;
    // The manager's screens, entered with Permission::ViewReports, and their exports (CSV, PDF).
    BackOfficeViewModel backOffice;
    DashboardViewModel dashboardScreen;
    JournalViewModel journalScreen;
    ExportsViewModel exports;
    StaffViewModel staffScreen; // read-only unless the one signed in may manage staff
    ShiftHistoryViewModel shiftHistoryScreen; // the Z reports kept, and the open shift's X report
    CatalogViewModel catalogScreen; // browse 1,000,000 products, import a catalog file, the active promotions
    SettingsViewModel settingsScreen; // the store's settings, for a manager (Permission::ManageStaff)
    // The self-service kiosk over all of the above (store settings kiosk.*, and kiosk.openedBy that it keeps); idle
    // until enterKioskMode().
    KioskViewModel kiosk;
    // The kiosks' calls for staff through the central store (/v1/staff-requests): a kiosk raises each intervention
    // there (a task of the outbox) and follows it, cleared when staff resolve it at another till; a cashier till
    // polls the store's open calls for its notice and the back office's Requests page, and resolves them there.
    StaffRequestClient staffRequestClient;
    KioskStaffCall kioskStaffCall;
    StaffRequestsViewModel staffRequests;
    // What the till pulls to work offline, every 5 minutes and at start (PullScheduler; each kind's cursor and
    // last success in sync_pulls, for the back office): the catalog, withdrawn coupons, keys, the orders ready
    // here (found and handed over from pickupCache offline, then sent by pickupSender once the central store
    // answers again) and the store's regulars (setting sync.customerCacheSize, 2000 when unset) that customers
    // looks numbers up in when the central store cannot be asked.
    CustomerCache customerCache;
    PickupCache pickupCache;
    PullScheduler pulls;
    PickupSender pickupSender;
    // The back office's Sync page (the SyncOverview singleton): what waits, what the central store refused (sent again
    // from there, which sets every sender going), the coupons used twice, the pulls.
    SyncViewModel syncScreen;
    // "Sync catalog now" on the Sync page (the CatalogSync singleton): a catalog pull by hand, its pages as they
    // come, and a cancel that keeps them.
    CatalogSyncViewModel catalogSync;

    // A scanner read as its own device sells and routes exactly like every other scanner; in kiosk mode the
    // kiosk sees each scan first.
    template <typename Reader>
    void attachScanner(Reader &reader)
    {
        QObject::connect(&reader, &Reader::scanned, &till, [this](const ScanPayload &payload) {
            if (kiosk.active())
                kiosk.takeScan(payload);
            else
                till.takeScan(payload);
        });
        if constexpr (requires { &Reader::refused; }) // a camera never refuses: it sees no code, or one
            QObject::connect(&reader, &Reader::refused, &till, &CashierViewModel::scanRefused);
    }

    // Brings back the sale that was on screen when the till stopped, then settles a card payment or refund
    // left at the terminal: the payment completes that sale or returns it to tendering, the refund is
    // journaled as its return or dropped.
    [[nodiscard]] Result<int> restore();
    // Runs this till as a self-service kiosk (omnitill --kiosk): scans, card swipes and touches go to the
    // kiosk, whose idle reset replaces the idle lock, and the keys that lead out of the program do nothing
    // outside its staff mode. A kiosk that staff had open when the till stopped opens again, on its basket (call
    // after restore(), so that a card payment left at the terminal is being settled by then).
    void enterKioskMode();
    // Makes the view models the QML singletons of the screens (Till, Session, Exchange, ...) and gives the
    // engine the journal's receipts as images ("image://receipt/<number>"), before it loads a screen.
    void publishToQml(QQmlEngine &engine);
    // The language the till's own words follow: receipts, refusals, the returns and kiosk screens' messages.
    void setLanguage(const QString &code);

    // Enrolls this terminal at a central store with an operator's one-time code (omnitill --central URL
    // --enroll CODE); once enrolled, the till remembers and connects at every start.
    void enroll(const QUrl &url, const QString &code, std::function<void(Result<void>)> done);

private:
    void openScanners(const StoreSettings &settings);
    // A USB card reader read through hidraw (settings msr.hidraw, the device path, and msr.hidrawFormat,
    // "keyboard" or "tracks": see HidrawMsrReader); a keyboard-wedge one needs no setting.
    void openCardReader(const StoreSettings &settings);
    // A card swipe from any reader: while nobody may sell (sign-in, lock, approval) the session takes it, else
    // the sale; a refusal shows on whichever screen is up.
    void takeCard(const CardSwipe &card);
    void cardRefused(const QString &reason);
    void connectCentral();
    // Promotions in force today; a sale already under way keeps the ones it started with.
    void loadPromotions(const Database &database);

    ActivityFilter m_activity;
    KioskKeyGuard m_kioskKeys;
    WedgeScanFilter m_wedgeScans;
    std::vector<std::unique_ptr<QObject>> m_scanners;
    QTimer m_idleCheck;
};

} // namespace omnitill
