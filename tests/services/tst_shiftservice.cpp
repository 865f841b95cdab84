#include "GoldenFile.h"
#include "ReportText.h"
#include "TillFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace omnitill;

class TestShiftService : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124";     // 19,900 won, VAT 10 %
    static constexpr auto bananaLabel = "2500001004529"; // 2,215 won, tax exempt

    static QString code(const char *text) { return QString::fromLatin1(text); }

    // A day on the Seoul demo till, through the real CheckoutService: four sales, a line void, a sale
    // void approved by the supervisor, a paid-in approved by the supervisor, a change of cashier, a
    // paid-out and a drop.
    static void sellTheDay(TillFixture &till)
    {
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(100000, {{10000, 5}, {5000, 6}, {1000, 20}}));
        // 1: two shirts, 1,000 off the basket, cash 50,000.
        QVERIFY(till.checkout.scan(code(tShirtM), 2));
        QVERIFY(till.checkout.discountBasket(Discount{Discount::Kind::Amount, 1000, QStringLiteral("regular")}));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 50000));
        QCOMPARE(till.checkout.sale().totals().changeMinor, 11200);
        // 2: shirt and bananas by card.
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.scan(code(bananaLabel)));
        QVERIFY(till.checkout.tender(TenderMethod::Card, 22115));
        // 3: two shirts, one voided, cash 20,000.
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.voidLine(2));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));
        // 4: voided with the supervisor's approval.
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(!till.checkout.voidSale(QStringLiteral("customer changed mind")));
        QVERIFY(till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(till.checkout.voidSale(QStringLiteral("customer changed mind")));
        // Change from the bank: a cashier may not pay in alone.
        QVERIFY(!till.shifts.paidIn(20000, QStringLiteral("coins from the bank")));
        QVERIFY(till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(till.shifts.paidIn(20000, QStringLiteral("coins from the bank")));
        // The supervisor takes over: 5: bananas in cash, rounded to 2,220.
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY(till.checkout.scan(code(bananaLabel)));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 5000));
        QCOMPARE(till.checkout.sale().totals().changeMinor, 2780);
        QVERIFY(till.shifts.paidOut(5000, QStringLiteral("window cleaner")));
        QVERIFY(till.shifts.drop(30000));
        till.now = till.now.addSecs(8 * 3600);
    }

    static void verifyDayFigures(const ShiftReport &report)
    {
        QCOMPARE(report.sales, (ReportFigure{4, 38800 + 22115 + 19900 + 2220}));
        QCOMPARE(report.grossSalesMinor, 39800 + 22115 + 19900 + 2215);
        QCOMPARE(report.discounts, (ReportFigure{1, 1000}));
        QCOMPARE(report.returns, (ReportFigure{0, 0}));
        QCOMPARE(report.voidedSales, (ReportFigure{1, 19900}));
        QCOMPARE(report.voidedLines, (ReportFigure{1, 19900}));
        QCOMPARE(report.cashRoundingMinor, 5);

        QCOMPARE(report.taxes.size(), 2);
        QCOMPARE(report.taxes[0].taxClass, QStringLiteral("VAT10"));
        QCOMPARE(report.taxes[0].grossMinor, 38800 + 19900 + 19900);
        QCOMPARE(report.taxes[0].taxMinor, 3527 + 1809 + 1809);
        QCOMPARE(report.taxes[0].netMinor, 78600 - 7145);
        QCOMPARE(report.taxes[1].taxClass, QStringLiteral("EXEMPT"));
        QCOMPARE(report.taxes[1].grossMinor, 2 * 2215);
        QCOMPARE(report.taxes[1].taxMinor, 0);

        QCOMPARE(report.tenders.size(), 2);
        QCOMPARE(report.tenders[0].method, QStringLiteral("cash"));
        QCOMPARE(report.tenders[0].taken, (ReportFigure{3, 38800 + 19900 + 2220}));
        QCOMPARE(report.tenders[1].method, QStringLiteral("card"));
        QCOMPARE(report.tenders[1].taken, (ReportFigure{1, 22115}));

        QCOMPARE(report.floatMinor, 100000);
        QCOMPARE(report.cashSalesMinor, 60920);
        QCOMPARE(report.paidIn, (ReportFigure{1, 20000}));
        QCOMPARE(report.paidOut, (ReportFigure{1, 5000}));
        QCOMPARE(report.drops, (ReportFigure{1, 30000}));
        QCOMPARE(report.expectedCashMinor, 100000 + 60920 + 20000 - 5000 - 30000);

        QCOMPARE(report.cashiers.size(), 2);
        QCOMPARE(report.cashiers[0].staffNumber, QStringLiteral("1001"));
        QCOMPARE(report.cashiers[0].sales, (ReportFigure{3, 38800 + 22115 + 19900}));
        QCOMPARE(report.cashiers[0].voidedSales, (ReportFigure{1, 19900}));
        QCOMPARE(report.cashiers[0].voidedLines, 1);
        QCOMPARE(report.cashiers[1].staffNumber, QStringLiteral("2001"));
        QCOMPARE(report.cashiers[1].sales, (ReportFigure{1, 2220}));
    }

    static qint64 count(const Database &database, const QString &sql) { return database.queryValue(sql)->toLongLong(); }

