#include "TillFixture.h"
#include "ZReportArchive.h"

#include <QTest>

using namespace omnitill;

// The Z report history the back office pages through: newest first, a page at a time, each line read from the
// archived report, so it says what was printed.
class TestZReportArchive : public QObject
{
    Q_OBJECT

private:
    // Three shifts closed at an hour's interval: one sale of 19,900 won, then two, then three.
    static void closeThreeShifts(TillFixture &till)
    {
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        for (int shift = 1; shift <= 3; ++shift) {
            QVERIFY(till.shifts.open(10000));
            for (int sale = 0; sale < shift; ++sale) {
                QVERIFY(till.checkout.scan(QStringLiteral("8809417101124")));
                QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));
            }
            till.now = till.now.addSecs(3600);
            QVERIFY(till.shifts.close(10000 + 19900 * shift - 100)); // 100 won short each time
        }
    }

private Q_SLOTS:
    void page_isNewestFirstAndPagesOn()
    {
        TillFixture till;
        closeThreeShifts(till);
        const ZReportArchive archive(*till.store.database);
        const auto first = archive.page(2);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QCOMPARE(first->size(), 2);
        QCOMPARE(first->at(0).zNumber, 3);
        QCOMPARE(first->at(1).zNumber, 2);
        const auto rest = archive.page(2, first->constLast().zNumber);
        QVERIFY(rest);
        QCOMPARE(rest->size(), 1);
        QCOMPARE(rest->at(0).zNumber, 1);
        QVERIFY(archive.page(2, 1)->isEmpty());
    }

    void summary_carriesTheReportsFigures()
    {
        TillFixture till;
        const QDateTime opened = till.now;
        closeThreeShifts(till);
        const auto newest = ZReportArchive(*till.store.database).page(1);
        QVERIFY(newest);
        const ZReportSummary &z3 = newest->at(0);
        QCOMPARE(z3.terminalId, till.store.profile->terminalId);
        QCOMPARE(z3.openedBy, QStringLiteral("1001"));
        QCOMPARE(z3.closedBy, QStringLiteral("1001"));
        QCOMPARE(z3.staffNames.value(QStringLiteral("1001")), QStringLiteral("김지은"));
        QCOMPARE(z3.openedAt, opened.addSecs(2 * 3600));
        QCOMPARE(z3.closedAt, opened.addSecs(3 * 3600));
        QCOMPARE(z3.currency, QStringLiteral("KRW"));
        QCOMPARE(z3.salesCount, 3);
        QCOMPARE(z3.salesMinor, 3 * 19900);
        QCOMPARE(z3.returnsMinor, 0);
        QCOMPARE(z3.expectedCashMinor, 10000 + 3 * 19900);
        QCOMPARE(z3.countedCashMinor, 10000 + 3 * 19900 - 100);
        QCOMPARE(z3.overShortMinor, -100);
    }
};

QTEST_GUILESS_MAIN(TestZReportArchive)
#include "tst_zreportarchive.moc"
