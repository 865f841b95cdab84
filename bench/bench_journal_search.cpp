// The back office's journal: search over a long history and the Z report of a busy day.
//   bench_journal_search [SALES] [DAY_SALES] [STORE_FILE]   (defaults 1000000, 10000, a temporary store)
// A STORE_FILE that already holds a journal is searched as it is (writing a year takes minutes); each run
// adds its day's shift to it.
// SALES completed sales are journaled straight (hash-chained, 10,000 per transaction) over the past year:
// 1–4 lines each from 5,000 SKUs, 40 % with one of 50,000 customers, made by one of 20 cashiers. Each search
// then runs 25 times with different values; p50 and max are printed. Then a shift is opened and DAY_SALES
// checkouts go through CheckoutService as at the till, and the Z report of that shift is timed. Between the two,
// the dashboard's figures (SalesSummary, with the week before for comparison) are read for a day, a week, a month
// and the year, 10 times each at different places in the history.

#include "../tests/services/TillFixture.h"
#include "JournalSearch.h"
#include "SaleJournal.h"
#include "SalesSummary.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace omnitill;

namespace {
constexpr int skuCount = 5000;
constexpr int customerCount = 50000;
constexpr int staffCount = 20;

QString sku(int i)
{
    return QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0'));
}
QString customer(int i)
{
    return QStringLiteral("C-%1").arg(i, 6, 10, QLatin1Char('0'));
}
QString staff(int i)
{
    return QString::number(1001 + i);
}

Sale historicSale(const StoreProfile &profile, const Product &base, QRandomGenerator &random, const QDateTime &at)
{
    using namespace saleevent;
    Sale sale(profile);
    bool ok = sale.apply(Opened{QUuid::createUuid(), profile.terminalId, at}).ok();
    const int lines = 1 + int(random.bounded(4));
    for (int line = 0; line < lines; ++line) {
        Product product = base;
        product.sku = sku(int(random.bounded(skuCount)));
        product.unitPriceMinor = 1000 * (1 + random.bounded(60));
        ok = ok && sale.apply(LineAdded{sale.nextLineId(), product, Quantity::pieces(1), {}}).ok();
    }
    if (random.bounded(10) < 4)
        ok = ok && sale.apply(CustomerAttached{customer(int(random.bounded(customerCount))), true}).ok();
    ok = ok && sale.apply(Tendered{1, TenderMethod::Cash, sale.totals().totalDueMinor, {}}).ok() &&
         sale.apply(Completed{at}).ok();
    if (!ok)
        qFatal("could not build a historic sale");
    return sale;
}

void writeHistory(const TillFixture &till, int sales, const QDateTime &end)
{
    const Product base = till.store.catalog->findByBarcode(QStringLiteral("8809417101124")).value();
    QRandomGenerator random(7);
    SaleJournal journal(*till.store.database);
    QElapsedTimer timer;
    timer.start();
    const qint64 spanSeconds = 365LL * 24 * 3600;
    for (int done = 0; done < sales;) {
        auto transaction = Transaction::begin(*till.store.database).value();
        for (int i = 0; i < 10000 && done < sales; ++i, ++done) {
            const QDateTime at = end.addSecs(-spanSeconds + spanSeconds * done / sales);
            const Sale sale = historicSale(*till.store.profile, base, random, at);
            if (!journal.append(transaction, sale, {{QStringLiteral("staff"), staff(done % staffCount)}}))
                qFatal("append failed");
        }
        if (!transaction.commit())
            qFatal("commit failed");
    }
    std::printf("history: %d sales journaled in %.1f s\n", sales, double(timer.elapsed()) / 1000);
}

// Runs the search 25 times, each with the query `vary` makes for round i; prints p50, max and hits.
void measure(const char *what, const JournalSearch &search, const std::function<void(JournalQuery &, int)> &vary)
{
    QList<double> millis;
    qsizetype hits = 0;
    for (int i = 0; i < 25; ++i) {
        JournalQuery query;
        vary(query, i);
        QElapsedTimer timer;
        timer.start();
        const auto found = search.find(query);
        millis.append(double(timer.nsecsElapsed()) / 1e6);
        if (!found)
            qFatal("search failed: %s", qPrintable(found.error()));
        hits += found->size();
    }
    std::sort(millis.begin(), millis.end());
    std::printf("| %s | %.2f ms | %.2f ms | %.1f |\n", what, millis[millis.size() / 2], millis.last(),
                double(hits) / 25);
}

void searchHistory(const TillFixture &till, int sales, const QDateTime &end)
{
    const JournalSearch search(*till.store.database);
    std::printf("| search (newest 50 first) | p50 | max | hits |\n| --- | --- | --- | --- |\n");
    measure("receipt number", search, [&](JournalQuery &q, int i) { q.receipt = 1 + qint64(sales) * i / 25; });
    measure("customer", search, [](JournalQuery &q, int i) { q.customerId = customer(i * 1999); });
    measure("item (SKU)", search, [](JournalQuery &q, int i) { q.sku = sku(i * 199); });
    measure("one day", search, [&](JournalQuery &q, int i) {
        q.from = end.addDays(-1 - i * 14);
        q.until = q.from.addDays(1);
    });
    measure("cashier on one day", search, [&](JournalQuery &q, int i) {
        q.staff = staff(i % staffCount);
        q.from = end.addDays(-1 - i * 14);
        q.until = q.from.addDays(1);
    });
    measure("exact amount", search, [](JournalQuery &q, int i) {
        q.minimumTotal = 1000 * (37 + i);
        q.maximumTotal = q.minimumTotal;
    });
    measure("customer and item", search, [](JournalQuery &q, int i) {
        q.customerId = customer(i * 1999);
        q.sku = sku(i * 199);
    });
    measure("item, page 100 deep", search, [&](JournalQuery &q, int i) {
        q.sku = sku(i * 199);
        q.beforeSequence = sales / 2;
    });
    measure("unknown customer", search, [](JournalQuery &q, int i) { q.customerId = QStringLiteral("X-%1").arg(i); });
}

void dashboardOfHistory(const TillFixture &till, const QDateTime &end)
{
    const SalesSummary summary(*till.store.database);
    std::printf("| dashboard period (and the week before) | p50 | max | sales in it |\n| --- | --- | --- | --- |\n");
    for (const auto &[what, days] : {std::pair{"a day", 1}, {"a week", 7}, {"a month", 30}, {"the year", 365}}) {
        QList<double> millis;
        qint64 sales = 0;
        for (int i = 0; i < 10; ++i) {
            const QDateTime until = end.addDays(-(i * (365 - days)) / 10);
            QElapsedTimer timer;
            timer.start();
            const auto now = summary.figures(until.addDays(-days), until);
            const auto before = summary.figures(until.addDays(-days - 7), until.addDays(-7));
            millis.append(double(timer.nsecsElapsed()) / 1e6);
            if (!now || !before)
                qFatal("figures failed");
            sales += now->sales;
        }
        std::sort(millis.begin(), millis.end());
        std::printf("| %s | %.1f ms | %.1f ms | %.0f |\n", what, millis[millis.size() / 2], millis.last(),
                    double(sales) / 10);
    }
}

void zReportOfADay(TillFixture &till, int daySales)
{
    till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
    if (!till.shifts.open(200000))
        qFatal("could not open the shift");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < daySales; ++i) {
        till.now = till.now.addSecs(4);
        if (!till.checkout.scan(QStringLiteral("8809417101124")) ||
            !till.checkout.scan(QStringLiteral("8801105001013")) || !till.checkout.tender(TenderMethod::Cash, 50000))
            qFatal("checkout %d failed", i);
    }
    std::printf("day: %d checkouts through CheckoutService in %.1f s\n", daySales, double(timer.elapsed()) / 1000);
    QElapsedTimer report;
    report.start();
    const auto x = till.shifts.xReport();
    const double xMillis = double(report.nsecsElapsed()) / 1e6;
    report.restart();
    const auto z = till.shifts.close(x ? x->expectedCashMinor : 0);
    const double zMillis = double(report.nsecsElapsed()) / 1e6;
    if (!x || !z)
        qFatal("report failed");
    std::printf(
        "| X report over the shift | %.0f ms |\n| Z report (close: report, archive, printed text) | %.0f ms |\n",
        xMillis, zMillis);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int sales = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 1000000;
    const int daySales = app.arguments().size() > 2 ? app.arguments().at(2).toInt() : 10000;
    const QString path = app.arguments().size() > 3 ? app.arguments().at(3) : QString();
    TillFixture till(TillFixture::fastPolicy(), path);
    if (SaleJournal(*till.store.database).lastSequence() == 0)
        writeHistory(till, sales, till.now);
    searchHistory(till, sales, till.now);
    dashboardOfHistory(till, till.now);
    zReportOfADay(till, daySales);
    return 0;
}
