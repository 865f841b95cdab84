#include "CatalogCsvImporter.h"
#include "CatalogExport.h"
#include "StoreFixture.h"
#include "SyntheticCatalog.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

// The whole catalog exported as CSV: every product, page by page, in the format the catalog import reads (a
// store that imports the file has the same products), with progress as it goes; off the screen's thread into a
// file that exists only once it is complete, so a cancel leaves none. Real SQLite stores, a real file.
class TestCatalogExport : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 synthetic = 5000;

    static void addSynthetic(const StoreFixture &store, qint64 count)
    {
        const auto inserted = SyntheticCatalog(store.profile->currency).insertInto(*store.database, count);
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error()));
    }

private Q_SLOTS:
    void everyProduct_inTheImportsFormat_importsBackTheSame()
    {
        StoreFixture store;
        addSynthetic(store, synthetic);
        const qint64 total = store.catalog->productCount();
        QVERIFY(total > synthetic);

        QBuffer file;
        QVERIFY(file.open(QIODevice::ReadWrite));
        QList<std::pair<qint64, qint64>> progress;
        const CatalogExport::Outcome outcome = CatalogExport::write(
            *store.database, store.profile->currency, file,
            [&](qint64 done, qint64 all) {
                progress.append({done, all});
            },
            [] { return false; });
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.products, total);
        // A page at a time: progress after each, the last one complete.
        QCOMPARE(progress.size(), int((total + CatalogExport::pageSize - 1) / CatalogExport::pageSize));
        QCOMPARE(progress.last(), std::make_pair(total, total));

        const QByteArray bytes = file.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "sku,barcodes,name_ko,name_en,category,price,tax_class,unit\r\n"));
        QCOMPARE(bytes.count("\r\n"), total + 1);

        // Another store that imports it has the same products.
        StoreFixture other(DemoStores::Store::Seoul);
        for (const TaxClass &taxClass : SyntheticCatalog::taxClasses())
            QVERIFY(other.catalog->putTaxClass(taxClass));
        file.seek(0);
        const auto report = CatalogCsvImporter(*other.database, other.profile->currency).import(file);
        QVERIFY2(report.ok(), report.errors.isEmpty() ? "" : qPrintable(report.errors.first().toString()));
        QCOMPARE(report.rowsImported, total);
        QCOMPARE(other.catalog->productCount(), total);
        const SyntheticCatalog made(store.profile->currency);
        for (const qint64 index : {qint64(0), qint64(1234), synthetic - 1}) {
            const Product expected = *store.catalog->findBySku(made.product(index).sku);
            const auto imported = other.catalog->findBySku(expected.sku);
            QVERIFY(imported);
            QCOMPARE(imported->nameKo, expected.nameKo);
            QCOMPARE(imported->nameEn, expected.nameEn);
            QCOMPARE(imported->category, expected.category);
            QCOMPARE(imported->unitPriceMinor, expected.unitPriceMinor);
            QCOMPARE(imported->taxClass, expected.taxClass);
            QCOMPARE(imported->unit, expected.unit);
            QCOMPARE(imported->barcodes, expected.barcodes);
        }
    }

    void cancelCheck_stopsBetweenPages()
    {
        StoreFixture store;
        addSynthetic(store, synthetic);
        QBuffer file;
        QVERIFY(file.open(QIODevice::WriteOnly));
        int pages = 0;
        const CatalogExport::Outcome outcome = CatalogExport::write(
            *store.database, store.profile->currency, file, [&](qint64, qint64) { ++pages; },
            [&] { return pages == 2; });
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.products, 2 * CatalogExport::pageSize);
    }

    void offTheThread_theFileAppearsWhole_orNotAtAll()
    {
        StoreFixture store;
        addSynthetic(store, synthetic);
        const QString path = store.directory.filePath(QStringLiteral("catalog.csv"));
        CatalogExport exporting(store.path, store.profile->currency);
        QSignalSpy finished(&exporting, &CatalogExport::finished);
        QSignalSpy progressed(&exporting, &CatalogExport::progressed);
        exporting.start(path);
        QVERIFY(exporting.isRunning());
        QVERIFY(finished.wait(60000));
        const auto done = finished.first().first().value<CatalogExport::Outcome>();
        QVERIFY2(done.error.isEmpty(), qPrintable(done.error));
        QCOMPARE(done.products, store.catalog->productCount());
        QCOMPARE(done.path, path);
        QVERIFY(progressed.count() > 0);
        QCOMPARE(exporting.progress(), 1.0);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count("\r\n"), done.products + 1);
        QVERIFY(QFile::remove(path));

        // Cancelled at once: no file, not even a part of one.
        exporting.start(path);
        exporting.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().first().value<CatalogExport::Outcome>().cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(store.directory.path()).entryList({QStringLiteral("catalog.csv*")}, QDir::Files), QStringList());
    }
};

QTEST_MAIN(TestCatalogExport)
#include "tst_catalogexport.moc"
