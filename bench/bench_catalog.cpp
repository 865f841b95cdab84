// The catalog at store scale: writes a synthetic catalog of N products (default 1,000,000) as CSV, imports
// it, then times barcode lookups (the target: p99 under 1 ms), searches, the back office's catalog list
// (CatalogPager: the first page, scrolling, searches; read off the screen's thread by a StoreReader, a newer
// search interrupting an older one) and an integrity check.
// Usage: bench_catalog [N [KEEP.sqlite]]. Prints one "name: value" line per result. With KEEP, the store
// database is kept there (for measuring the till's start-up against it).

#include "CatalogCsvImporter.h"
#include "CatalogPager.h"
#include "CatalogRepository.h"
#include "Currency.h"
#include "Database.h"
#include "Gtin.h"
#include "SchemaManager.h"
#include "StoreReader.h"
#include "SyntheticCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

using namespace omnitill;

namespace {

QTextStream out(stdout);

void print(const QString &name, const QString &value)
{
    out << name << ": " << value << Qt::endl;
}

QString seconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e9, 'f', 2) + QStringLiteral(" s");
}

QString microseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e3, 'f', 1) + QStringLiteral(" us");
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

// p50, p99, p99.9 and max of per-call latencies, in microseconds.
QString percentiles(std::vector<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double fraction) { return nanoseconds[size_t(fraction * double(nanoseconds.size() - 1))]; };
    return QStringLiteral("p50 %1, p99 %2, p99.9 %3, max %4")
        .arg(microseconds(at(0.5)), microseconds(at(0.99)), microseconds(at(0.999)), microseconds(nanoseconds.back()));
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_catalog: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    qint64 count = 1'000'000;
    if (argc > 1) {
        bool ok = false;
        count = QString::fromLocal8Bit(argv[1]).toLongLong(&ok);
        if (!ok || count < 1 || count > 999'999'999)
            return fail(QStringLiteral("N must be a number from 1 to 999999999"));
    }
    constexpr int lookups = 100'000;
    const Currency won = Currency::fromCode(QStringLiteral("KRW")).value();
    const SyntheticCatalog catalog(won, 1);
    QTemporaryDir directory;
    if (!directory.isValid())
        return fail(directory.errorString());
    QElapsedTimer timer;
    print(QStringLiteral("products"), QString::number(count));

    const QString csvPath = directory.filePath(QStringLiteral("catalog.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return fail(csv.errorString());
        timer.start();
        if (auto written = catalog.writeCsv(csv, count); !written)
            return fail(written.error());
    }
    print(QStringLiteral("csv write"), seconds(timer.nsecsElapsed()));
    print(QStringLiteral("csv size"), megabytes(QFileInfo(csvPath).size()));

    const QString databasePath =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : directory.filePath(QStringLiteral("store.sqlite"));
    if (argc > 2 && QFileInfo::exists(databasePath))
        return fail(QStringLiteral("%1 exists; give a new file").arg(databasePath));
    auto opened = Database::open(databasePath);
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<Database> database = std::move(opened).value();
    if (const SchemaManager::Report migrated = SchemaManager(*database).upgrade(); !migrated.ok())
        return fail(migrated.message);
    {
        CatalogRepository repository(*database);
        for (const TaxClass &taxClass : SyntheticCatalog::taxClasses()) {
            if (auto put = repository.putTaxClass(taxClass); !put)
                return fail(put.error());
        }
    }

    timer.start();
    const CatalogCsvImporter::Report imported = CatalogCsvImporter(*database, won).importFile(csvPath);
    const qint64 importNanoseconds = timer.nsecsElapsed();
    if (!imported.ok())
        return fail(imported.errors.value(0).toString());
    print(QStringLiteral("import"), seconds(importNanoseconds));
    print(QStringLiteral("import rate"),
          QString::number(qint64(double(imported.rowsImported) * 1e9 / double(importNanoseconds))) +
              QStringLiteral(" rows/s"));

    CatalogRepository repository(*database);
    print(QStringLiteral("products in database"), QString::number(repository.productCount()));

    // The codes are made before timing, so the figures are the lookup alone: parse, query, product.
    QRandomGenerator random(12345);
    QStringList codes;
    QList<qint64> indexes;
    for (int i = 0; i < lookups; ++i) {
        indexes.append(qint64(random.bounded(quint64(count))));
        codes.append(SyntheticCatalog::barcode(indexes.last()));
    }
    std::vector<qint64> latencies;
    latencies.reserve(lookups);
    int wrong = 0;
    timer.start();
    for (int i = 0; i < lookups; ++i) {
        QElapsedTimer one;
        one.start();
        const std::optional<Product> found = repository.findByBarcode(codes[i]);
        latencies.push_back(one.nsecsElapsed());
        if (!found || !found->sku.endsWith(QString::number(indexes[i])))
            ++wrong;
    }
    const qint64 lookupNanoseconds = timer.nsecsElapsed();
    print(QStringLiteral("barcode lookups (found)"),
          QString::number(lookups) + QStringLiteral(", wrong or missing ") + QString::number(wrong));
    print(QStringLiteral("barcode lookup latency"), percentiles(latencies));
    print(QStringLiteral("barcode lookup rate"),
          QString::number(qint64(double(lookups) * 1e9 / double(lookupNanoseconds))) + QStringLiteral(" /s"));

    // Codes with a valid check digit that are not in the catalog: the "unknown item" path.
    latencies.clear();
    for (int i = 0; i < lookups / 10; ++i) {
        const QString payload = QStringLiteral("881%1").arg(random.bounded(1'000'000'000), 9, 10, QLatin1Char('0'));
        const QString code = payload + QChar(u'0' + Gtin::checkDigit(payload));
        QElapsedTimer one;
        one.start();
        const bool found = repository.findByBarcode(code).has_value();
        latencies.push_back(one.nsecsElapsed());
        if (found)
            ++wrong;
    }
    print(QStringLiteral("unknown barcode latency"), percentiles(latencies));

    const auto timeSearch = [&](const QString &name, const QString &text) {
        QElapsedTimer one;
        one.start();
        const qsizetype results = repository.search(text, 20).size();
        print(QStringLiteral("search ") + name, microseconds(one.nsecsElapsed()) + QStringLiteral(", ") +
                                                    QString::number(results) + QStringLiteral(" results"));
    };
    timeSearch(QStringLiteral("common Korean \"우유\""), QStringLiteral("우유"));
    timeSearch(QStringLiteral("common English \"banana\""), QStringLiteral("banana"));
    timeSearch(QStringLiteral("SKU prefix \"S00012345\""), QStringLiteral("S00012345"));
    timeSearch(QStringLiteral("no match (full scan)"), QStringLiteral("없는상품"));

    // The back office's list asks a CatalogPager for pages of CatalogViewModel::pageSize.
    constexpr int pageSize = 100;
    CatalogPager pager(repository);
    const auto firstPage = [&](const QString &name, const QString &text) {
        QElapsedTimer one;
        one.start();
        pager.start(text);
        const qsizetype results = pager.next(pageSize).size();
        print(QStringLiteral("list first page ") + name, microseconds(one.nsecsElapsed()) + QStringLiteral(", ") +
                                                             QString::number(results) + QStringLiteral(" results"));
    };
    firstPage(QStringLiteral("of everything"), QString());
    // Scrolling: each page continues from the last SKU of the one before (keyset), so a deep page costs what the
    // second does; the pages between are read for real, as a manager dragging the scroll bar would.
    const int pages = int(qMin<qint64>(2000, count / pageSize));
    latencies.clear();
    for (int page = 1; page < pages; ++page) {
        QElapsedTimer one;
        one.start();
        if (pager.next(pageSize).size() != pageSize)
            ++wrong;
        latencies.push_back(one.nsecsElapsed());
    }
    if (!latencies.empty())
        print(QStringLiteral("list next page (pages 2 to %1)").arg(pages), percentiles(latencies));
    firstPage(QStringLiteral("SKU prefix \"S00012345\""), QStringLiteral("S00012345"));
    firstPage(QStringLiteral("barcode"), SyntheticCatalog::barcode(count / 2));
    firstPage(QStringLiteral("common Korean \"우유\""), QStringLiteral("우유"));
    firstPage(QStringLiteral("common English \"banana\""), QStringLiteral("banana"));
    firstPage(QStringLiteral("no match (full scan)"), QStringLiteral("없는상품"));

    // The catalog page reads off the screen's thread: the screen's thread only asks and takes the answer. A
    // manager who searches again while a whole scan runs waits for the new search alone: the old one is
    // interrupted. Timed from asking the new search to its first page on the asking thread.
    {
        StoreReader reader(databasePath);
        const int lane = reader.newLane();
        const auto ask = [&](const QString &text, const std::function<void(qsizetype)> &answered) {
            reader.read(
                lane,
                [text](const Database &connection) {
                    CatalogRepository catalog(connection);
                    CatalogPager search(catalog);
                    search.start(text);
                    return Result<qsizetype>(search.next(pageSize).size());
                },
                [answered](const Result<qsizetype> &results) { answered(results ? *results : -1); });
        };
        QEventLoop loop;
        // The reader's connection is opened first, as the catalog page's first page does.
        ask(QString(), [&](qsizetype) { loop.quit(); });
        loop.exec();
        QElapsedTimer alone;
        alone.start();
        ask(QStringLiteral("banana"), [&](qsizetype) { loop.quit(); });
        loop.exec();
        print(QStringLiteral("list first page \"banana\" through the reader, alone"), microseconds(alone.nsecsElapsed()));
        bool scanAnswered = false;
        qsizetype results = -1;
        QElapsedTimer asked;
        ask(QStringLiteral("없는상품"), [&](qsizetype) { scanAnswered = true; });
        QTimer::singleShot(100, &loop, [&] {
            asked.start();
            ask(QStringLiteral("banana"), [&](qsizetype found) {
                results = found;
                loop.quit();
            });
        });
        loop.exec();
        print(QStringLiteral("list first page \"banana\" asked during a whole scan (off the thread)"),
              microseconds(asked.nsecsElapsed()) + QStringLiteral(", ") + QString::number(results) +
                  QStringLiteral(" results, the scan ") +
                  (scanAnswered ? QStringLiteral("answered") : QStringLiteral("interrupted")));
    }

    timer.start();
    const Result<void> intact = database->checkIntegrity();
    print(QStringLiteral("quick_check"),
          seconds(timer.nsecsElapsed()) + (intact ? QString() : QString(u' ' + intact.error())));

    print(QStringLiteral("database"), databasePath);
    print(QStringLiteral("database size"), megabytes(QFileInfo(databasePath).size()));
    print(QStringLiteral("wal size"), megabytes(QFileInfo(databasePath + QStringLiteral("-wal")).size()));
    return 0;
}
