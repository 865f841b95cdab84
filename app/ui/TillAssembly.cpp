#include "TillAssembly.h"

#include "CameraScanner.h"
#include "CardTerminalSettings.h"
#include "CouponRedemptions.h"
#include "Database.h"
#include "DeviceConfiguration.h"
#include "DeviceManager.h"
#include "EvdevScannerReader.h"
#include "HidrawMsrReader.h"
#include "HidrawScannerReader.h"
#include "InputDeviceFinder.h"
#include "PromotionEngine.h"
#include "PromotionRepository.h"
#include "QmlSingletons.h"
#include "ReceiptImageProvider.h"
#include "ReceiptSampleImageProvider.h"
#include "SerialScannerReader.h"
#include "StaffPolicy.h"
#include "StoreSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace omnitill {

Q_LOGGING_CATEGORY(lcAssembly, "omnitill.ui.assembly")

namespace {
QString receiptFolderBeside(const Database &database)
{
    return QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("printed-receipts"));
}

// The configured printer: the "receipt" device of this terminal's devices.json when there is one, else the
// store settings; the demo's (and a misconfigured till's) is the virtual printer, whose receipts a person
// can open as PNG files.
PrintService::Printer printerFor(const StoreSettings &settings, const Database &database,
                                 const Result<DeviceConfiguration> &devices)
{
    const QString virtualPrinter = QStringLiteral("virtual:") + receiptFolderBeside(database);
    auto printer = PrintService::printerFromSettings(settings, virtualPrinter);
    if (QFileInfo::exists(DeviceConfiguration::pathBeside(database.path()))) {
        if (!devices)
            printer = Error{devices.error()};
        else if (auto configured = PrintService::printerFromDevices(*devices))
            printer = std::move(*configured);
    }
    if (printer)
        return std::move(printer).value();
    qCWarning(lcAssembly) << "printing to the virtual printer:" << printer.error();
    return {PrinterProfile::epsonTmT88(), virtualPrinter};
}

// The card terminal the store settings name, made by the plugin of its protocol, if any; problem says why a
// configured one cannot be used (a missing plugin included).
std::unique_ptr<PaymentTerminal> cardTerminalFor(const StoreSettings &settings, const StoreProfile &profile,
                                                 QString &problem)
{
    const auto configured =
        CardTerminalSettings::load(settings, profile.terminalId, qgetenv("OMNITILL_TERMINAL_PASSPHRASE"));
    if (!configured) {
        problem = configured.error();
    } else if (*configured) {
        auto terminal = CardTerminalSettings::open(**configured, DeviceManager::defaultPluginFolders());
        if (terminal)
            return std::move(terminal).value();
        problem = terminal.error();
    }
    if (!problem.isEmpty())
        qCWarning(lcAssembly) << "no card payments:" << problem;
    return nullptr;
}

// The drawer rules are options of the receipt printer, whose kick connector the drawer hangs on.
DrawerPolicy::Settings drawerSettings(const Result<DeviceConfiguration> &devices)
{
    const DeviceSettings *receipt = devices ? devices->device(QStringLiteral("receipt")) : nullptr;
    return receipt ? DrawerPolicy::Settings::fromOptions(receipt->options) : DrawerPolicy::Settings{};
}
} // namespace

