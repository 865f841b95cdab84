#pragma once

#include "BackOfficeViewModel.h"
#include "CardPaymentViewModel.h"
#include "CashReceiptViewModel.h"
#include "CashierViewModel.h"
#include "CatalogSyncViewModel.h"
#include "CatalogViewModel.h"
#include "Connectivity.h"
#include "CouponsViewModel.h"
#include "CustomerDisplayFeed.h"
#include "CustomerViewModel.h"
#include "DashboardViewModel.h"
#include "DevicesViewModel.h"
#include "ExchangeViewModel.h"
#include "ExportsViewModel.h"
#include "JournalViewModel.h"
#include "KioskViewModel.h"
#include "LanguageController.h"
#include "OnlineOrdersViewModel.h"
#include "ReceiptMailViewModel.h"
#include "ReturnsViewModel.h"
#include "SessionViewModel.h"
#include "ShiftHistoryViewModel.h"
#include "SettingsViewModel.h"
#include "ShiftViewModel.h"
#include "StaffRequestsViewModel.h"
#include "StaffViewModel.h"
#include "ShipToHomeViewModel.h"
#include "StoredValueViewModel.h"
#include "SyncViewModel.h"

#include <QJSEngine>
#include <QQmlEngine>

// The long-lived objects main() builds, published to QML as singletons that the application owns
// (QML never creates or deletes them). main() sets each instance before the engine loads.
namespace omnitill::qml {

template <typename T>
T *publish(T *instance, QJSEngine *engine)
{
    Q_ASSERT_X(instance, "qml::publish", "main() must set the instance before loading QML");
    engine->setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

struct TillSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CashierViewModel)
    QML_NAMED_ELEMENT(Till)
    QML_SINGLETON
public:
    inline static CashierViewModel *instance = nullptr;
    static CashierViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct CashReceiptSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CashReceiptViewModel)
    QML_NAMED_ELEMENT(CashReceipt)
    QML_SINGLETON
public:
    inline static CashReceiptViewModel *instance = nullptr;
    static CashReceiptViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct LanguageSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::LanguageController)
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
public:
    inline static LanguageController *instance = nullptr;
    static LanguageController *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct SessionSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::SessionViewModel)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
public:
    inline static SessionViewModel *instance = nullptr;
    static SessionViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct ShiftSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::ShiftViewModel)
    QML_NAMED_ELEMENT(Shift)
    QML_SINGLETON
public:
    inline static ShiftViewModel *instance = nullptr;
    static ShiftViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct ReturnsSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::ReturnsViewModel)
    QML_NAMED_ELEMENT(Returns)
    QML_SINGLETON
public:
    inline static ReturnsViewModel *instance = nullptr;
    static ReturnsViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct StoredValueSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::StoredValueViewModel)
    QML_NAMED_ELEMENT(StoredValue)
    QML_SINGLETON
public:
    inline static StoredValueViewModel *instance = nullptr;
    static StoredValueViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct ExchangeSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::ExchangeViewModel)
    QML_NAMED_ELEMENT(Exchange)
    QML_SINGLETON
public:
    inline static ExchangeViewModel *instance = nullptr;
    static ExchangeViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct CardPaymentSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CardPaymentViewModel)
    QML_NAMED_ELEMENT(CardPayment)
    QML_SINGLETON
public:
    inline static CardPaymentViewModel *instance = nullptr;
    static CardPaymentViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct DevicesSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::DevicesViewModel)
    QML_NAMED_ELEMENT(Devices)
    QML_SINGLETON
public:
    inline static DevicesViewModel *instance = nullptr;
    static DevicesViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct CustomerFeedSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CustomerDisplayFeed)
    QML_NAMED_ELEMENT(CustomerFeed)
    QML_SINGLETON
public:
    inline static CustomerDisplayFeed *instance = nullptr;
    static CustomerDisplayFeed *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct CustomerSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CustomerViewModel)
    QML_NAMED_ELEMENT(Customer)
    QML_SINGLETON
