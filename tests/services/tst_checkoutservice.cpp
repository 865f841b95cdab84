#include "CheckoutService.h"
#include "OpenSaleStore.h"
#include "PromotionEngine.h"
#include "PromotionRepository.h"
#include "StoreFixture.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;

class TestCheckoutService : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124";     // 19,900 won
    static constexpr auto bananaLabel = "2500001004529"; // 0.452 kg, tax exempt
    static constexpr auto cola = "8801105001068";        // 1,900 won, in the demo's cola 1+1
    static constexpr auto zeroCola = "8801105001075";    // 1,900 won, in the demo's cola 1+1

    static std::shared_ptr<const PromotionEngine> demoPromotions(const Database &database)
    {
        auto loaded = PromotionRepository(database).loadActive(QDate(2026, 11, 25));
        if (!loaded)
            qFatal("promotions: %s", qPrintable(loaded.error()));
        return std::make_shared<const PromotionEngine>(std::move(loaded).value(), QTimeZone("Asia/Seoul"));
    }

private Q_SLOTS:
    void scanAndPayCash_completesIntoTheJournal()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QSignalSpy completed(&checkout, &CheckoutService::saleCompleted);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM), 2));
        QVERIFY(checkout.scan(QString::fromLatin1(bananaLabel)));
        QCOMPARE(checkout.sale().totals().totalDueMinor, 39800 + 2215); // 4,900 × 0.452 = 2,214.8
        QVERIFY(checkout.tender(TenderMethod::Cash, 50000));
        QCOMPARE(checkout.sale().state(), SaleState::Completed);
        QCOMPARE(checkout.sale().totals().changeMinor, 50000 - 42020); // cash rounded to 10 won
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.first().first().toLongLong(), 1);
        QCOMPARE(checkout.journal().lastSequence(), 1);
        QCOMPARE(checkout.journal().outboxCount(), 1);
        QCOMPARE(OpenSaleStore(*store.database).load()->size(), 0);
        QVERIFY(checkout.journal().verify().intact());
    }

    void nextScanAfterCompletion_startsANewSale()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.tender(TenderMethod::Cash, 20000));
        const QUuid first = checkout.sale().id();
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.sale().id() != first);
        QCOMPARE(checkout.sale().lines().size(), 1);
    }

    void refusedScan_changesNothing()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        const auto scanned = checkout.scan(QStringLiteral("8809417101125"));
        QVERIFY(!scanned);
        QCOMPARE(checkout.sale().state(), SaleState::New);
        QCOMPARE(OpenSaleStore(*store.database).load()->size(), 0);
    }

    void everyEvent_isOnDiskBeforeItIsShown()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QSignalSpy changed(&checkout, &CheckoutService::saleChanged);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.voidLine(1));
        const auto open = OpenSaleStore(*store.database).load();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().size(), 4); // opened, two lines, one void
        QCOMPARE(changed.count(), 4);
    }

    void restore_bringsBackTheSaleOnScreen()
    {
        StoreFixture store;
        QUuid saleId;
        {
            CheckoutService before(*store.database, *store.catalog, *store.profile);
            QVERIFY(before.scan(QString::fromLatin1(tShirtM), 3));
            QVERIFY(before.scan(QString::fromLatin1(bananaLabel)));
            QVERIFY(before.tender(TenderMethod::Card, 10000));
            saleId = before.sale().id();
        }
        CheckoutService after(*store.database, *store.catalog, *store.profile);
        QCOMPARE(*after.restore(), 1);
        QCOMPARE(after.sale().id(), saleId);
        QCOMPARE(after.sale().state(), SaleState::Tendering);
        QCOMPARE(after.sale().lines().size(), 2);
        QCOMPARE(after.sale().totals().balanceMinor, 3 * 19900 + 2215 - 10000);
        QVERIFY(after.tender(TenderMethod::Cash, 60000));
        QCOMPARE(after.journal().lastSequence(), 1);
    }

    void restore_completesASaleThatWasPaidInFull()
    {
        // A crash between taking the last payment and journaling the sale: the payment is on disk.
        StoreFixture store;
        {
            CheckoutService before(*store.database, *store.catalog, *store.profile);
            QVERIFY(before.scan(QString::fromLatin1(tShirtM)));
        }
        {
            auto open = OpenSaleStore(*store.database).load().value().first();
            const auto opened = std::get<saleevent::Opened>(open.first());
            QVERIFY(OpenSaleStore(*store.database)
                        .append(opened.saleId, open.size(), saleevent::Tendered{1, TenderMethod::Cash, 20000, {}}));
        }
        CheckoutService after(*store.database, *store.catalog, *store.profile);
        QVERIFY(after.restore());
        QCOMPARE(after.sale().state(), SaleState::Completed);
        QCOMPARE(after.journal().lastSequence(), 1);
        QCOMPARE(OpenSaleStore(*store.database).load()->size(), 0);
    }

    void voidSale_isJournaledAsVoided()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.voidSale(QStringLiteral("customer left")));
        QCOMPARE(checkout.sale().state(), SaleState::Voided);
        const auto entry = checkout.journal().entry(1);
        QVERIFY(entry);
        QCOMPARE(entry->record.value(QStringLiteral("status")).toString(), QStringLiteral("voided"));
    }

    void suspend_parksTheSaleAndClearsTheScreen()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        const QUuid parkedId = checkout.sale().id();
        QVERIFY(checkout.suspend());
        QCOMPARE(checkout.sale().state(), SaleState::New);
        QCOMPARE(checkout.parkedSales().size(), 1);
        QCOMPARE(checkout.parkedSales().first().id(), parkedId);
        QVERIFY(checkout.scan(QString::fromLatin1(bananaLabel))); // the next customer
        QVERIFY(checkout.sale().id() != parkedId);
    }

    void resume_isRefusedWhileASaleIsOnScreen()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        const QUuid parkedId = checkout.sale().id();
        QVERIFY(checkout.suspend());
        QVERIFY(checkout.scan(QString::fromLatin1(bananaLabel)));
        QVERIFY(!checkout.resume(parkedId));
        QVERIFY(checkout.suspend());
        QVERIFY(checkout.resume(parkedId));
        QCOMPARE(checkout.sale().id(), parkedId);
        QCOMPARE(checkout.sale().state(), SaleState::Open);
        QCOMPARE(checkout.parkedSales().size(), 1);
        QVERIFY(!checkout.resume(QUuid::createUuid()));
    }

    void suspend_isRefusedOncePaymentStarted()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.tender(TenderMethod::Card, 5000));
        QVERIFY(!checkout.suspend());
        QCOMPARE(checkout.parkedSales().size(), 0);
    }

    void parkedSales_surviveARestartAndResumeToTheLine()
    {
        StoreFixture store;
        QList<QUuid> parked;
        {
            CheckoutService before(*store.database, *store.catalog, *store.profile);
            for (int customer = 1; customer <= 3; ++customer) {
                QVERIFY(before.scan(QString::fromLatin1(tShirtM), customer));
                parked.append(before.sale().id());
                QVERIFY(before.suspend());
            }
            QVERIFY(before.scan(QString::fromLatin1(bananaLabel))); // on screen when the till stops
        }
        CheckoutService after(*store.database, *store.catalog, *store.profile);
        QCOMPARE(*after.restore(), 4);
        QCOMPARE(after.sale().lines().size(), 1);
        QCOMPARE(after.parkedSales().size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(after.parkedSales()[i].id(), parked[i]);
        QVERIFY(after.voidSale(QStringLiteral("test")));
        QVERIFY(after.resume(parked[1]));
        QCOMPARE(after.sale().lines().first().quantity, Quantity::pieces(2));
        QVERIFY(after.tender(TenderMethod::Cash, 50000));
        QCOMPARE(after.journal().lastSequence(), 2); // the void and the resumed sale
    }

    void usStore_addsSalesTax()
    {
        StoreFixture store(DemoStores::Store::UnitedStates);
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        QVERIFY(checkout.scan(QStringLiteral("850031101128"))); // T-shirt M, $24.90, standard rate
        QCOMPARE(checkout.sale().totals().subtotalMinor, 2490);
        QCOMPARE(checkout.sale().totals().tax.totalTaxMinor, 221); // 8.875 % of 24.90 = 2.2099
        QCOMPARE(checkout.sale().totals().totalDueMinor, 2711);
    }

    void demoPromotions_applyAsTheBasketChanges_andReachTheJournal()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        checkout.setPromotions(demoPromotions(*store.database));
        QVERIFY(checkout.scan(QString::fromLatin1(cola)));
        QCOMPARE(checkout.sale().totals().promotionMinor, 0);
        QVERIFY(checkout.scan(QString::fromLatin1(zeroCola))); // cola and zero cola mix and match
        QCOMPARE(checkout.sale().totals().promotionMinor, 1900);
        QCOMPARE(checkout.sale().totals().lines[0].promotionMinor, 950);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM), 3)); // 59,700 + 1,900 ≥ 50,000: ₩5,000 off
        QCOMPARE(checkout.sale().totals().promotionMinor, 6900);
        QCOMPARE(checkout.sale().totals().totalDueMinor, 63500 - 6900);
        QVERIFY(checkout.voidLine(3));
        QCOMPARE(checkout.sale().totals().promotionMinor, 1900);

        QVERIFY(checkout.tender(TenderMethod::Card, checkout.sale().totals().totalDueMinor));
        const QJsonObject record = checkout.lastCompleted()->record;
        QCOMPARE(record.value(QLatin1String("promotion")).toInteger(), 1900);
        const QJsonObject firstLine = record.value(QLatin1String("lines")).toArray().first().toObject();
        QCOMPARE(firstLine.value(QLatin1String("promotion")).toInteger(), 950);
        const QJsonObject applied = firstLine.value(QLatin1String("promotions")).toArray().first().toObject();
        QCOMPARE(applied.value(QLatin1String("id")).toString(), QStringLiteral("KR-PROMO-COLA-1P1"));
        QCOMPARE(applied.value(QLatin1String("saving")).toInteger(), 950);
        QVERIFY(checkout.journal().verify().intact());
    }

    void restore_pricesTheOpenSaleWithTheSamePromotions()
    {
        StoreFixture store;
        qint64 due = 0;
        {
            CheckoutService before(*store.database, *store.catalog, *store.profile);
            before.setPromotions(demoPromotions(*store.database));
            QVERIFY(before.scan(QString::fromLatin1(cola), 2));
            due = before.sale().totals().totalDueMinor;
            QCOMPARE(due, 1900);
        }
        CheckoutService after(*store.database, *store.catalog, *store.profile);
        after.setPromotions(demoPromotions(*store.database));
        QCOMPARE(*after.restore(), 1);
        QCOMPARE(after.sale().totals().totalDueMinor, due);
    }
};

QTEST_GUILESS_MAIN(TestCheckoutService)
#include "tst_checkoutservice.moc"
