#include "Database.h"
#include "DemoStores.h"
#include "PromotionRepository.h"
#include "SchemaManager.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

class TestPromotionRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    static Promotion happyHour()
    {
        Promotion promotion;
        promotion.id = QStringLiteral("P-HAPPY");
        promotion.nameKo = QStringLiteral("해피아워 맥주 20%");
        promotion.nameEn = QStringLiteral("Happy hour: beer 20% off");
        promotion.kind = Promotion::Kind::PercentOff;
        promotion.targets.skus = {QStringLiteral("KR-DRK-0014")};
        promotion.targets.categories = {QStringLiteral("drinks"), QStringLiteral("deli")};
        promotion.value = 2000;
        promotion.memberOnly = true;
        promotion.window.firstDay = QDate(2026, 11, 1);
        promotion.window.lastDay = QDate(2026, 11, 30);
        promotion.window.weekdays = PromotionWindow::weekdayBit(5) | PromotionWindow::weekdayBit(6);
        promotion.window.dailyStart = QTime(17, 0);
        promotion.window.dailyEnd = QTime(19, 30);
        return promotion;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
    }

    void put_thenLoad_givesTheSamePromotionBack()
    {
        PromotionRepository repository(*m_database);
        QVERIFY(repository.put(happyHour()));
        const auto loaded = repository.loadActive(QDate(2026, 11, 20));
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 1);
        const Promotion &back = loaded->first();
        const Promotion expected = happyHour();
        QCOMPARE(back.id, expected.id);
        QCOMPARE(back.nameKo, expected.nameKo);
        QCOMPARE(back.nameEn, expected.nameEn);
        QCOMPARE(back.kind, expected.kind);
        QCOMPARE(back.targets.skus, expected.targets.skus);
        QCOMPARE(back.targets.categories, (QStringList{QStringLiteral("deli"), QStringLiteral("drinks")}));
        QCOMPARE(back.value, expected.value);
        QCOMPARE(back.memberOnly, true);
        QCOMPARE(back.window.firstDay, expected.window.firstDay);
        QCOMPARE(back.window.lastDay, expected.window.lastDay);
        QCOMPARE(back.window.weekdays, expected.window.weekdays);
        QCOMPARE(back.window.dailyStart, expected.window.dailyStart);
        QCOMPARE(back.window.dailyEnd, expected.window.dailyEnd);
    }

    void put_again_replacesThePromotionAndItsTargets()
    {
        PromotionRepository repository(*m_database);
        QVERIFY(repository.put(happyHour()));
        Promotion changed = happyHour();
        changed.targets = {{QStringLiteral("KR-DRK-0001")}, {}};
        changed.value = 1000;
        QVERIFY(repository.put(changed));
        const auto loaded = repository.loadActive(QDate(2026, 11, 20));
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->first().value, 1000);
        QCOMPARE(loaded->first().targets.skus, QStringList{QStringLiteral("KR-DRK-0001")});
        QVERIFY(loaded->first().targets.categories.isEmpty());
    }

    void loadActive_leavesOutEndedAndDisabledPromotions()
    {
        PromotionRepository repository(*m_database);
        QVERIFY(repository.put(happyHour()));
        Promotion off = happyHour();
        off.id = QStringLiteral("P-OFF");
        QVERIFY(repository.put(off, false));
        QCOMPARE(repository.loadActive(QDate(2026, 11, 30))->size(), 1); // its last day still counts
        QCOMPARE(repository.loadActive(QDate(2026, 12, 1))->size(), 0);
    }

    void put_refusesAPromotionThatCannotApply()
    {
        PromotionRepository repository(*m_database);
        Promotion broken = happyHour();
        broken.value = 10'001;
        const auto put = repository.put(broken);
        QVERIFY(!put);
        QVERIFY2(put.error().contains(QStringLiteral("P-HAPPY")), qPrintable(put.error()));
        QCOMPARE(repository.loadActive(QDate(2026, 11, 20))->size(), 0);
    }

    void loadActive_skipsABadRowInsteadOfPricingWithIt()
    {
        PromotionRepository repository(*m_database);
        QVERIFY(repository.put(happyHour()));
        QVERIFY(
            m_database
                ->exec(QStringLiteral("INSERT INTO promotions (id, name_en, kind, buy_quantity, get_quantity, value) "
                                      "VALUES ('P-BAD', 'Bad', 'buyGet', 0, 0, 10000)"))
                .ok());
        const auto loaded = repository.loadActive(QDate(2026, 11, 20));
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->first().id, QStringLiteral("P-HAPPY"));
    }

    void seoulDemo_hasItsPromotions()
    {
        QVERIFY(DemoStores::seed(*m_database, DemoStores::Store::Seoul));
        const auto loaded = PromotionRepository(*m_database).loadActive(QDate(2026, 11, 20));
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), DemoStores::promotions(DemoStores::Store::Seoul).size());
        QVERIFY(loaded->size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestPromotionRepository)
#include "tst_promotionrepository.moc"
