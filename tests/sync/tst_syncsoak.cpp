#include "SyncSoak.h"

// The soak of issue 9 made small (300 records; bench/bench_sync_soak runs 10,000): three tills cut off at
// random and reconnected; the central store holds each record once and each till's Z report matches it.
class TestSyncSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeTills_cutOffAtRandom_endWithEachRecordOnce_andTheZReportsMatched()
    {
        SyncSoak soak(3, 9);
        const SoakOutcome outcome = soak.run(300);
        qInfo("%s", qPrintable(outcome.summary()));
        QVERIFY2(outcome.mismatches.isEmpty(), qPrintable(outcome.mismatches.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.records, 300);
        QVERIFY(outcome.returns > 0);
        QVERIFY(outcome.outages >= 3); // the final one, at least, on every till
        QVERIFY(outcome.finalBacklog > 0);
        QCOMPARE(soak.zNets().size(), 3);
    }
};

QTEST_MAIN(TestSyncSoak)
#include "tst_syncsoak.moc"
