#include "CatalogCsvImporter.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "SchemaManager.h"
#include "SyntheticCatalog.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

namespace {

const QByteArray header = QByteArrayLiteral("sku,barcodes,name_ko,name_en,category,price,tax_class,unit");
// Line 2 of most files below; check digits worked out by hand.
const QByteArray validRow = QByteArrayLiteral("S1,8801234567893|0049000028911,우유,Milk,dairy,1500,VAT10,each");

QByteArray file(const QList<QByteArray> &rows)
{
    return header + '\n' + rows.join('\n') + '\n';
}

Currency won()
{
    return Currency::fromCode(QStringLiteral("KRW")).value();
}

QStringList describe(const CatalogCsvImporter::Report &report)
{
    QStringList lines;
    for (const CatalogCsvImporter::RowError &error : report.errors)
        lines.append(error.toString());
    return lines;
}

} // namespace

class TestCatalogCsvImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    CatalogCsvImporter::Report import(const QByteArray &contents, const Currency &currency = won())
    {
        QBuffer buffer;
        buffer.setData(contents);
        buffer.open(QIODevice::ReadOnly);
        return CatalogCsvImporter(*m_database, currency).import(buffer);
    }

    qint64 productCount() { return CatalogRepository(*m_database).productCount(); }
    std::optional<Product> findBySku(const QString &sku) { return CatalogRepository(*m_database).findBySku(sku); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        CatalogRepository repository(*m_database);
        for (const TaxClass &taxClass : SyntheticCatalog::taxClasses())
            QVERIFY(repository.putTaxClass(taxClass).ok());
    }

    void cleanup() { m_database.reset(); }

    void import_quotedFieldsWithKoreanCommasAndQuotes_importsEveryRow()
    {
        const CatalogCsvImporter::Report report = import(file({
            QByteArrayLiteral("S1,8801234567893|8809876543213,\"빙그레 바나나맛 우유, 240ml\",\"Banana Milk "
                              "\"\"Original\"\", 240ml\",dairy,1500,VAT10,each"),
            QByteArrayLiteral("S2,,사과,Apples,produce,\"12,900\",EXEMPT,kg"),
            QByteArrayLiteral("\"S3\",049000028911,코카콜라,,drinks, 2000 ,VAT10,each"),
        }));

        QVERIFY2(report.ok(), qPrintable(describe(report).join(u'\n')));
        QCOMPARE(report.rowsImported, 3);
        QCOMPARE(productCount(), 3);
        const std::optional<Product> milk = findBySku(QStringLiteral("S1"));
        QVERIFY(milk);
        QCOMPARE(milk->nameKo, QStringLiteral("빙그레 바나나맛 우유, 240ml"));
        QCOMPARE(milk->nameEn, QStringLiteral("Banana Milk \"Original\", 240ml"));
        QCOMPARE(milk->unitPriceMinor, 1500);
        QCOMPARE(milk->barcodes, QStringList({QStringLiteral("08801234567893"), QStringLiteral("08809876543213")}));
        const std::optional<Product> apples = findBySku(QStringLiteral("S2"));
        QVERIFY(apples);
        QCOMPARE(apples->unit, Unit::Kilogram);
        QCOMPARE(apples->unitPriceMinor, 12900);
        QCOMPARE(apples->taxClass, QStringLiteral("EXEMPT"));
        QVERIFY(apples->barcodes.isEmpty());
        const std::optional<Product> coke =
            CatalogRepository(*m_database).findByBarcode(QStringLiteral("0049000028911"));
        QVERIFY(coke);
        QCOMPARE(coke->sku, QStringLiteral("S3"));
        QCOMPARE(coke->unitPriceMinor, 2000);
        QCOMPARE(coke->nameEn, QString());
    }

    void import_byteOrderMarkAndCrlfLineEnds_areAccepted()
    {
        const QByteArray contents = QByteArrayLiteral("\xEF\xBB\xBF") + header + "\r\n" + validRow + "\r\n" +
                                    QByteArrayLiteral("S2,,\"두부\r\n국산\",Tofu,fresh,3000,VAT10,each\r\n");

        const CatalogCsvImporter::Report report = import(contents);

        QVERIFY2(report.ok(), qPrintable(describe(report).join(u'\n')));
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(findBySku(QStringLiteral("S1"))->unit, Unit::Each);
        QCOMPARE(findBySku(QStringLiteral("S2"))->nameKo, QStringLiteral("두부\r\n국산"));
    }

    void import_blankLinesAndNoFinalLineEnd_areAccepted()
    {
        const QByteArray contents = header + "\n\n" + validRow + "\n\n" + "S2,,두부,Tofu,fresh,3000,VAT10,each";

        const CatalogCsvImporter::Report report = import(contents);

        QVERIFY(report.ok());
        QCOMPARE(report.rowsImported, 2);
    }

    void import_rowWithAProblem_isReportedWithItsLineAndNothingIsImported_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("price not an amount") << QByteArrayLiteral("S2,,이름,Name,c,\"12,x\",VAT10,each")
                                             << QStringLiteral("line 3: price: \"12,x\" is not an amount in KRW");
        QTest::newRow("price with decimals in won") << QByteArrayLiteral("S2,,이름,Name,c,12.5,VAT10,each")
                                                    << QStringLiteral("line 3: price: KRW amounts have no decimals");
        QTest::newRow("negative price") << QByteArrayLiteral("S2,,이름,Name,c,-100,VAT10,each")
                                        << QStringLiteral("line 3: price: \"-100\" is negative");
        QTest::newRow("unknown tax class") << QByteArrayLiteral("S2,,이름,Name,c,100,VAT99,each")
                                           << QStringLiteral("line 3: tax class \"VAT99\" does not exist");
        QTest::newRow("unknown unit") << QByteArrayLiteral("S2,,이름,Name,c,100,VAT10,box")
                                      << QStringLiteral("line 3: unit \"box\" is neither each nor kg");
        QTest::newRow("wrong check digit") << QByteArrayLiteral("S2,8801234567890,이름,Name,c,100,VAT10,each")
                                           << QStringLiteral("line 3: Check digit of 8801234567890 should be 3, not 0");
        QTest::newRow("wrong barcode length") << QByteArrayLiteral("S2,12345,이름,Name,c,100,VAT10,each")
                                              << QStringLiteral("line 3: Barcode 12345 has the wrong length");
        QTest::newRow("letters in barcode") << QByteArrayLiteral("S2,88012345678AB,이름,Name,c,100,VAT10,each")
                                            << QStringLiteral("line 3: Barcode \"88012345678AB\" contains \"A\"");
        QTest::newRow("empty barcode between bars")
            << QByteArrayLiteral("S2,8809876543213||4006381333931,이름,Name,c,100,VAT10,each")
            << QStringLiteral("line 3: an empty barcode between two '|'");
        QTest::newRow("empty sku") << QByteArrayLiteral(",,이름,Name,c,100,VAT10,each")
                                   << QStringLiteral("line 3: the SKU is empty");
        QTest::newRow("no name") << QByteArrayLiteral("S2,,, ,c,100,VAT10,each")
                                 << QStringLiteral("line 3: both names are empty");
        QTest::newRow("too few fields") << QByteArrayLiteral("S2,,이름,Name,c,100,VAT10")
                                        << QStringLiteral("line 3: 7 fields instead of 8");
        QTest::newRow("too many fields") << QByteArrayLiteral("S2,,이름,Name,c,100,VAT10,each,")
                                         << QStringLiteral("line 3: 9 fields instead of 8");
        QTest::newRow("quote in unquoted field")
            << QByteArrayLiteral("S2,,이름 \"특\",Name,c,100,VAT10,each")
            << QStringLiteral("line 3: field 3 contains a quote but is not quoted");
        QTest::newRow("text after closing quote") << QByteArrayLiteral("S2,,\"이름\"특,Name,c,100,VAT10,each")
                                                  << QStringLiteral("line 3: field 3 has text after its closing quote");
        QTest::newRow("quote never closed")
            << QByteArrayLiteral("S2,,\"이름,Name,c,100,VAT10,each")
            << QStringLiteral("line 3: a quoted field starts on this line and never ends");
        QTest::newRow("not utf-8") << QByteArrayLiteral("S2,,\xC0\xAF,Name,c,100,VAT10,each")
                                   << QStringLiteral("line 3: the line is not UTF-8 text");
        QTest::newRow("sku twice") << QByteArrayLiteral("S1,,두부,Tofu,fresh,3000,VAT10,each")
                                   << QStringLiteral("line 3: SKU \"S1\" is also on line 2");
        QTest::newRow("barcode twice") << QByteArrayLiteral("S2,8801234567893,두부,Tofu,fresh,3000,VAT10,each")
                                       << QStringLiteral("line 3: barcode 8801234567893 is also on line 2");
        // Line 2 lists 0049000028911; the UPC-A spelling is the same trade item.
        QTest::newRow("same item as upc-a") << QByteArrayLiteral("S2,049000028911,두부,Tofu,fresh,3000,VAT10,each")
                                            << QStringLiteral("line 3: barcode 049000028911 is also on line 2");
        QTest::newRow("barcode twice in a row")
            << QByteArrayLiteral("S2,8809876543213|8809876543213,두부,Tofu,fresh,3000,VAT10,each")
            << QStringLiteral("line 3: barcode 8809876543213 is listed twice");
    }

    void import_rowWithAProblem_isReportedWithItsLineAndNothingIsImported()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);

        const CatalogCsvImporter::Report report = import(file({validRow, row}));

        QVERIFY(!report.ok());
        QCOMPARE(report.errorCount, 1);
        QVERIFY2(report.errors[0].toString().startsWith(expected), qPrintable(report.errors[0].toString()));
        QCOMPARE(report.rowsImported, 0);
        QCOMPARE(productCount(), 0);
    }

    void import_problemsOnSeveralLines_areAllReportedInFileOrder()
    {
        const CatalogCsvImporter::Report report = import(file({
            validRow,                                                           // line 2
            QByteArrayLiteral("S2,,\"두부\n국산\",Tofu,fresh,3000,VAT10,each"), // lines 3-4
            QByteArrayLiteral("S3,,콩,Beans,fresh,abc,VAT99,each"),             // line 5: two problems
            QByteArrayLiteral("S4,,쌀,Rice,grains,30000,VAT10,each"),           // line 6
            QByteArrayLiteral("S2,,두부,Tofu,fresh,3000,VAT10,each"),           // line 7
        }));

        QCOMPARE(describe(report), QStringList({
                                       QStringLiteral("line 5: price: \"abc\" is not an amount in KRW"),
                                       QStringLiteral("line 5: tax class \"VAT99\" does not exist"),
                                       QStringLiteral("line 7: SKU \"S2\" is also on line 3"),
                                   }));
        QCOMPARE(report.errorCount, 3);
        QCOMPARE(productCount(), 0);
    }

    void import_withAProblem_leavesExistingProductsAsTheyWere()
    {
        QVERIFY(import(file({validRow})).ok());
        const QByteArray changedPrice = QByteArray(validRow).replace(",1500,", ",9900,");

        const CatalogCsvImporter::Report report =
            import(file({changedPrice, QByteArrayLiteral("S2,,두부,Tofu,fresh,3000,VAT99,each")}));

        QVERIFY(!report.ok());
        QCOMPARE(productCount(), 1);
        QCOMPARE(findBySku(QStringLiteral("S1"))->unitPriceMinor, 1500);
    }

    void import_skuAlreadyInTheDatabase_isUpdated()
    {
        QVERIFY(import(file({validRow, QByteArrayLiteral("S2,8809876543213,두부,Tofu,fresh,3000,VAT10,each")})).ok());

        const CatalogCsvImporter::Report report =
            import(file({QByteArrayLiteral("S1,8801234567893,우유,Milk,dairy,1700,VAT10,each")}));

        QVERIFY(report.ok());
        QCOMPARE(report.rowsImported, 1);
        QCOMPARE(productCount(), 2);
        const std::optional<Product> milk = findBySku(QStringLiteral("S1"));
        QCOMPARE(milk->unitPriceMinor, 1700);
        QCOMPARE(milk->barcodes, QStringList{QStringLiteral("08801234567893")});
        QVERIFY(findBySku(QStringLiteral("S2")));
    }

    void import_dollarPrices_becomeCents()
    {
        const Currency dollars = Currency::fromCode(QStringLiteral("USD")).value();

        const CatalogCsvImporter::Report report = import(file({QByteArrayLiteral("S1,,,Milk,dairy,2.49,VAT10,each"),
                                                               QByteArrayLiteral("S2,,,Bread,bakery,3,VAT10,each")}),
                                                         dollars);

        QVERIFY(report.ok());
        QCOMPARE(findBySku(QStringLiteral("S1"))->unitPriceMinor, 249);
        QCOMPARE(findBySku(QStringLiteral("S2"))->unitPriceMinor, 300);
    }

    void import_wrongHeader_isRefusedBeforeAnyRow_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("other column name")
            << QByteArray("sku,barcode,name_ko,name_en,category,price,tax_class,unit\n" + validRow);
        QTest::newRow("columns reordered")
            << QByteArray("barcodes,sku,name_ko,name_en,category,price,tax_class,unit\n" + validRow);
        QTest::newRow("no header") << QByteArray(validRow + '\n');
        QTest::newRow("empty file") << QByteArray();
    }

    void import_wrongHeader_isRefusedBeforeAnyRow()
    {
        QFETCH(QByteArray, contents);

        const CatalogCsvImporter::Report report = import(contents);

        QCOMPARE(report.errorCount, 1);
        QCOMPARE(report.errors[0].line, 1);
        QVERIFY(report.errors[0].reason.contains(CatalogCsvImporter::header()));
        QCOMPARE(productCount(), 0);
    }

    void import_manyBadRows_countsAllAndReportsTheFirstThousand()
    {
        QList<QByteArray> rows;
        for (int i = 0; i < 1005; ++i)
            rows.append("S" + QByteArray::number(i) + ",,이름,Name,c,100,NONE,each");

        const CatalogCsvImporter::Report report = import(file(rows));

        QCOMPARE(report.errorCount, 1005);
        QCOMPARE(report.errors.size(), CatalogCsvImporter::maxReportedErrors);
        QCOMPARE(report.errors.last().line, 1001);
    }

    void importFile_syntheticCatalog_roundTripsWithProgressToTheEnd()
    {
        const SyntheticCatalog catalog(won(), 3);
        const QString path = m_dir->filePath(QStringLiteral("catalog.csv"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(catalog.writeCsv(out, 10'000).ok());
        }
        CatalogCsvImporter importer(*m_database, won());
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        int calls = 0;
        importer.setProgressCallback([&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
            ++calls;
        });

        const CatalogCsvImporter::Report report = importer.importFile(path);

        QVERIFY2(report.ok(), qPrintable(describe(report).join(u'\n')));
        QCOMPARE(report.rowsImported, 10'000);
        QVERIFY(calls > 1);
        QCOMPARE(lastTotal, QFileInfo(path).size());
        QCOMPARE(lastDone, lastTotal);
        CatalogRepository repository(*m_database);
        // Every variant appears in the first few dozen products, quotes and commas included.
        for (qint64 index = 0; index < 60; ++index) {
            const Product expected = catalog.product(index);
            const std::optional<Product> found = repository.findByBarcode(expected.barcodes.last());
            QVERIFY(found);
            QCOMPARE(found->sku, expected.sku);
            QCOMPARE(found->nameKo, expected.nameKo);
            QCOMPARE(found->nameEn, expected.nameEn);
            QCOMPARE(found->category, expected.category);
            QCOMPARE(found->unitPriceMinor, expected.unitPriceMinor);
            QCOMPARE(found->unit, expected.unit);
            QCOMPARE(found->barcodes.size(), expected.barcodes.size());
        }
    }

    void importFile_missingFile_saysWhichFile()
    {
        const CatalogCsvImporter::Report report =
            CatalogCsvImporter(*m_database, won()).importFile(m_dir->filePath(QStringLiteral("missing.csv")));

        QCOMPARE(report.errorCount, 1);
        QCOMPARE(report.errors[0].line, 0);
        QVERIFY(report.errors[0].toString().contains(QStringLiteral("missing.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCsvImporter)
#include "tst_catalogcsvimporter.moc"
