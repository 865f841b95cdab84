// The back office's catalog list over a big catalog: makes a store of N synthetic products (default
// 1,000,000), then times what the list asks of CatalogPager: the first page of everything, pages deep into it,
// and the first page of searches by SKU, barcode, Korean and English name, and a name nothing has (a full scan).
// Usage: bench_catalog_browse [N]. Prints one "name: value" line per result.

#include "CatalogPager.h"
#include "CatalogRepository.h"
#include "Currency.h"
#include "Database.h"
#include "SchemaManager.h"
#include "SyntheticCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace omnitill;

namespace {

constexpr int pageSize = 100; // CatalogViewModel::pageSize
QTextStream out(stdout);

QString milliseconds(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 2) + QStringLiteral(" ms");
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_catalog_browse: " << message << Qt::endl;
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
    const Currency won = Currency::fromCode(QStringLiteral("KRW")).value();
    QTemporaryDir directory;
    if (!directory.isValid())
        return fail(directory.errorString());
    auto opened = Database::open(directory.filePath(QStringLiteral("store.sqlite")));
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<Database> database = std::move(opened).value();
    if (const SchemaManager::Report migrated = SchemaManager(*database).upgrade(); !migrated.ok())
        return fail(migrated.message);
    QElapsedTimer timer;
    timer.start();
    if (auto inserted = SyntheticCatalog(won, 1).insertInto(*database, count); !inserted)
        return fail(inserted.error());
    out << "products: " << count << " (made in " << milliseconds(timer.nsecsElapsed()) << ")" << Qt::endl;

    CatalogRepository repository(*database);
    CatalogPager pager(repository);
    const auto firstPage = [&](const QString &name, const QString &text) {
        timer.start();
        pager.start(text);
        const qsizetype found = pager.next(pageSize).size();
        out << "first page " << name << ": " << milliseconds(timer.nsecsElapsed()) << ", " << found << " products"
            << Qt::endl;
    };
    firstPage(QStringLiteral("of everything"), QString());
    // Scrolling: each page continues from the last SKU of the one before (keyset), so page 2,000 costs what page 2
    // does; the pages between are read for real, as a manager dragging the scroll bar would.
    constexpr int pages = 2000;
    qint64 slowest = 0;
    timer.start();
    for (int page = 1; page < pages; ++page) {
        QElapsedTimer one;
        one.start();
        if (pager.next(pageSize).size() != pageSize)
            return fail(QStringLiteral("the catalog ended before page %1").arg(page + 1));
        slowest = qMax(slowest, one.nsecsElapsed());
    }
    out << "next page (pages 2 to " << pages << "): mean " << milliseconds(timer.nsecsElapsed() / (pages - 1))
        << ", slowest " << milliseconds(slowest) << Qt::endl;
    firstPage(QStringLiteral("SKU prefix \"S00098765\""), QStringLiteral("S00098765"));
    firstPage(QStringLiteral("barcode of product 777777"), SyntheticCatalog::barcode(777'777));
    firstPage(QStringLiteral("common Korean \"우유\""), QStringLiteral("우유"));
    firstPage(QStringLiteral("common English \"banana\""), QStringLiteral("banana"));
    firstPage(QStringLiteral("no match (full scan)"), QStringLiteral("없는상품"));
    return 0;
}