TillAssembly::TillAssembly(const Database &database, CatalogRepository &catalog, const StoreSettings &settings,
                           const StoreProfile &profile)
    : deviceConfiguration(
          DeviceConfiguration::load(DeviceConfiguration::pathBeside(database.path()), receiptFolderBeside(database)))
    , staff(database, StaffPolicy::load(settings))
    , approvals(database, staff, profile.terminalId)
    , gate(staff, approvals)
    , idleLock(staff, staff.policy().idleLockSeconds)
    , shifts(database, gate, profile)
    , checkout(database, catalog, profile)
    , cardTerminal(cardTerminalFor(settings, profile, cardTerminalProblem))
    , cardPayments(cardTerminal ? std::make_unique<CardPaymentService>(database, checkout, *cardTerminal) : nullptr)
    , returns(database, catalog, profile)
    , cardRefunds(cardTerminal ? std::make_unique<CardRefundService>(database, returns, checkout, *cardTerminal,
                                                                     profile.currency)
                               : nullptr)
    , reader(database.path())
    , printing(database, profile, printerFor(settings, database, deviceConfiguration))
    , drawer(DrawerPolicy(drawerSettings(deviceConfiguration), printing.printer().profile))
    , devices(deviceConfiguration ? *deviceConfiguration : DeviceConfiguration{}, DeviceManager::defaultPluginFolders())
    , till(checkout, catalog, reader, settings.favouriteSkus(), approvalRetry)
    , session(staff, idleLock, shifts, gate, approvalRetry)
    , shiftScreen(shifts, profile, approvalRetry)
    , returnsScreen(returns, checkout, profile, approvalRetry)
    , exchangeScreen(checkout, returns)
    , cardScreen(checkout, cardPayments.get(), cardTerminalProblem)
    , cashReceiptScreen(checkout)
    , customerFeed(till)
    , devicesScreen(devices, printing, deviceConfiguration)
    , centralSettings(database)
    , centralAccount(centralSettings, central)
    , signingKeys(centralSettings, central)
    , customers(central, signingKeys)
    , customerScreen(customers, checkout)
    , outbox(database, central)
    , connectivity(central, outbox)
    , coupons(checkout, central, signingKeys, database)
    , couponScreen(coupons, checkout, customerScreen)
    , orderClient(central, signingKeys)
    , onlineOrders(orderClient, checkout, catalog, centralSettings)
    , ordersScreen(onlineOrders, checkout)
    , restocks(database)
    , handovers(database)
    , tasks(database, central,
            {{ShipToHomeService::taskKind, ShipToHomeService::route},
             {ReceiptMailer::taskKind, ReceiptMailer::route},
             {StaffRequestClient::raiseKind, StaffRequestClient::raiseRoute},
             {StaffRequestClient::resolveKind, StaffRequestClient::resolveRoute},
             {ReceiptMailer::appTaskKind, ReceiptMailer::appRoute}})
    , shipToHome(database, checkout, tasks)
    , receiptMails(database, profile, printing.printer().profile, tasks)
    , shipScreen(shipToHome, checkout, customerScreen)
    , receiptMailScreen(receiptMails, tasks, checkout, customerScreen, connectivity)
    , storedValueClient(central)
    , storedValue(checkout, returns, storedValueClient, database)
    , storedValueScreen(storedValue, checkout)
    , backOffice(gate, approvalRetry)
    , dashboardScreen(database, reader, catalog, profile)
    , journalScreen(database, catalog, printing, profile)
    , exports(settings.value(QStringLiteral("exports.folder"))
                  .value_or(QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("exports"))))
    , staffScreen(staff)
    , shiftHistoryScreen(database, shifts, printing, profile, approvalRetry)
    , catalogScreen(database, reader, profile)
    , settingsScreen(database, catalog, staff, profile, printing.printer().profile)
    , kiosk({checkout, catalog, staff, shifts, till, cardScreen, couponScreen, centralSettings},
            KioskSettings::load(settings))
    , staffRequestClient(database, central, tasks)
    , kioskStaffCall(kiosk, staffRequestClient, central)
    , staffRequests(staffRequestClient, central, staff)
    , customerCache(database)
    , pickupCache(database)
    , pulls(database, catalog, central, signingKeys)
    , pickupSender(database, central)
    , syncScreen(database, connectivity, central, pulls, backOffice, profile)
    , catalogSync(pulls, central, QLocale(profile.localeName))
    , m_activity(idleLock)
    , m_kioskKeys(kiosk)
    , m_wedgeScans(WedgeScanDetector::Settings{})
{
    QObject::connect(&till, &CashierViewModel::scanSeen, &devicesScreen, &DevicesViewModel::lastScan);
    QObject::connect(&till, &CashierViewModel::customerScanned, &customerScreen, &CustomerViewModel::identify);
    QObject::connect(&till, &CashierViewModel::couponScanned, &couponScreen, &CouponsViewModel::apply);
    QObject::connect(&couponScreen, &CouponsViewModel::outcome, &till, &CashierViewModel::showOutcome);
    QObject::connect(&shipScreen, &ShipToHomeViewModel::outcome, &till, &CashierViewModel::showOutcome);
    QObject::connect(&till, &CashierViewModel::orderScanned, &ordersScreen, &OnlineOrdersViewModel::find);
    QObject::connect(&till, &CashierViewModel::giftCardSwiped, &storedValueScreen, &StoredValueViewModel::useGiftCard);
    onlineOrders.setPrinter(&printing);
    onlineOrders.setRestocks(&restocks);
    onlineOrders.setHandovers(&handovers);
    // A cash refund of an online return leaves the drawer as a paid-out of the shift, so the count still adds up.
    onlineOrders.setCashPayout([this](qint64 amountMinor, const QString &reason) -> Result<void> {
        if (auto paid = shifts.paidOut(amountMinor, reason); !paid)
            return Error{paid.error()};
        return {};
    });
    if (settings.value(QStringLiteral("receipts.email")).value_or(QString()) == QLatin1String("customers")) {
        QObject::connect(&checkout, &CheckoutService::saleCompleted, &receiptMails, [this](qint64 sequence) {
            if (checkout.lastCompleted()->record.value(QLatin1String("customer")).toString().isEmpty())
                return;
            if (auto queued = receiptMails.mail(sequence); !queued)
                qCWarning(lcAssembly) << "receipt" << sequence << "not queued for e-mail:" << queued.error();
        });
    }
    connectCentral();
    storedValue.setMinorPerPoint(
        settings.value(QStringLiteral("loyalty.minorPerPoint")).value_or(QStringLiteral("1")).toLongLong());
    const auto minor = [&settings](const char *key) {
        return settings.value(QLatin1String(key)).value_or(QString()).toLongLong();
    };
    storedValue.setOfflineCaps({minor("storedValue.offlineMaxPerTender"), minor("storedValue.offlineMaxPerDay")});
    // Gift cards and store credit taken offline reach the central store once their sale is journaled and the
    // store answers again (after any outbox answer).
    QObject::connect(&checkout, &CheckoutService::saleCompleted, &storedValue, [this] { storedValue.sendOffline(); });
    QObject::connect(&outbox, &OutboxDrain::progressed, &storedValue, &StoredValuePayments::sendOffline);
    checkout.setPermissionGate(&gate);
    checkout.setShiftSource([this] { return shifts.currentShiftId(); });
    returns.setPermissionGate(&gate);
    returns.setShiftSource([this] { return shifts.currentShiftId(); });
    checkout.setReturns(&returns);
    if (cardPayments) {
        cardPayments->setOfflineCaps(CardTerminalSettings::offlineCaps(settings));
        returnsScreen.setCardRefunds(cardRefunds.get());
        exchangeScreen.setCardRefunds(cardRefunds.get());
    }
    checkout.setSaleStartCheck([this] { return drawer.mayStartSale(); });
    QObject::connect(&printing, &PrintService::printerStatusRead, &drawer, &DrawerGate::statusRead);
    QObject::connect(&drawer, &DrawerGate::statusWanted, &printing, &PrintService::checkStatus);
    loadPromotions(database);
    const int cachedCustomers =
        settings.value(CustomerCache::sizeKey).value_or(QString::number(CustomerCache::defaultSize)).toInt();
    customers.setCache(&customerCache, cachedCustomers);
    pulls.setCustomerCacheSize(cachedCustomers);
    orderClient.setPickupCache(&pickupCache);
    // Online-order returns taken back offline from the pickup cache, refunded up to these (0: none).
    orderClient.setOfflineReturnCaps(
        {minor("returns.offlineOnlineRefundMaxPerReturn"), minor("returns.offlineOnlineRefundMaxPerDay")});
    QObject::connect(&pulls, &PullScheduler::catalogChanged, [this, &database] { loadPromotions(database); });
    QObject::connect(&pulls, &PullScheduler::roundFinished, &pickupSender, &PickupSender::send);
    QObject::connect(&pickupSender, &PickupSender::finished, &connectivity, &Connectivity::refresh);
    // What the other senders carry counts as sendable too: the status bar never says "online" over a pickup.
    connectivity.setOtherSenders({QString(PickupCache::outboxKind), QString(PickupCache::returnKind),
                                  QString(OfflineRedemptions::kind), QString(CouponRedemptions::kind),
                                  ShipToHomeService::taskKind, ReceiptMailer::taskKind, StaffRequestClient::raiseKind,
                                  StaffRequestClient::resolveKind, ReceiptMailer::appTaskKind});
    connectivity.refresh();
    syncScreen.setStaffSource([this] { return staff.current() ? staff.current()->staffNumber : QString(); });
    QObject::connect(&syncScreen, &SyncViewModel::recordReleased, &outbox, [this] {
        connectivity.refresh();
        outbox.drain();
        pickupSender.send();
        tasks.send();
        coupons.redeemPending();
    });
    // Pickups handed over (and online-order returns taken back) offline go as soon as the central store answers again,
    // not at the next pull: on the change to answering only (a run ends with a refresh, which must not start another).
    QObject::connect(&connectivity, &Connectivity::changed, &pickupSender, [this, answered = false]() mutable {
        const bool answering =
            connectivity.state() == QLatin1String("online") || connectivity.state() == QLatin1String("sending");
        const bool cameBack = answering && !answered;
        answered = answering; // first: the run below ends in a refresh that comes back here at once
        if (cameBack) {
            pickupSender.send();
            storedValue.sendOffline(); // gift cards, store credit and points taken offline, whatever the drain does
        }
    });
    till.setPrinting(&printing);
    printing.setPointsBalances([this](const QString &customerId) { return storedValue.knownPoints(customerId); });
    // A sale that ships lines home prints once the central store was asked for their orders (at most the client's
    // timeout), so that its receipt says which orders will only be created later.
    QObject::connect(&checkout, &CheckoutService::saleCompleted, &printing, [this](qint64 sequence) {
        const QString saleId = checkout.lastCompleted()->saleId;
        const QList<PaymentResult> cards = cardPayments ? cardPayments->takeApproved(saleId) : QList<PaymentResult>();
        shipToHome.whenSettled(saleId, [this, sequence, cards](const QStringList &waiting) {
            QStringList notices;
            for (const QString &number : waiting)
                notices.append(ShipToHomeService::waitingNotice(number));
            if (auto queued = printing.printReceipt(sequence, cards, notices); !queued)
                qCWarning(lcAssembly) << "receipt" << sequence << "not printed:" << queued.error();
        });
    });
    QObject::connect(&shifts, &ShiftService::drawerOpenRequested, &printing, &PrintService::openDrawer);
    QObject::connect(&printing, &PrintService::drawerOpened, &shiftScreen, &ShiftViewModel::showDrawerOutcome);
    // A return's receipt too: the customer's proof, and for store credit the code that spends it.
    QObject::connect(&returns, &ReturnService::returnCompleted, &printing, [this](qint64 sequence) {
        if (auto queued = printing.printReceipt(sequence); !queued)
            qCWarning(lcAssembly) << "return receipt" << sequence << "not printed:" << queued.error();
    });
    const auto showOnPole = [this] { devices.showOnLineDisplay(customerFeed.poleTop(), customerFeed.poleBottom()); };
    QObject::connect(&customerFeed, &CustomerDisplayFeed::changed, &devices, showOnPole);
    showOnPole();
    qCInfo(lcAssembly) << "receipts print on" << printing.printer().profile.displayName << "at"
                       << printing.printer().address;
    if (auto started = printing.start(); !started)
        qCWarning(lcAssembly) << "the print queue did not start:" << started.error();
    // Scanner bursts typed into any field become scans before a widget or a shortcut sees them. Key
    // presses, touches and clicks anywhere keep the till awake; the timer locks an untouched one. The
    // filter installed last runs first: activity is noted before the wedge filter swallows a scan's keys.
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(&m_wedgeScans);
        QCoreApplication::instance()->installEventFilter(&m_activity);
    }
    attachScanner(m_wedgeScans);
    const auto followSession = [this] {
        m_wedgeScans.setActive(session.signedIn() && session.shiftOpen() && !session.locked() &&
                               session.approvalTitle().isEmpty());
    };
    QObject::connect(&session, &SessionViewModel::changed, &m_wedgeScans, followSession);
    QObject::connect(&session, &SessionViewModel::approvalChanged, &m_wedgeScans, followSession);
    followSession();
    // Card swipes, caught by the wedge filter even while it is off for scans: while nobody may sell (sign-in,
    // lock, approval) the session takes them, and a staff card signs in, unlocks or approves; while selling,
    // the sale takes customer and gift cards. Refusals show on whichever screen is up.
    QObject::connect(&m_wedgeScans, &WedgeScanFilter::swiped, &till, [this](const CardSwipe &card) { takeCard(card); });
    QObject::connect(&m_wedgeScans, &WedgeScanFilter::cardRefused, &till,
                     [this](const QString &reason) { cardRefused(reason); });
    QObject::connect(&m_idleCheck, &QTimer::timeout, &idleLock, [this] { idleLock.checkIdle(); });
    m_idleCheck.start(1000);
    QObject::connect(&till, &CashierViewModel::receiptScanned, &returnsScreen, &ReturnsViewModel::load);
    // A finished sale or return counts as waiting at once, and goes out now if the store can be reached.
    QObject::connect(&checkout, &CheckoutService::saleCompleted, &connectivity, &Connectivity::refresh);
    QObject::connect(&checkout, &CheckoutService::saleCompleted, &outbox, &OutboxDrain::drain);
    QObject::connect(&returns, &ReturnService::returnCompleted, &connectivity, &Connectivity::refresh);
    QObject::connect(&returns, &ReturnService::returnCompleted, &outbox, &OutboxDrain::drain);
    openScanners(settings);
    openCardReader(settings);
}

