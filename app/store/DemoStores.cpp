#include "DemoStores.h"

#include "CatalogCsvImporter.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "DemoStaff.h"
#include "StoreSettings.h"
#include "Transaction.h"

namespace omnitill {

std::optional<DemoStores::Store> DemoStores::fromName(const QString &name)
{
    if (name == QLatin1String("seoul"))
        return Store::Seoul;
    if (name == QLatin1String("us"))
        return Store::UnitedStates;
    return std::nullopt;
}

QList<TaxClass> DemoStores::taxClasses(Store store)
{
    if (store == Store::Seoul)
        return {{QStringLiteral("VAT10"), QStringLiteral("부가세 10%"), 100'000},
                {QStringLiteral("EXEMPT"), QStringLiteral("면세"), 0}};
    return {{QStringLiteral("STD"), QStringLiteral("Sales tax 8.875%"), 88'750},
            {QStringLiteral("GROCERY"), QStringLiteral("Grocery"), 0}};
}

StoreProfile DemoStores::profile(Store store)
{
    if (store == Store::Seoul) {
        StoreProfile profile(Currency::fromCode(QStringLiteral("KRW")).value());
        profile.storeId = QStringLiteral("KR-SEOUL-01");
        profile.storeName = QStringLiteral("옴니틸 성수점");
        profile.addressLines = {QStringLiteral("서울특별시 성동구 성수이로 77"),
                                QStringLiteral("사업자번호 123-45-67890")};
        profile.receiptFooter = QStringLiteral("교환·환불은 영수증 지참 30일 이내 / 온라인 주문도 매장 반품 가능");
        profile.terminalId = QStringLiteral("KR01-T1");
        profile.language = QStringLiteral("ko");
        profile.localeName = QStringLiteral("ko_KR");
        profile.taxMode = TaxMode::Inclusive;
        profile.rounding = RoundingMode::HalfUp;
        profile.cashRoundingIncrement = 10;
        profile.taxClasses = taxClasses(store);
        return profile;
    }
    StoreProfile profile(Currency::fromCode(QStringLiteral("USD")).value());
    profile.storeId = QStringLiteral("US-NYC-01");
    profile.storeName = QStringLiteral("Omnitill SoHo");
    profile.addressLines = {QStringLiteral("120 Greene St, New York, NY 10012")};
    profile.receiptFooter = QStringLiteral("Returns within 30 days, online orders too");
    profile.terminalId = QStringLiteral("US01-T1");
    profile.language = QStringLiteral("en");
    profile.localeName = QStringLiteral("en_US");
    profile.taxMode = TaxMode::Exclusive;
    profile.rounding = RoundingMode::HalfUp;
    profile.cashRoundingIncrement = 1;
    profile.taxClasses = taxClasses(store);
    return profile;
}

Result<void> DemoStores::seed(const Database &database, Store store)
{
    // Tax classes first (the importer checks products against them), the profile last: a database
    // counts as set up once it has a profile, so a failure on the way leaves it to be seeded again.
    const StoreProfile demo = profile(store);
    CatalogRepository catalog(database);
    for (const TaxClass &taxClass : demo.taxClasses) {
        if (auto put = catalog.putTaxClass(taxClass); !put)
            return put;
    }
    const QString catalogFile = store == Store::Seoul ? QStringLiteral(":/omnitill/demo/seoul-catalog.csv")
                                                      : QStringLiteral(":/omnitill/demo/us-catalog.csv");
    const auto report = CatalogCsvImporter(database, demo.currency).importFile(catalogFile);
    if (!report.ok()) {
        return Error{tr("The demo catalog could not be imported: %1")
                         .arg(report.errors.isEmpty() ? QString() : report.errors.first().toString())};
    }
    auto begun = Transaction::begin(database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    if (auto staffed = DemoStaff::seed(database, store); !staffed)
        return staffed;
    if (auto saved = StoreSettings(database).saveProfile(demo); !saved)
        return saved;
    return transaction.commit();
}

} // namespace omnitill