private Q_SLOTS:
    void noSale_isCountedWithoutMovingCash_andTheStoreRefusesANoSaleWithAnAmount()
    {
        TillFixture till;
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222")); // a supervisor may open the drawer alone
        QVERIFY(till.shifts.open(50000));
        QSignalSpy pulse(&till.shifts, &ShiftService::drawerOpenRequested);
        QVERIFY(till.shifts.openDrawerNoSale(QStringLiteral("change")));
        QVERIFY(till.shifts.openDrawerNoSale(QString()));
        QCOMPARE(pulse.count(), 2);
        const auto x = till.shifts.xReport();
        QVERIFY(x);
        QCOMPARE(x->noSales.count, 2);
        QCOMPARE(x->expectedCashMinor, 50000);
        const auto sneaky = till.store.database->exec(
            QStringLiteral("INSERT INTO cash_movements (shift_id, kind, amount_minor, reason, staff_number, at) "
                           "VALUES (%1, 'no_sale', 500, 'x', '2001', '2024-03-15T09:00:00Z')")
                .arg(*till.shifts.currentShiftId()));
        QVERIFY(!sneaky);
    }

    void xReport_onAScriptedDay_addsUpEveryFigure()
    {
        TillFixture till;
        sellTheDay(till);
        const auto x = till.shifts.xReport(); // the supervisor may read reports
        QVERIFY2(x, x ? "" : qPrintable(x.error()));
        QCOMPARE(x->kind, ShiftReport::Kind::X);
        QCOMPARE(x->openedBy, QStringLiteral("1001"));
        QVERIFY(!x->countedCashMinor);
        verifyDayFigures(*x);
        // Reading an X report changes nothing.
        QVERIFY(till.shifts.currentShiftId());
        QCOMPARE(count(*till.store.database, QStringLiteral("SELECT count(*) FROM z_reports")), 0);
    }

    void xReport_needsViewReports()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(0));
        QVERIFY(!till.shifts.xReport());
    }

    void blindClose_recordsShortAndTheZReport()
    {
        TillFixture till;
        sellTheDay(till);
        const auto closed = till.shifts.close(145900); // the count, before anyone sees 145,920
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error()));
        QCOMPARE(closed->report.kind, ShiftReport::Kind::Z);
        QCOMPARE(closed->report.zNumber, 1);
        QCOMPARE(closed->report.closedBy, QStringLiteral("2001"));
        verifyDayFigures(closed->report);
        QCOMPARE(*closed->report.countedCashMinor, 145900);
        QCOMPARE(*closed->report.overShortMinor, -20);
        QVERIFY(!till.shifts.currentShiftId());

        const auto closing = ShiftRepository(*till.store.database).closing(closed->report.shiftId);
        QVERIFY(closing && *closing);
        QCOMPARE((*closing)->countedMinor, 145900);
        QCOMPARE((*closing)->expectedMinor, 145920);
        QCOMPARE((*closing)->overShortMinor, -20);
        QCOMPARE((*closing)->zNumber, 1);

        const auto archived = ZReportArchive(*till.store.database).entry(1);
        QVERIFY(archived && *archived);
        QCOMPARE((*archived)->text, closed->text);
        QCOMPARE((*archived)->report.value(QStringLiteral("overShort")).toInteger(), -20);
        QVERIFY(closed->text.contains(QStringLiteral("Z REPORT 000001")));
    }

    void blindClose_over_isPositive()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(50000));
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));
        const auto closed = till.shifts.close(70000);
        QVERIFY(closed);
        QCOMPARE(closed->report.expectedCashMinor, 69900);
        QCOMPARE(*closed->report.overShortMinor, 100);
    }

    void zNumbers_runWithoutGaps_andShiftsKeepTheirOwnSales()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        for (qint64 z = 1; z <= 3; ++z) {
            QVERIFY(till.shifts.open(10000));
            QVERIFY(till.checkout.scan(code(tShirtM)));
            QVERIFY(till.checkout.tender(TenderMethod::Card, 19900));
            const auto closed = till.shifts.close(10000);
            QVERIFY(closed);
            QCOMPARE(closed->report.zNumber, z);
            QCOMPARE(closed->report.sales, (ReportFigure{1, 19900}));
            QCOMPARE(*closed->report.overShortMinor, 0);
        }
        ZReportArchive archive(*till.store.database);
        QCOMPARE(*archive.nextNumber(), 4);
        QCOMPARE(*archive.verify(), 3);
        QSqlQuery query(till.store.database->connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO z_reports VALUES (6, 'T', 1, 'now', '{}', '', '', '')")));
    }

    void zReports_areImmutable()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(10000));
        QVERIFY(till.shifts.drop(5000));
        QVERIFY(till.shifts.close(5000));
        QSqlQuery query(till.store.database->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE z_reports SET text = 'nothing to see'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM z_reports")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE shift_closings SET counted_minor = 0")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM cash_movements")));
        QVERIFY(ZReportArchive(*till.store.database).verify());
    }

    void zArchive_findsAReportAlteredBehindTheTriggers()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(10000));
        QVERIFY(till.shifts.close(10000));
        QVERIFY(till.store.database->exec(QStringLiteral("DROP TRIGGER z_reports_no_update")));
        QVERIFY(till.store.database->exec(QStringLiteral("UPDATE z_reports SET text = 'forged'")));
        const auto verified = ZReportArchive(*till.store.database).verify();
        QVERIFY(!verified);
        QVERIFY2(verified.error().contains(QStringLiteral("1")), qPrintable(verified.error()));
    }

    void cashRules_areEnforced()
    {
        TillFixture till;
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY(!till.shifts.paidIn(1000, QStringLiteral("no shift yet")));
        QVERIFY(!till.shifts.open(1000, {{1000, 2}})); // the count says 2,000
        QVERIFY(till.shifts.open(1000, {{1000, 1}}));
        QVERIFY(!till.shifts.open(1000));                          // one open shift per till
        QVERIFY(!till.shifts.paidOut(1000, QStringLiteral("  "))); // a paid-out needs a reason
        QVERIFY(!till.shifts.drop(0));
        QVERIFY(till.shifts.close(1000));
        QVERIFY(!till.shifts.drop(500)); // closed
        // The database refuses a movement on a closed shift even without the service.
        QVERIFY(
            !ShiftRepository(*till.store.database)
                 .addMovement(CashMovement{0, 1, CashMovement::Kind::Drop, 500, {}, QStringLiteral("2001"), till.now}));
    }

    void zReportText_matchesTheGoldenFile()
    {
        TillFixture till;
        sellTheDay(till);
        const auto closed = till.shifts.close(145900);
        QVERIFY(closed);
        QVERIFY(matchesGoldenFile(closed->text, QStringLiteral(GOLDEN_DIR "/zreport_seoul.txt")));
    }
};

QTEST_GUILESS_MAIN(TestShiftService)
#include "tst_shiftservice.moc"
