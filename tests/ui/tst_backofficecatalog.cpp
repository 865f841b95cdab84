#include "BackOfficeVisit.h"
#include "SyntheticCatalog.h"

#include <QFile>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// The back office's catalog page on the till's own window over a real store (the Seoul demo's 301 products):
// the list a page at a time, searched by SKU, barcode and either name; a catalog file imported (its products
// appear), refused (every bad row listed, nothing changed) and cancelled (nothing changed); the promotions.
class TestBackOfficeCatalog : public QObject, private BackOfficeVisit
{
    Q_OBJECT

private:
    static CatalogViewModel *Catalog() { return qml::CatalogSingleton::instance; }
    static int rows() { return Catalog()->rowCount(); }
    static QString at(int row, CatalogViewModel::Role role)
    {
        return Catalog()->data(Catalog()->index(row), role).toString();
    }
    qint64 productCount() const { return m_store->catalog->productCount(); }

    void search(const QString &text)
    {
        type("catalogSearchField", text);
        click("catalogSearchButton");
        QTRY_VERIFY(!Catalog()->searching()); // read off the screen's thread
    }

    QString writeFile(const QString &name, const QByteArray &contents) const
    {
        const QString path = m_store->directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void importFile(const QString &path)
    {
        type("catalogImportPath", path);
        click("catalogImportButton");
    }

private Q_SLOTS:
    void initTestCase() { open("catalogPageTab", "catalogProducts"); }

    void cleanupTestCase() { close(); }

    void list_isPagedInSkuOrder()
    {
        QCOMPARE(productCount(), 301);
        // Whole pages, as many as the list view asked for to fill itself (it may ask during the reset), never the
        // whole table; then one more page on request, continuing in SKU order.
        Catalog()->search(QString());
        QVERIFY(Catalog()->searching());
        QTRY_VERIFY(!Catalog()->searching());
        QTRY_VERIFY(Catalog()->canFetchMore({})); // once the pages the view asked for itself are read
        const int shown = rows();
        QVERIFY2(shown >= CatalogViewModel::pageSize && shown % CatalogViewModel::pageSize == 0 && shown < 301,
                 qPrintable(QString::number(shown)));
        for (int row = 1; row < rows(); ++row)
            QVERIFY(at(row - 1, CatalogViewModel::SkuRole) < at(row, CatalogViewModel::SkuRole));
        const QString lastShown = at(shown - 1, CatalogViewModel::SkuRole);
        Catalog()->fetchMore({});
        QVERIFY(!Catalog()->canFetchMore({})); // one page at a time
        QTRY_COMPARE(rows(), shown + CatalogViewModel::pageSize);
        QVERIFY(at(shown, CatalogViewModel::SkuRole) > lastShown);
        for (int page = 0; page < 3; ++page) {
            QTRY_VERIFY(Catalog()->canFetchMore({}) || rows() == 301);
            if (Catalog()->canFetchMore({}))
                Catalog()->fetchMore({});
        }
        QTRY_COMPARE(rows(), 301); // every product once
        QVERIFY(!Catalog()->canFetchMore({}));
    }

    void row_showsPriceTaxAndBarcodes()
    {
        search(QStringLiteral("KR-TOP-0002"));
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(at(0, CatalogViewModel::NameEnRole), QStringLiteral("Oversized Cotton T-Shirt White M"));
        QCOMPARE(at(0, CatalogViewModel::NameKoRole), QStringLiteral("오버핏 코튼 티셔츠 화이트 M"));
        QVERIFY2(at(0, CatalogViewModel::PriceRole).contains(QStringLiteral("19,900")),
                 qPrintable(at(0, CatalogViewModel::PriceRole)));
        QCOMPARE(at(0, CatalogViewModel::TaxClassRole), QStringLiteral("VAT10"));
        QCOMPARE(at(0, CatalogViewModel::BarcodesRole), QStringLiteral("8809417101124")); // as on the pack
    }

    void search_bySkuPrefixBarcodeAndEitherName()
    {
        search(QStringLiteral("KR-TOP-000"));
        QTRY_COMPARE(rows(), 9);
        QVERIFY(!Catalog()->canFetchMore({}));   // no name holds the text: nothing after the SKUs
        search(QStringLiteral("8809417101230")); // a barcode: that product alone
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(at(0, CatalogViewModel::SkuRole), QStringLiteral("KR-TOP-0006"));
        search(QStringLiteral("코튼 티셔츠 블랙"));
        QTRY_COMPARE(rows(), 3);
        search(QStringLiteral("t-shirt black")); // English, any case
        QTRY_COMPARE(rows(), 3);
        QCOMPARE(at(0, CatalogViewModel::SkuRole), QStringLiteral("KR-TOP-0004"));
        search(QStringLiteral("없는 상품"));
        QTRY_COMPARE(rows(), 0);
        QCOMPARE(textOf("catalogMessage"), QStringLiteral("No product matches 없는 상품."));
    }

    void goodFile_addsItsProducts()
    {
        const QString path = writeFile(QStringLiteral("good.csv"),
                                       CatalogCsvImporter::header().toUtf8() +
                                           "\nKR-NEW-0001,8801234567893,새 연,New kite,home,12000,VAT10,each\n"
                                           "KR-TOP-0002,8809417101124,오버핏 코튼 티셔츠 화이트 M,Oversized Cotton "
                                           "T-Shirt White M,tops,17900,VAT10,"
                                           "each\n");
        importFile(path);
        QTRY_COMPARE(textOf("catalogImportResult"), QStringLiteral("Products imported: 2."));
        QVERIFY(!visible("catalogImportErrors"));
        QCOMPARE(productCount(), 302);
        search(QStringLiteral("KITE"));
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(at(0, CatalogViewModel::SkuRole), QStringLiteral("KR-NEW-0001"));
        QCOMPARE(m_store->catalog->findBySku(QStringLiteral("KR-TOP-0002"))->unitPriceMinor, 17900);
    }

    void badFile_listsEveryRefusedRowAndChangesNothing()
    {
        const QString path =
            writeFile(QStringLiteral("bad.csv"), CatalogCsvImporter::header().toUtf8() +
                                                     "\nKR-NEW-0002,,새 장갑,New gloves,home,9000,VAT10,each\n"
                                                     "KR-NEW-0003,,새 모자,New hat,home,12x,VAT10,each\n"
                                                     "KR-NEW-0004,,새 양말,New socks,home,3000,VAT99,each\n");
        importFile(path);
        QTRY_VERIFY(
            textOf("catalogImportResult").startsWith(QStringLiteral("Problems found: 2. Nothing was imported")));
        QTRY_VERIFY(visible("catalogImportErrors"));
        const QStringList errors = Catalog()->importErrors();
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].startsWith(QStringLiteral("line 3: price: ")), qPrintable(errors[0]));
        QCOMPARE(errors[1], QStringLiteral("line 4: tax class \"VAT99\" does not exist"));
        QCOMPARE(productCount(), 302);
        QVERIFY(!m_store->catalog->findBySku(QStringLiteral("KR-NEW-0002"))); // the good row went nowhere either
    }

    void cancelledImport_leavesTheCatalogAsItWas()
    {
        const Currency won = m_store->profile->currency;
        for (const TaxClass &taxClass : SyntheticCatalog::taxClasses())
            QVERIFY(m_store->catalog->putTaxClass(taxClass));
        QFile big(m_store->directory.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(SyntheticCatalog(won).writeCsv(big, 50'000));
        big.close();
        importFile(big.fileName());
        QVERIFY(Catalog()->importing());
        QVERIFY(visible("catalogCancelImportButton"));
        click("catalogCancelImportButton");
        QTRY_VERIFY(!Catalog()->importing());
        QCOMPARE(textOf("catalogImportResult"), QStringLiteral("Import cancelled: the catalog is as it was."));
        QCOMPARE(productCount(), 302);
        QVERIFY(!m_store->catalog->findBySku(QStringLiteral("S000000001")));
        QVERIFY(!m_store->catalog->findByBarcode(SyntheticCatalog::barcode(1)));
    }

    void promotions_sayWhatWhenAndOnWhat()
    {
        auto *promotions = Catalog()->promotions();
        QCOMPARE(promotions->rowCount(), 4);
        QStringList kinds, scopes;
        for (int row = 0; row < promotions->rowCount(); ++row) {
            kinds.append(promotions->data(promotions->index(row), PromotionListModel::KindRole).toString());
            scopes.append(promotions->data(promotions->index(row), PromotionListModel::ScopeRole).toString());
            QCOMPARE(promotions->data(promotions->index(row), PromotionListModel::WindowRole).toString(),
                     QStringLiteral("Always"));
        }
        QVERIFY2(kinds.contains(QStringLiteral("Buy 1, get 1 free")), qPrintable(kinds.join(u'|')));
        QVERIFY2(scopes.contains(QStringLiteral("SKU KR-DRK-0006, KR-DRK-0007")), qPrintable(scopes.join(u'|')));
        QVERIFY(scopes.contains(QStringLiteral("category snacks")));
        QVERIFY(scopes.contains(QStringLiteral("The whole basket")));
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the catalog page at the till's 1280 × 800 in both
    // languages, with a refused file's rows listed, for docs/screens.
    void screens_inBothLanguages()
    {
        if (screensFolder().isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        photograph(QStringLiteral("catalog"), [this] {
            importFile(m_store->directory.filePath(QStringLiteral("bad.csv")));
            QTRY_VERIFY(!Catalog()->importing());
            search(QString());
        });
    }
};

QTEST_MAIN(TestBackOfficeCatalog)
#include "tst_backofficecatalog.moc"
