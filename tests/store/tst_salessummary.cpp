#include "../domain/TestProfiles.h"
#include "Database.h"
#include "HandoverLog.h"
#include "RestockLog.h"
#include "Sale.h"
#include "SaleJournal.h"
#include "SalesSummary.h"
#include "SchemaManager.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;
using namespace omnitill::saleevent;

// The dashboard's figures from the sums the journal's trigger keeps: sales, returns and voids, by local hour,
// tender, cashier, item and coupon, over exactly the period asked, for records written before the sums existed
// too. Runs under TZ=Pacific/Chatham (UTC+13:45), where a local hour is not a UTC hour.
class TestSalesSummary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
    // Thursday 26 November 2026, local midnight.
    const QDateTime m_day = QDateTime(QDate(2026, 11, 26), QTime(0, 0), QTimeZone::systemTimeZone());

    struct Item
    {
        const char *sku;
        qint64 price;
    };

    // A sale of one of each item completed at `at` by `staff`, with a coupon saving `couponSaving` (0: none),
    // paid with the tenders given; voided instead when `voided`.
    void sell(const QList<Item> &items, const QDateTime &at, const char *staff,
              const QList<std::pair<TenderMethod, qint64>> &tenders, qint64 couponSaving = 0, bool voided = false)
    {
        Sale sale(testprofiles::korean());
        bool ok = sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), at}).ok();
        for (const Item &item : items) {
            ok = ok && sale.apply(LineAdded{sale.nextLineId(),
                                            testprofiles::product(QString::fromLatin1(item.sku), item.price),
                                            Quantity::pieces(1),
                                            {}})
                           .ok();
        }
        if (couponSaving > 0) {
            CouponRule rule;
            rule.kind = CouponRule::Kind::Amount;
            rule.value = couponSaving;
            rule.currency = QStringLiteral("KRW");
            ok = ok && sale.apply(CouponApplied{QStringLiteral("WELCOME"), rule, QStringLiteral("r-1"), {}}).ok();
        }
        int tenderId = 0;
        for (const auto &[method, amount] : tenders)
            ok = ok && sale.apply(Tendered{++tenderId, method, amount, {}}).ok();
        ok = ok && (voided ? sale.apply(Voided{at, QStringLiteral("customer left")}) : sale.apply(Completed{at})).ok();
        QVERIFY2(ok, "the sale could not be made");
        auto transaction = Transaction::begin(*m_database).value();
        QVERIFY(SaleJournal(*m_database)
                    .append(transaction, sale, {{QStringLiteral("staff"), QString::fromLatin1(staff)}}));
        QVERIFY(transaction.commit());
    }

    void returnCash(const char *sku, qint64 refund, const QDateTime &at)
    {
        const QJsonObject record{
            {QStringLiteral("kind"), QStringLiteral("return")},
            {QStringLiteral("currency"), QStringLiteral("KRW")},
            {QStringLiteral("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("staff"), QStringLiteral("1002")},
            {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QString::fromLatin1(sku)}}}},
            {QStringLiteral("refunds"), QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                                               {QStringLiteral("amount"), refund}}}}};
        auto transaction = Transaction::begin(*m_database).value();
        const auto entry =
            SaleJournal(*m_database)
                .appendRecord(transaction, QStringLiteral("return"), QStringLiteral("T1"), at, -refund, record);
        if (!entry)
            QFAIL(qPrintable(entry.error()));
        QVERIFY(transaction.commit());
    }

    // The day: shirt and socks for cash at 10:05 (change 7,000), a coat by card with a ₩5,000 coupon at 14:50,
    // a voided sale, the socks returned at 15:00; and a sale on each neighbouring day that must not count.
    void writeDay()
    {
        sell({{"SHIRT", 10000}, {"SOCKS", 3000}}, m_day.addSecs(10 * 3600 + 300), "1001",
             {{TenderMethod::Cash, 20000}});
        sell({{"COAT", 150000}}, m_day.addSecs(14 * 3600 + 3000), "1002", {{TenderMethod::Card, 145000}}, 5000);
        sell({{"HAT", 5000}}, m_day.addSecs(11 * 3600), "1001", {}, 0, true);
        returnCash("SOCKS", 3000, m_day.addSecs(15 * 3600));
        sell({{"HAT", 5000}}, m_day.addSecs(-60), "1001", {{TenderMethod::Cash, 5000}});
        sell({{"HAT", 5000}}, m_day.addDays(1), "1001", {{TenderMethod::Cash, 5000}});
    }

    SalesFigures day() const
    {
        auto figures = SalesSummary(*m_database).figures(m_day, m_day.addDays(1));
        if (!figures)
            qFatal("figures: %s", qPrintable(figures.error()));
        return *figures;
    }

    static QString rows(const QList<SummaryRow> &list)
    {
        QStringList text;
        for (const SummaryRow &row : list)
            text.append(
                QStringLiteral("%1:%2:%3:%4").arg(row.key).arg(row.count).arg(row.quantity).arg(row.amountMinor));
        return text.join(QLatin1Char(' '));
    }

    void checkDay()
    {
        const SalesFigures figures = day();
        QCOMPARE(figures.sales, 2);
        QCOMPARE(figures.salesMinor, 158000);
        QCOMPARE(figures.averageBasketMinor(), 79000);
        QCOMPARE(figures.voids, 1);
        QCOMPARE(figures.returns, 1);
        QCOMPARE(figures.returnsMinor, 3000);
        QCOMPARE(figures.hourSales[10], 1);
        QCOMPARE(figures.hourSalesMinor[10], 13000);
        QCOMPARE(figures.hourSalesMinor[14], 145000);
        QCOMPARE(std::accumulate(figures.hourSales.cbegin(), figures.hourSales.cend(), qint64(0)), 2);
        QCOMPARE(rows(figures.tenders), QStringLiteral("card:1:0:145000 cash:1:0:13000"));
        QCOMPARE(rows(figures.refunds), QStringLiteral("cash:1:0:3000"));
        QCOMPARE(rows(figures.cashiers), QStringLiteral("1002:1:0:145000 1001:1:0:13000"));
        QCOMPARE(rows(figures.topItems), QStringLiteral("COAT:0:1000:145000 SHIRT:0:1000:10000 SOCKS:0:1000:3000"));
        QCOMPARE(rows(figures.coupons), QStringLiteral("WELCOME:1:0:5000"));
        QCOMPARE(figures.couponSavingMinor(), 5000);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_directory.filePath(QStringLiteral("summary.sqlite")));
        m_database = Database::open(m_directory.filePath(QStringLiteral("summary.sqlite"))).value();
    }
    void cleanup() { m_database.reset(); }

    void figures_addUpTheLocalDayExactly()
    {
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        writeDay();
        checkDay();
        // The neighbouring days hold one hat sale each, to the quarter hour of their own local day.
        auto before = SalesSummary(*m_database).figures(m_day.addDays(-1), m_day);
        QVERIFY(before);
        QCOMPARE(before->sales, 1);
        QCOMPARE(before->hourSales[23], 1);
        QCOMPARE(rows(before->topItems), QStringLiteral("HAT:0:1000:5000"));
    }

    void topItems_areCutToTheNumberAsked()
    {
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        writeDay();
        auto figures = SalesSummary(*m_database).figures(m_day, m_day.addDays(1), 1);
        QVERIFY(figures);
        QCOMPARE(rows(figures->topItems), QStringLiteral("COAT:0:1000:145000"));
    }

    void upgrade_sumsRecordsWrittenBeforeTheSums()
    {
        QVERIFY(SchemaManager(*m_database).upgradeTo(17).ok());
        writeDay();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        checkDay();
    }

    void pickupsAndOnlineReturns_countOncePerPickupAndReturn()
    {
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        HandoverLog handovers(*m_database);
        const QDateTime noon = m_day.addSecs(12 * 3600);
        QVERIFY(handovers.record(QStringLiteral("p-1"), QStringLiteral("W-100"), 2, false, noon));
        QVERIFY(handovers.record(QStringLiteral("p-1"), QStringLiteral("W-100"), 2, false, noon)); // answered twice
        QVERIFY(handovers.record(QStringLiteral("p-2"), QStringLiteral("W-101"), 1, true, noon));
        QVERIFY(handovers.record(QStringLiteral("p-3"), QStringLiteral("W-102"), 1, false, m_day.addDays(1)));
        RestockLog restocks(*m_database);
        QVERIFY(restocks.recordOnlineReturn(QStringLiteral("r-1"), QStringLiteral("W-90"),
                                            {{1, QStringLiteral("SHIRT"), 1}, {2, QStringLiteral("SOCKS"), 2}}, noon));
        const SalesFigures figures = day();
        QCOMPARE(figures.pickups, 2);
        QCOMPARE(figures.pickupUnits, 3);
        QCOMPARE(figures.onlineReturns, 1);
        QCOMPARE(figures.onlineReturnUnits, 3);
    }

    void hours_followTheClockOnADaylightSavingSwitch()
    {
        // Chatham moves from +12:45 to +13:45 at 02:45 on 27 September 2026.
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        const QDateTime day(QDate(2026, 9, 27), QTime(0, 0), QTimeZone::systemTimeZone());
        sell({{"HAT", 5000}}, day.addSecs(3600 + 1800), "1001", {{TenderMethod::Cash, 5000}}); // 01:30, before
        sell({{"HAT", 5000}}, QDateTime(QDate(2026, 9, 27), QTime(10, 5), QTimeZone::systemTimeZone()), "1001",
             {{TenderMethod::Cash, 5000}}); // 10:05, after
        auto figures = SalesSummary(*m_database).figures(day, day.addDays(1));
        QVERIFY(figures);
        QCOMPARE(figures->sales, 2);
        QCOMPARE(figures->hourSales[1], 1);
        QCOMPARE(figures->hourSales[10], 1);
    }

    void slotOf_isTheUtcQuarterHour()
    {
        QCOMPARE(SalesSummary::slotOf(QDateTime(QDate(2026, 11, 26), QTime(3, 44, 59, 999), QTimeZone::utc())),
                 QStringLiteral("2026-11-26T03:30"));
        QCOMPARE(SalesSummary::slotOf(m_day), QStringLiteral("2026-11-25T10:15")); // Chatham's midnight
    }
};

QTEST_GUILESS_MAIN(TestSalesSummary)
#include "tst_salessummary.moc"