public:
    inline static CustomerViewModel *instance = nullptr;
    static CustomerViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct ShipToHomeSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::ShipToHomeViewModel)
    QML_NAMED_ELEMENT(ShipToHome)
    QML_SINGLETON
public:
    inline static ShipToHomeViewModel *instance = nullptr;
    static ShipToHomeViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct ReceiptMailSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::ReceiptMailViewModel)
    QML_NAMED_ELEMENT(ReceiptMail)
    QML_SINGLETON
public:
    inline static ReceiptMailViewModel *instance = nullptr;
    static ReceiptMailViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

// The till's link to the central store, for the status bar.
struct SyncSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::Connectivity)
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
public:
    inline static Connectivity *instance = nullptr;
    static Connectivity *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct CouponsSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CouponsViewModel)
    QML_NAMED_ELEMENT(Coupons)
    QML_SINGLETON
public:
    inline static CouponsViewModel *instance = nullptr;
    static CouponsViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct OnlineOrdersSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::OnlineOrdersViewModel)
    QML_NAMED_ELEMENT(OnlineOrders)
    QML_SINGLETON
public:
    inline static OnlineOrdersViewModel *instance = nullptr;
    static OnlineOrdersViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct BackOfficeSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::BackOfficeViewModel)
    QML_NAMED_ELEMENT(BackOffice)
    QML_SINGLETON
public:
    inline static BackOfficeViewModel *instance = nullptr;
    static BackOfficeViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct DashboardSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::DashboardViewModel)
    QML_NAMED_ELEMENT(Dashboard)
    QML_SINGLETON
public:
    inline static DashboardViewModel *instance = nullptr;
    static DashboardViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct ExportsSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::ExportsViewModel)
    QML_NAMED_ELEMENT(Exports)
    QML_SINGLETON
public:
    inline static ExportsViewModel *instance = nullptr;
    static ExportsViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct JournalSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::JournalViewModel)
    QML_NAMED_ELEMENT(Journal)
    QML_SINGLETON
public:
    inline static JournalViewModel *instance = nullptr;
    static JournalViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct StaffSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::StaffViewModel)
    QML_NAMED_ELEMENT(Staff)
    QML_SINGLETON
public:
    inline static StaffViewModel *instance = nullptr;
    static StaffViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct ShiftHistorySingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::ShiftHistoryViewModel)
    QML_NAMED_ELEMENT(ShiftHistory)
    QML_SINGLETON
public:
    inline static ShiftHistoryViewModel *instance = nullptr;
    static ShiftHistoryViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

// The kiosks' calls for staff: the cashier's notice and the back office's Requests page.
struct StaffRequestsSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::StaffRequestsViewModel)
    QML_NAMED_ELEMENT(StaffRequests)
    QML_SINGLETON
public:
    inline static StaffRequestsViewModel *instance = nullptr;
    static StaffRequestsViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct SyncOverviewSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::SyncViewModel)
    QML_NAMED_ELEMENT(SyncOverview)
    QML_SINGLETON
public:
    inline static SyncViewModel *instance = nullptr;
    static SyncViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct CatalogSyncSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CatalogSyncViewModel)
    QML_NAMED_ELEMENT(CatalogSync)
    QML_SINGLETON
public:
    inline static CatalogSyncViewModel *instance = nullptr;
    static CatalogSyncViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct CatalogSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::CatalogViewModel)
    QML_NAMED_ELEMENT(Catalog)
    QML_SINGLETON
public:
    inline static CatalogViewModel *instance = nullptr;
    static CatalogViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct SettingsSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::SettingsViewModel)
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
public:
    inline static SettingsViewModel *instance = nullptr;
    static SettingsViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

struct KioskSingleton
{
    Q_GADGET
    QML_FOREIGN(omnitill::KioskViewModel)
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
public:
    inline static KioskViewModel *instance = nullptr;
    static KioskViewModel *create(QQmlEngine *, QJSEngine *engine) { return publish(instance, engine); }
};

} // namespace omnitill::qml
