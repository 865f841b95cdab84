#include "TillAssembly.h"

#include "Database.h"
#include "DeviceConfiguration.h"
#include "PromotionEngine.h"
#include "PromotionRepository.h"
#include "StaffPolicy.h"
#include "StoreSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace omnitill {

Q_LOGGING_CATEGORY(lcAssembly, "omnitill.ui.assembly")

namespace {
// The configured printer: the "receipt" device of this terminal's devices.json when there is one, else the
// store settings; the demo's (and a misconfigured till's) is the virtual printer, whose receipts a person
// can open as PNG files.
PrintService::Printer printerFor(const StoreSettings &settings, const Database &database)
{
    const QString receiptFolder = QFileInfo(database.path()).absoluteDir().filePath(QStringLiteral("printed-receipts"));
    const QString virtualPrinter = QStringLiteral("virtual:") + receiptFolder;
    const QString devicesPath = DeviceConfiguration::pathBeside(database.path());
    auto printer = PrintService::printerFromSettings(settings, virtualPrinter);
    if (QFileInfo::exists(devicesPath)) {
        const auto devices = DeviceConfiguration::load(devicesPath, receiptFolder);
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
} // namespace

TillAssembly::TillAssembly(const Database &database, CatalogRepository &catalog, const StoreSettings &settings,
                           const StoreProfile &profile)
    : staff(database, StaffPolicy::load(settings))
    , approvals(database, staff, profile.terminalId)
    , gate(staff, approvals)
    , idleLock(staff, staff.policy().idleLockSeconds)
    , shifts(database, gate, profile)
    , checkout(database, catalog, profile)
    , returns(database, catalog, profile)
    , printing(database, profile, printerFor(settings, database))
    , till(checkout, catalog, settings.favouriteSkus(), approvalRetry)
    , session(staff, idleLock, shifts, gate, approvalRetry)
    , shiftScreen(shifts, profile, approvalRetry)
    , returnsScreen(returns, checkout, profile, approvalRetry)
    , exchangeScreen(checkout, returns)
    , m_activity(idleLock)
{
    checkout.setPermissionGate(&gate);
    checkout.setShiftSource([this] { return shifts.currentShiftId(); });
    returns.setPermissionGate(&gate);
    returns.setShiftSource([this] { return shifts.currentShiftId(); });
    checkout.setReturns(&returns);
    // Promotions in force today; a sale already under way keeps the ones it started with.
    if (auto active = PromotionRepository(database).loadActive(QDate::currentDate()); active)
        checkout.setPromotions(std::make_shared<const PromotionEngine>(std::move(active).value()));
    else
        qCWarning(lcAssembly) << "selling without promotions:" << active.error();
    till.setPrinting(&printing);
    QObject::connect(&checkout, &CheckoutService::saleCompleted, &printing, [this](qint64 sequence) {
        if (auto queued = printing.printReceipt(sequence); !queued)
            qCWarning(lcAssembly) << "receipt" << sequence << "not printed:" << queued.error();
    });
    QObject::connect(&shifts, &ShiftService::drawerOpenRequested, &printing, &PrintService::openDrawer);
    QObject::connect(&printing, &PrintService::drawerOpened, &shiftScreen, &ShiftViewModel::showDrawerOutcome);
    // A return's receipt too: the customer's proof, and for store credit the code that spends it.
    QObject::connect(&returns, &ReturnService::returnCompleted, &printing, [this](qint64 sequence) {
        if (auto queued = printing.printReceipt(sequence); !queued)
            qCWarning(lcAssembly) << "return receipt" << sequence << "not printed:" << queued.error();
    });
    qCInfo(lcAssembly) << "receipts print on" << printing.printer().profile.displayName << "at"
                       << printing.printer().address;
    if (auto started = printing.start(); !started)
        qCWarning(lcAssembly) << "the print queue did not start:" << started.error();
    // Key presses, touches and clicks anywhere keep the till awake; the timer locks an untouched one.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(&m_activity);
    QObject::connect(&m_idleCheck, &QTimer::timeout, &idleLock, [this] { idleLock.checkIdle(); });
    m_idleCheck.start(1000);
}

} // namespace omnitill