Result<int> TillAssembly::restore()
{
    auto restored = checkout.restore();
    // A pickup paid in store whose sale completed before the till stopped is recorded at the central store now.
    onlineOrders.resumeAwaitingPayment();
    // Ship-to-home orders of a sale paid just before the till stopped are written for the central store now.
    shipToHome.recover();
    // What the central store took for a tender the till did not record is given back; what it did not hear of
    // (taken offline) is sent.
    storedValue.recover();
    storedValue.sendOffline();
    if (cardPayments) {
        cardPayments->recover();
        if (cardPayments->busy())
            cardScreen.showRecovering();
        cardRefunds->recover();
    }
    return restored;
}

void TillAssembly::enterKioskMode()
{
    kiosk.setActive(true);
    staffRequests.stop(); // a kiosk calls for staff, it does not answer calls
    idleLock.setIdleSeconds(0);
    QObject::connect(&m_activity, &ActivityFilter::activity, &kiosk, &KioskViewModel::noteActivity);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(&m_kioskKeys);
}

void TillAssembly::publishToQml(QQmlEngine &engine)
{
    engine.addImageProvider(QStringLiteral("receipt"), new ReceiptImageProvider(printing)); // the engine owns it
    engine.addImageProvider(QStringLiteral("receiptsample"), new ReceiptSampleImageProvider(settingsScreen));
    qml::TillSingleton::instance = &till;
    qml::SessionSingleton::instance = &session;
    qml::ShiftSingleton::instance = &shiftScreen;
    qml::ReturnsSingleton::instance = &returnsScreen;
    qml::ExchangeSingleton::instance = &exchangeScreen;
    qml::CardPaymentSingleton::instance = &cardScreen;
    qml::CashReceiptSingleton::instance = &cashReceiptScreen;
    qml::DevicesSingleton::instance = &devicesScreen;
    qml::CustomerFeedSingleton::instance = &customerFeed;
    qml::CustomerSingleton::instance = &customerScreen;
    qml::ShipToHomeSingleton::instance = &shipScreen;
    qml::ReceiptMailSingleton::instance = &receiptMailScreen;
    qml::StoredValueSingleton::instance = &storedValueScreen;
    qml::OnlineOrdersSingleton::instance = &ordersScreen;
    qml::CouponsSingleton::instance = &couponScreen;
    qml::SyncSingleton::instance = &connectivity;
    qml::BackOfficeSingleton::instance = &backOffice;
    qml::DashboardSingleton::instance = &dashboardScreen;
    qml::JournalSingleton::instance = &journalScreen;
    qml::ExportsSingleton::instance = &exports;
    qml::StaffSingleton::instance = &staffScreen;
    qml::ShiftHistorySingleton::instance = &shiftHistoryScreen;
    qml::SyncOverviewSingleton::instance = &syncScreen;
    qml::CatalogSyncSingleton::instance = &catalogSync;
    qml::CatalogSingleton::instance = &catalogScreen;
    qml::SettingsSingleton::instance = &settingsScreen;
    qml::KioskSingleton::instance = &kiosk;
    qml::StaffRequestsSingleton::instance = &staffRequests;
}

