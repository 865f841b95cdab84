#include "CatalogRepository.h"
#include "Currency.h"
#include "Database.h"
#include "SchemaManager.h"
#include "SyntheticCatalog.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {

// Check digits worked out by hand (GS1 mod 10), not by the code under test.
const QString bananaMilkEan = QStringLiteral("8801234567893");
const QString bananaMilkSecondEan = QStringLiteral("8809876543213");
const QString cokeUpcA = QStringLiteral("049000028911"); // printed on the can as UPC-A
const QString cokeEan13 = QStringLiteral("0049000028911");

Product product(const QString &sku, const QString &nameKo, const QString &nameEn, const QStringList &barcodes)
{
    Product p;
    p.sku = sku;
    p.nameKo = nameKo;
    p.nameEn = nameEn;
    p.category = QStringLiteral("dairy");
    p.unitPriceMinor = 1500;
    p.taxClass = QStringLiteral("VAT10");
    p.barcodes = barcodes;
    return p;
}

} // namespace

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_repository;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        m_database = std::move(opened).value();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        m_repository = std::make_unique<CatalogRepository>(*m_database);
        QVERIFY(m_repository->putTaxClass({QStringLiteral("VAT10"), QStringLiteral("부가세 10%"), 100'000}).ok());
        QVERIFY(m_repository->putTaxClass({QStringLiteral("EXEMPT"), QStringLiteral("면세"), 0}).ok());
        QVERIFY(m_repository
                    ->upsertProduct(product(QStringLiteral("MILK-BANANA"), QStringLiteral("빙그레 바나나맛 우유 240ml"),
                                            QStringLiteral("Binggrae Banana Milk 240ml"),
                                            {bananaMilkEan, bananaMilkSecondEan}))
                    .ok());
        QVERIFY(m_repository
                    ->upsertProduct(product(QStringLiteral("COKE-355"), QStringLiteral("코카콜라 355ml"),
                                            QStringLiteral("Coca-Cola 355ml"), {cokeUpcA}))
                    .ok());
        QVERIFY(m_repository
                    ->upsertProduct(product(QStringLiteral("MILK-PLAIN"), QStringLiteral("서울우유 1L"),
                                            QStringLiteral("Seoul Milk 1L 100% fresh"), {}))
                    .ok());
    }

    void cleanup()
    {
        m_repository.reset();
        m_database.reset();
    }

    void findByBarcode_eitherOfTwoBarcodes_findsTheProductWithBoth()
    {
        for (const QString &code : {bananaMilkEan, bananaMilkSecondEan}) {
            const std::optional<Product> found = m_repository->findByBarcode(code);
            QVERIFY(found);
            QCOMPARE(found->sku, QStringLiteral("MILK-BANANA"));
            QCOMPARE(found->nameKo, QStringLiteral("빙그레 바나나맛 우유 240ml"));
            QCOMPARE(found->unitPriceMinor, 1500);
            QCOMPARE(found->taxClass, QStringLiteral("VAT10"));
            QCOMPARE(found->unit, Unit::Each);
            QCOMPARE(found->barcodes, QStringList({u'0' + bananaMilkEan, u'0' + bananaMilkSecondEan}));
        }
    }

    void findByBarcode_upcAListing_isFoundByItsEan13AndGtin14Spellings()
    {
        for (const QString &code : {cokeUpcA, cokeEan13, QString(u'0' + cokeEan13), QString(cokeUpcA + u'\n')}) {
            const std::optional<Product> found = m_repository->findByBarcode(code);
            QVERIFY2(found, qPrintable(code));
            QCOMPARE(found->sku, QStringLiteral("COKE-355"));
        }
    }

    void findByBarcode_unknownOrInvalidCode_findsNothing()
    {
        QVERIFY(!m_repository->findByBarcode(QStringLiteral("8801234567890"))); // wrong check digit
        QVERIFY(!m_repository->findByBarcode(QStringLiteral("4006381333931"))); // valid, not in the catalog
        QVERIFY(!m_repository->findByBarcode(QStringLiteral("MILK-BANANA")));
        QVERIFY(!m_repository->findByBarcode(QString()));
    }

    void findBySku_exactSkuOnly()
    {
        const std::optional<Product> found = m_repository->findBySku(QStringLiteral("MILK-PLAIN"));
        QVERIFY(found);
        QCOMPARE(found->nameEn, QStringLiteral("Seoul Milk 1L 100% fresh"));
        QVERIFY(found->barcodes.isEmpty());
        QVERIFY(!m_repository->findBySku(QStringLiteral("MILK")));
        QVERIFY(!m_repository->findBySku(QStringLiteral("milk-plain")));
    }

    void search_koreanSubstring_findsProductsContainingIt()
    {
        QStringList skus;
        for (const Product &p : m_repository->search(QStringLiteral("우유"), 10))
            skus.append(p.sku);
        skus.sort();
        QCOMPARE(skus, QStringList({QStringLiteral("MILK-BANANA"), QStringLiteral("MILK-PLAIN")}));
        QCOMPARE(m_repository->search(QStringLiteral("바나나맛"), 10).size(), 1);
    }

    void search_englishSubstring_ignoresCase()
    {
        const QList<Product> found = m_repository->search(QStringLiteral("banana MILK"), 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].sku, QStringLiteral("MILK-BANANA"));
        QCOMPARE(found[0].barcodes.size(), 2);
    }

    void search_skuPrefix_findsBySkuFirst()
    {
        const QList<Product> found = m_repository->search(QStringLiteral("COKE"), 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].sku, QStringLiteral("COKE-355"));
        QCOMPARE(m_repository->search(QStringLiteral("MILK-"), 10).size(), 2);
    }

    void search_wildcardCharacters_areMatchedLiterally()
    {
        QCOMPARE(m_repository->search(QStringLiteral("100%"), 10).size(), 1);
        QCOMPARE(m_repository->search(QStringLiteral("1_0"), 10).size(), 0);
        QCOMPARE(m_repository->search(QStringLiteral("%"), 10).size(), 1);
    }

    void search_initialConsonants_findNamesStartingWithThem()
    {
        // 빙그레 바나나맛 우유 → ㅂㄱㄹㅂㄴㄴㅁㅇㅇ; 서울우유 → ㅅㅇㅇㅇ; 코카콜라 → ㅋㅋㅋㄹ
        QStringList skus;
        for (const Product &p : m_repository->search(QStringLiteral("ㅂㄱㄹ"), 10))
            skus.append(p.sku);
        QCOMPARE(skus, QStringList{QStringLiteral("MILK-BANANA")});
        QCOMPARE(m_repository->search(QStringLiteral("ㅅㅇ ㅇ"), 10).size(), 1); // spaces do not matter
        QCOMPARE(m_repository->search(QStringLiteral("ㅋㅋㅋㄹ"), 10).first().sku, QStringLiteral("COKE-355"));
        QCOMPARE(m_repository->search(QStringLiteral("ㅇㅇ"), 10).size(), 0); // a prefix, not anywhere in the name
    }

    void search_initialsFollowARenamedProduct()
    {
        QVERIFY(m_repository
                    ->upsertProduct(
                        product(QStringLiteral("COKE-355"), QStringLiteral("펩시 콜라"), QStringLiteral("Pepsi"), {}))
                    .ok());
        QCOMPARE(m_repository->search(QStringLiteral("ㅋㅋㅋㄹ"), 10).size(), 0);
        QCOMPARE(m_repository->search(QStringLiteral("ㅍㅅㅋㄹ"), 10).size(), 1);
    }

    void categories_andPagesOfACategory()
    {
        Product chips = product(QStringLiteral("CHIPS"), QStringLiteral("감자칩"), QStringLiteral("Chips"), {});
        chips.category = QStringLiteral("snacks");
        QVERIFY(m_repository->upsertProduct(chips).ok());
        const QStringList categories = m_repository->categories();
        QCOMPARE(categories, QStringList({QStringLiteral("dairy"), QStringLiteral("snacks")}));
        qsizetype listed = 0;
        for (const QString &category : categories) {
            const QList<Product> firstPage = m_repository->productsInCategory(category, 1, 0);
            const QList<Product> all = m_repository->productsInCategory(category, 100, 0);
            QCOMPARE(firstPage.size(), 1);
            QCOMPARE(firstPage.first().sku, all.first().sku);
            for (const Product &p : all)
                QCOMPARE(p.category, category);
            listed += all.size();
        }
        QCOMPARE(listed, m_repository->productCount());
    }

    void search_limitAndBlankText_areRespected()
    {
        QCOMPARE(m_repository->search(QStringLiteral("ml"), 1).size(), 1);
        QCOMPARE(m_repository->search(QStringLiteral("ml"), 0).size(), 0);
        QCOMPARE(m_repository->search(QStringLiteral("   "), 10).size(), 0);
    }

    void upsertProduct_existingSku_updatesFieldsAndReplacesBarcodes()
    {
        Product changed =
            product(QStringLiteral("MILK-BANANA"), QStringLiteral("바나나맛 우유"), QString(), {bananaMilkSecondEan});
        changed.unitPriceMinor = 1700;
        const qint64 idBefore = m_repository->findBySku(QStringLiteral("MILK-BANANA"))->id;

        const Result<qint64> id = m_repository->upsertProduct(changed);

        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
        QCOMPARE(*id, idBefore);
        QCOMPARE(m_repository->productCount(), 3);
        QVERIFY(!m_repository->findByBarcode(bananaMilkEan));
        const std::optional<Product> found = m_repository->findByBarcode(bananaMilkSecondEan);
        QVERIFY(found);
        QCOMPARE(found->unitPriceMinor, 1700);
        QCOMPARE(found->nameEn, QString());
    }

    void upsertProduct_barcodeOfAnotherProduct_movesToTheNewOne()
    {
        QVERIFY(m_repository
                    ->upsertProduct(
                        product(QStringLiteral("COKE-ZERO"), QString(), QStringLiteral("Coke Zero"), {cokeEan13}))
                    .ok());

        QCOMPARE(m_repository->findByBarcode(cokeUpcA)->sku, QStringLiteral("COKE-ZERO"));
        QVERIFY(m_repository->findBySku(QStringLiteral("COKE-355"))->barcodes.isEmpty());
    }

    void upsertProduct_invalidBarcode_writesNothing()
    {
        const Result<qint64> id = m_repository->upsertProduct(
            product(QStringLiteral("NEW"), QStringLiteral("새 상품"), QString(), {QStringLiteral("8801234567890")}));

        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(QStringLiteral("8801234567890")), qPrintable(id.error()));
        QVERIFY(!m_repository->findBySku(QStringLiteral("NEW")));
    }

    void upsertProduct_unknownTaxClass_isRefusedByTheDatabase()
    {
        Product p = product(QStringLiteral("NEW"), QStringLiteral("새 상품"), QString(), {});
        p.taxClass = QStringLiteral("NO-SUCH-CLASS");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FOREIGN KEY constraint failed")));

        QVERIFY(!m_repository->upsertProduct(p).ok());
        QVERIFY(!m_repository->findBySku(QStringLiteral("NEW")));
    }

    void upsertProduct_weighedProduct_keepsItsUnit()
    {
        Product apples = product(QStringLiteral("APPLE"), QStringLiteral("사과"), QStringLiteral("Apples"), {});
        apples.unit = Unit::Kilogram;
        apples.taxClass = QStringLiteral("EXEMPT");
        QVERIFY(m_repository->upsertProduct(apples).ok());

        QCOMPARE(m_repository->findBySku(QStringLiteral("APPLE"))->unit, Unit::Kilogram);
    }

    void putTaxClass_existingCode_updatesNameAndRate()
    {
        QVERIFY(m_repository->putTaxClass({QStringLiteral("VAT10"), QStringLiteral("VAT"), 110'000}).ok());

        const QList<TaxClass> classes = m_repository->taxClasses();
        QCOMPARE(classes.size(), 2);
        QCOMPARE(classes[0].code, QStringLiteral("EXEMPT"));
        QCOMPARE(classes[1].name, QStringLiteral("VAT"));
        QCOMPARE(classes[1].ratePerMillion, 110'000);
    }

    void putTaxClass_negativeRate_isRefused()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("CHECK constraint failed")));
        QVERIFY(!m_repository->putTaxClass({QStringLiteral("ODD"), QStringLiteral("odd"), -1}).ok());
    }

    void deletingAProduct_removesItsBarcodes()
    {
        QVERIFY(m_database->exec(QStringLiteral("DELETE FROM products WHERE sku = 'MILK-BANANA'")).ok());

        QVERIFY(!m_repository->findByBarcode(bananaMilkSecondEan));
        QCOMPARE(m_database->queryValue(QStringLiteral("SELECT count(*) FROM barcodes"))->toInt(), 1);
    }

    void syntheticCatalog_insertedProducts_areFoundByTheirBarcodes()
    {
        const SyntheticCatalog catalog(Currency::fromCode(QStringLiteral("KRW")).value(), 7);
        QVERIFY(catalog.insertInto(*m_database, 500).ok());

        QCOMPARE(m_repository->productCount(), 503);
        for (qint64 index : {0, 3, 250, 499}) {
            const Product expected = catalog.product(index);
            const std::optional<Product> found = m_repository->findByBarcode(SyntheticCatalog::barcode(index));
            QVERIFY(found);
            QCOMPARE(found->sku, expected.sku);
            QCOMPARE(found->nameKo, expected.nameKo);
            QCOMPARE(found->nameEn, expected.nameEn);
            QCOMPARE(found->unitPriceMinor, expected.unitPriceMinor);
            QCOMPARE(found->unit, expected.unit);
            QCOMPARE(found->barcodes.size(), expected.barcodes.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
