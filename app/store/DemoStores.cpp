#include "DemoStores.h"

#include "CatalogCsvImporter.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "DemoStaff.h"
#include "PromotionRepository.h"
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

QStringList DemoStores::favouriteSkus(Store store)
{
    // The fast movers a cashier rings up without a barcode in reach: drinks, snacks, the lunch box.
    if (store == Store::Seoul)
        return {QStringLiteral("KR-DRK-0001"), QStringLiteral("KR-DRK-0002"), QStringLiteral("KR-SNK-0001"),
                QStringLiteral("KR-SNK-0002"), QStringLiteral("KR-FOD-0001"), QStringLiteral("KR-DEL-0001"),
                QStringLiteral("KR-FRS-0006"), QStringLiteral("KR-ACC-0001"), QStringLiteral("KR-TOP-0002"),
                QStringLiteral("KR-BTY-0001"), QStringLiteral("KR-HOM-0001"), QStringLiteral("KR-BAG-0001")};
    return {QStringLiteral("US-DRK-0001"), QStringLiteral("US-DRK-0002"), QStringLiteral("US-SNK-0001"),
            QStringLiteral("US-FOD-0001"), QStringLiteral("US-FRS-0003"), QStringLiteral("US-ACC-0001"),
            QStringLiteral("US-TOP-0002"), QStringLiteral("US-BTY-0001"), QStringLiteral("US-HOM-0001")};
}

QList<Promotion> DemoStores::promotions(Store store)
{
    if (store != Store::Seoul)
        return {};
    Promotion cola;
    cola.id = QStringLiteral("KR-PROMO-COLA-1P1");
    cola.nameKo = QStringLiteral("콜라 1+1");
    cola.nameEn = QStringLiteral("Cola 1+1");
    cola.kind = Promotion::Kind::BuyGet;
    cola.targets.skus = {QStringLiteral("KR-DRK-0006"), QStringLiteral("KR-DRK-0007")}; // cola, zero cola: mix
    cola.buyQuantity = 1;
    cola.getQuantity = 1;
    cola.value = Promotion::free;

    Promotion snacks;
    snacks.id = QStringLiteral("KR-PROMO-SNACK-2P1");
    snacks.nameKo = QStringLiteral("과자 2+1");
    snacks.nameEn = QStringLiteral("Snacks 2+1");
    snacks.kind = Promotion::Kind::BuyGet;
    snacks.targets.categories = {QStringLiteral("snacks")};
    snacks.buyQuantity = 2;
    snacks.getQuantity = 1;
    snacks.value = Promotion::free;

    Promotion latte;
    latte.id = QStringLiteral("KR-PROMO-LATTE-MEMBER");
    latte.nameKo = QStringLiteral("회원가 카페라떼");
    latte.nameEn = QStringLiteral("Member price: cafe latte");
    latte.kind = Promotion::Kind::FixedPrice;
    latte.targets.skus = {QStringLiteral("KR-DRK-0020")};
    latte.value = 1900;
    latte.memberOnly = true;

    Promotion basket;
    basket.id = QStringLiteral("KR-PROMO-BASKET-50K");
    basket.nameKo = QStringLiteral("5만원 이상 5천원 할인");
    basket.nameEn = QStringLiteral("₩5,000 off over ₩50,000");
    basket.kind = Promotion::Kind::BasketAmountOff;
    basket.value = 5000;
    basket.thresholdMinor = 50000;
    return {cola, snacks, latte, basket};
}

StoreProfile DemoStores::profile(Store store)
{
    if (store == Store::Seoul) {
        StoreProfile profile(Currency::fromCode(QStringLiteral("KRW")).value());
        profile.storeId = QStringLiteral("KR-SEOUL-01");
        profile.storeName = QStringLiteral("옴니틸 성수점");
        profile.addressLines = {QStringLiteral("서울특별시 성동구 성수이로 77"),
                                QStringLiteral("사업자번호 123-45-67891")};
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
    PromotionRepository promotionRepository(database);
    for (const Promotion &promotion : promotions(store)) {
        if (auto put = promotionRepository.put(promotion); !put)
            return put;
    }
    if (auto staffed = DemoStaff::seed(database, store); !staffed)
        return staffed;
    StoreSettings settings(database);
    if (auto saved = settings.saveProfile(demo); !saved)
        return saved;
    if (auto saved = settings.setFavouriteSkus(favouriteSkus(store)); !saved)
        return saved;
    // The self-service kiosk's items without a label (picked from pictures) and, in Seoul, one sold only to
    // adults (the non-alcoholic beer), so the demo kiosk shows an age check.
    const bool seoul = store == Store::Seoul;
    const QList<std::pair<QString, QString>> kiosk{
        {QStringLiteral("kiosk.pickSkus"),
         seoul ? QStringLiteral("KR-FRS-0007,KR-FRS-0009,KR-DEL-0002,KR-DEL-0003,KR-DEL-0004,KR-DEL-0005")
               : QStringLiteral("US-FRS-0003,US-SNK-0006")},
        {QStringLiteral("kiosk.ageRestrictedSkus"), seoul ? QStringLiteral("KR-DRK-0014") : QString()}};
    for (const auto &[key, value] : kiosk) {
        if (value.isEmpty())
            continue;
        if (auto saved = settings.setValue(key, value); !saved)
            return saved;
    }
    return transaction.commit();
}

} // namespace omnitill