void TillAssembly::setLanguage(const QString &code)
{
    till.setLanguage(code);
    returnsScreen.setLanguage(code);
    kiosk.setLanguage(code);
    // The back office's words made in C++ (rows, checks, where a file went) follow too; a visit's passing messages
    // are dropped rather than left in the other language.
    dashboardScreen.setLanguage(code);
    journalScreen.retranslate();
    shiftHistoryScreen.retranslate();
    staffScreen.retranslate();
    devicesScreen.retranslate();
    catalogScreen.retranslate();
    exports.retranslate();
    if (backOffice.isOpen())
        syncScreen.refresh(); // its rows are read and worded together
}

void TillAssembly::openScanners(const StoreSettings &settings)
{
    const auto keep = [this](auto reader, const QString &device, Result<void> opened) {
        if (!opened) {
            qCWarning(lcAssembly) << "scanner" << device << "not read:" << opened.error();
            return;
        }
        attachScanner(*reader);
        m_scanners.push_back(std::move(reader));
    };
    if (const auto name = settings.value(QStringLiteral("scanner.evdev")); name && !name->isEmpty()) {
        const QStringList devices = InputDeviceFinder::eventDevices(
            QString::fromLatin1(InputDeviceFinder::sysClassInput), {*name, std::nullopt, std::nullopt});
        if (devices.isEmpty())
            qCWarning(lcAssembly) << "no input device named like" << *name << "for the scanner";
        for (const QString &device : devices) {
            auto reader = std::make_unique<EvdevScannerReader>(EvdevScannerReader::Settings{});
            auto opened = reader->open(device);
            keep(std::move(reader), device, std::move(opened));
        }
    }
    if (const auto device = settings.value(QStringLiteral("scanner.hidraw")); device && !device->isEmpty()) {
        auto reader = std::make_unique<HidrawScannerReader>(HidrawScannerReader::Settings{});
        auto opened = reader->open(*device);
        keep(std::move(reader), *device, std::move(opened));
    }
    if (const auto port = settings.value(QStringLiteral("scanner.serial")); port && !port->isEmpty()) {
        auto reader = std::make_unique<SerialScannerReader>(SerialScannerReader::Settings{});
        auto opened = reader->openPort(*port);
        keep(std::move(reader), *port, std::move(opened));
    }
    if (const auto camera = settings.value(QStringLiteral("scanner.camera")); camera && !camera->isEmpty()) {
        auto reader = std::make_unique<CameraScanner>();
        auto started = reader->start(*camera == QLatin1String("default") ? QString() : *camera);
        keep(std::move(reader), *camera, std::move(started));
    }
}

