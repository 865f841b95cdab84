#include "JournalVerifier.h"
#include "StoreFixture.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace omnitill;

// The back office's check of the whole journal: off the screen's thread through its own connection, with
// progress, an honest answer for an intact, a tampered and an unreadable journal, and a stop on request
// that claims nothing about the rest.
class TestJournalVerifier : public QObject
{
    Q_OBJECT

private:
    // count small return-like records in one transaction: the chain is what is checked, not the content.
    static void journal(const Database &database, int count)
    {
        auto transaction = Transaction::begin(database).value();
        SaleJournal journal(database);
        for (int i = 0; i < count; ++i) {
            const QJsonObject record{{QStringLiteral("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("currency"), QStringLiteral("KRW")},
                                     {QStringLiteral("lines"), QJsonArray{}}};
            if (!journal.appendRecord(transaction, QStringLiteral("return"), QStringLiteral("T1"),
                                      QDateTime::currentDateTimeUtc(), -100, record))
                qFatal("could not journal");
        }
        if (!transaction.commit())
            qFatal("could not commit");
    }

    static JournalVerification run(JournalVerifier &verifier)
    {
        QSignalSpy finished(&verifier, &JournalVerifier::finished);
        verifier.start();
        if (!finished.wait(30000))
            qFatal("the check did not finish");
        return finished.first().first().value<JournalVerification>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JournalVerification>(); }

    void intactJournal_isReportedWithProgress()
    {
        StoreFixture store;
        journal(*store.database, 2500);
        JournalVerifier verifier(store.database->path());
        QSignalSpy progressed(&verifier, &JournalVerifier::progressed);
        const JournalVerification result = run(verifier);
        QVERIFY(result.intact());
        QCOMPARE(result.checked, 2500);
        QCOMPARE(verifier.total(), 2500);
        QCOMPARE(verifier.checked(), 2500);
        QVERIFY(progressed.size() >= 1); // after 1000 and 2000 entries, coalesced or not
    }

    void alteredEntry_isNamed()
    {
        StoreFixture store;
        journal(*store.database, 30);
        QSqlQuery tamper(store.database->connection());
        QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER journal_no_update")));
        QVERIFY(tamper.exec(QStringLiteral("UPDATE journal SET record = replace(record, '\"KRW\"', '\"USD\"') "
                                           "WHERE sequence = 17")));
        JournalVerifier verifier(store.database->path());
        const JournalVerification result = run(verifier);
        QVERIFY(!result.intact());
        QCOMPARE(result.firstBrokenSequence, 17);
        QCOMPARE(result.checked, 16);
    }

    void unreadableFile_saysSo()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("not-a-store.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        JournalVerifier verifier(path);
        const JournalVerification result = run(verifier);
        QCOMPARE(result.firstBrokenSequence, -1);
        QVERIFY(!result.reason.isEmpty());
    }

    void stopRequested_claimsNothingAboutTheRest()
    {
        StoreFixture store;
        journal(*store.database, 3500);
        int heard = 0;
        const JournalVerification result = SaleJournal(*store.database).verify([&heard](qint64 checked) {
            heard = int(checked);
            return checked < 2000; // the manager stops it at the second report
        });
        QVERIFY(result.cancelled);
        QVERIFY(!result.intact());
        QCOMPARE(result.checked, 2000);
        QCOMPARE(heard, 2000);
        QCOMPARE(result.firstBrokenSequence, 0);
    }
};

QTEST_GUILESS_MAIN(TestJournalVerifier)
#include "tst_journalverifier.moc"
