// Completed-sale commit throughput with synchronous=FULL: each sale is one transaction holding its
// journal entry (hash-chained) and its outbox record, as the till writes it. Also measures a whole
// checkout through CheckoutService (every event persisted) for comparison.
//   bench_commit [SALES]   (default 5000)

#include "CatalogRepository.h"
#include "CheckoutService.h"
#include "Database.h"
#include "DemoStores.h"
#include "SaleJournal.h"
#include "SchemaManager.h"
#include "StoreSettings.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace omnitill;

namespace {
std::unique_ptr<Database> freshStore(const QString &path)
{
    auto database = Database::open(path).value();
    if (!SchemaManager(*database).upgrade().ok() || !DemoStores::seed(*database, DemoStores::Store::Seoul))
        qFatal("could not set up the store");
    return database;
}

Sale completedSale(const StoreProfile &profile, const QList<Product> &products, int index)
{
    using namespace saleevent;
    Sale sale(profile);
    const auto now = QDateTime::currentDateTimeUtc();
    bool ok = sale.apply(Opened{QUuid::createUuid(), profile.terminalId, now}).ok();
    for (int line = 0; line < 3; ++line) {
        const Product &product = products[(index * 3 + line) % products.size()];
        ok = ok && sale.apply(LineAdded{sale.nextLineId(), product, Quantity::pieces(1), {}}).ok();
    }
    ok = ok && sale.apply(Tendered{1, TenderMethod::Cash, sale.totals().totalDueMinor + 1000, {}}).ok() &&
         sale.apply(Completed{now}).ok();
    if (!ok)
        qFatal("could not build sale %d", index);
    return sale;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int sales = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 5000;
    QTemporaryDir directory;

    {
        auto database = freshStore(directory.filePath(QStringLiteral("journal.sqlite")));
        CatalogRepository catalog(*database);
        const StoreProfile profile = StoreSettings(*database).loadProfile(catalog.taxClasses()).value();
        QList<Product> products;
        for (const QString &code :
             {QStringLiteral("8809417101124"), QStringLiteral("8801105001013"), QStringLiteral("88012735")})
            products.append(catalog.findByBarcode(code).value());
        QList<Sale> prepared;
        for (int i = 0; i < sales; ++i)
            prepared.append(completedSale(profile, products, i));

        SaleJournal journal(*database);
        QList<qint64> latencies;
        QElapsedTimer total;
        total.start();
        for (const Sale &sale : prepared) {
            QElapsedTimer one;
            one.start();
            auto transaction = Transaction::begin(*database).value();
            if (!journal.append(transaction, sale) || !transaction.commit())
                qFatal("append failed");
            latencies.append(one.nsecsElapsed());
        }
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        std::sort(latencies.begin(), latencies.end());
        std::printf("journal commits: %d sales in %.3f s = %.0f sales/s (p50 %.3f ms, p99 %.3f ms)\n", sales, seconds,
                    sales / seconds, double(latencies[latencies.size() / 2]) / 1e6,
                    double(latencies[latencies.size() * 99 / 100]) / 1e6);
        std::printf("journal verify: %s\n", journal.verify().intact() ? "intact" : "BROKEN");
    }

    {
        auto database = freshStore(directory.filePath(QStringLiteral("checkout.sqlite")));
        CatalogRepository catalog(*database);
        const StoreProfile profile = StoreSettings(*database).loadProfile(catalog.taxClasses()).value();
        CheckoutService checkout(*database, catalog, profile);
        const int checkouts = qMin(sales, 2000);
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < checkouts; ++i) {
            if (!checkout.scan(QStringLiteral("8809417101124")) || !checkout.scan(QStringLiteral("8801105001013")) ||
                !checkout.tender(TenderMethod::Cash, 50000))
                qFatal("checkout %d failed", i);
        }
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        std::printf("whole checkouts (5 durable commits each): %d in %.3f s = %.0f sales/s\n", checkouts, seconds,
                    checkouts / seconds);
    }
    return 0;
}