void TillAssembly::loadPromotions(const Database &database)
{
    if (auto active = PromotionRepository(database).loadActive(QDate::currentDate()); active)
        checkout.setPromotions(std::make_shared<const PromotionEngine>(std::move(active).value()));
    else
        qCWarning(lcAssembly) << "selling without promotions:" << active.error();
}

void TillAssembly::takeCard(const CardSwipe &card)
{
    if (kiosk.active())
        kiosk.takeCard(card);
    else if (staffRequests.takeStaffCard(card))
        return; // a staff card for the kiosk's call being resolved
    else if (!m_wedgeScans.isActive())
        session.takeCard(card);
    else
        till.takeStoreCard(card);
}

void TillAssembly::cardRefused(const QString &reason)
{
    if (m_wedgeScans.isActive())
        till.scanRefused(reason);
    else
        session.cardRefused(reason);
}

void TillAssembly::openCardReader(const StoreSettings &settings)
{
    const QString device = settings.value(QStringLiteral("msr.hidraw")).value_or(QString());
    if (device.isEmpty())
        return;
    const QString formatName = settings.value(QStringLiteral("msr.hidrawFormat")).value_or(QStringLiteral("keyboard"));
    const auto format = HidrawMsrReader::formatNamed(formatName);
    if (!format) {
        qCWarning(lcAssembly) << "card reader" << device << "not read: no report format" << formatName;
        return;
    }
    auto reader = std::make_unique<HidrawMsrReader>(*format);
    if (auto opened = reader->open(device); !opened) {
        qCWarning(lcAssembly) << "card reader" << device << "not read:" << opened.error();
        return;
    }
    QObject::connect(reader.get(), &HidrawMsrReader::swiped, &till, [this](const CardSwipe &card) { takeCard(card); });
    QObject::connect(reader.get(), &HidrawMsrReader::refused, &till,
                     [this](const QString &reason) { cardRefused(reason); });
    m_scanners.push_back(std::move(reader));
}

