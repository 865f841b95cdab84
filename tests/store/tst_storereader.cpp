#include "Database.h"
#include "SchemaManager.h"
#include "StoreReader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace omnitill;

// Reads off the screen's thread: answered on the asker's thread, newest first in a lane (an older read
// superseded, interrupted if it is running), lanes independent, the till's own writes seen, and a store file
// that cannot be opened answered with the reason.
class TestStoreReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;

    QString path() const { return m_directory.filePath(QStringLiteral("reader.sqlite")); }

    static Result<qint64> count(const Database &database, const QString &table)
    {
        const auto value = database.queryValue(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return value ? Result<qint64>(value->toLongLong()) : Result<qint64>(Error{value.error()});
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        m_database = Database::open(path()).value();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
    }

    void cleanup() { m_database.reset(); }

    void readsOffTheThreadAndAnswersOnTheAskersThread()
    {
        QVERIFY(m_database->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1'), ('b', '2')")));
        StoreReader reader(path());
        std::atomic<QThread *> readOn = nullptr;
        QThread *answeredOn = nullptr;
        std::optional<qint64> answer;
        reader.read(
            0,
            [&](const Database &database) {
                readOn = QThread::currentThread();
                return count(database, QStringLiteral("settings"));
            },
            [&](const Result<qint64> &counted) {
                answeredOn = QThread::currentThread();
                answer = counted ? *counted : -1;
            });
        QVERIFY(reader.busy(0));
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, 2); // the two just written are seen through the reader's own connection
        QVERIFY(readOn.load() != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(!reader.busy(0));
    }

    void aNewerReadInterruptsAndSupersedesARunningOne()
    {
        StoreReader reader(path());
        std::atomic<bool> slowStarted = false;
        std::atomic<bool> slowWasInterrupted = false;
        bool slowAnswered = false;
        std::optional<qint64> fastAnswer;
        reader.read(
            7,
            [&](const Database &database) {
                slowStarted = true;
                // Counting to two billion takes minutes: only an interrupt ends it in time.
                const auto counted = database.queryValue(QStringLiteral(
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
                    "SELECT count(*) FROM c"));
                slowWasInterrupted = !counted.ok();
                return counted ? Result<qint64>(counted->toLongLong()) : Result<qint64>(Error{counted.error()});
            },
            [&](const Result<qint64> &) { slowAnswered = true; });
        QTRY_VERIFY(slowStarted.load());
        reader.read(
            7, [](const Database &database) { return count(database, QStringLiteral("products")); },
            [&](const Result<qint64> &counted) { fastAnswer = counted ? *counted : -1; });
        QTRY_VERIFY(fastAnswer.has_value());
        QCOMPARE(*fastAnswer, 0);
        QVERIFY(slowWasInterrupted.load());
        QCoreApplication::processEvents();
        QVERIFY(!slowAnswered);
    }

    void aReadNotYetStartedIsDroppedAndOtherLanesAreAnswered()
    {
        StoreReader reader(path());
        QStringList answered;
        const auto ask = [&](int lane, const QString &name) {
            reader.read(
                lane, [](const Database &database) { return count(database, QStringLiteral("settings")); },
                [&answered, name](const Result<qint64> &) { answered.append(name); });
        };
        ask(1, QStringLiteral("first in lane 1"));
        ask(2, QStringLiteral("lane 2"));
        ask(1, QStringLiteral("second in lane 1"));
        QTRY_COMPARE(answered.size(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(answered, (QStringList{QStringLiteral("lane 2"), QStringLiteral("second in lane 1")}));
    }

    void aStoreThatCannotBeOpenedIsAnsweredWithTheReason()
    {
        const QString notAStore = m_directory.filePath(QStringLiteral("not-a-store.sqlite"));
        QFile file(notAStore);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        StoreReader reader(notAStore);
        std::optional<QString> reason;
        reader.read(
            0, [](const Database &database) { return count(database, QStringLiteral("settings")); },
            [&](const Result<qint64> &counted) { reason = counted ? QString() : counted.error(); });
        QTRY_VERIFY(reason.has_value());
        QVERIFY2(!reason->isEmpty(), "a file that is not a store must not be read");
    }
};

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"