void TillAssembly::connectCentral()
{
    const int keys = signingKeys.load();
    pulls.restore();
    if (!centralAccount.configure()) {
        qCInfo(lcAssembly) << "no central store configured: selling on its own";
        return;
    }
    qCInfo(lcAssembly) << "central store at" << central.baseUrl().toString() << "with" << keys << "saved keys";
    // What waited while the till was closed or not yet enrolled goes first.
    outbox.startPolling();
    outbox.drain();
    tasks.startPolling();
    tasks.send();
    if (!kiosk.active())
        staffRequests.start();
    connectivity.refresh();
    coupons.redeemPending();
    signingKeys.refresh([](Result<int> refreshed) {
        if (!refreshed)
            qCWarning(lcAssembly) << refreshed.error();
    });
    // The first round after the start-up's own requests (the drain, the keys) have had their turn.
    pulls.start(PullScheduler::defaultIntervalMs, PullScheduler::startDelayMs);
}

void TillAssembly::enroll(const QUrl &url, const QString &code, std::function<void(Result<void>)> done)
{
    centralAccount.enroll(url, code, centralSettings.value(QStringLiteral("terminal.id")).value_or(QString()),
                          [this, done = std::move(done)](Result<void> enrolled) {
                              if (enrolled)
                                  connectCentral();
                              done(enrolled);
                          });
}

} // namespace omnitill
