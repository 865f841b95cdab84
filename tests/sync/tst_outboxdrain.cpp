#include "OutboxQueue.h"
#include "SaleJournal.h"
#include "SyncFixture.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace omnitill;

// The till's outbox drains to a real central store over HTTP: in order, in batches, each record marked sent
// only on the store's word; refused records are quarantined without holding up the rest; failed tries back
// off and a success resets the backoff; returns follow their sales.
class TestOutboxDrain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> m_till;

    // An outbox record written as SaleJournal writes one, with a payload of the test's choosing.
    void addToOutbox(const QString &recordId, const QJsonObject &payload)
    {
        QSqlQuery insert(m_till->store.database->connection());
        insert.prepare(QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(recordId);
        insert.addBindValue(QStringLiteral("sale"));
        insert.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QVERIFY(insert.exec());
    }

private Q_SLOTS:
    void init() { m_till = std::make_unique<SyncFixture>(); }
    void cleanup() { m_till.reset(); }

    void salesDrainInOrder_inBatches_andAreMarkedSent()
    {
        m_till->drain.setBatchSize(2);
        m_till->sell(5);
        QCOMPARE(m_till->drain.backlog()->waiting, 5);
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSequences(), (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(m_till->proxy.requestsSeen(), 3); // 2 + 2 + 1
        const auto backlog = m_till->drain.backlog();
        QCOMPARE(backlog->waiting, 0);
        QCOMPARE(backlog->quarantined, 0);
        QVERIFY(!backlog->oldestWaiting.isValid());
    }

    void aCompletedSale_startsTheDrain()
    {
        QObject::connect(&m_till->checkout, &CheckoutService::saleCompleted, &m_till->drain, &OutboxDrain::drain);
        m_till->sell();
        QTRY_COMPARE_WITH_TIMEOUT(m_till->centralSales(), 1, 10000);
        QTRY_COMPARE(m_till->drain.backlog()->waiting, 0);
    }

    void aResend_ofWhatTheStoreHasAlready_isAccepted_andCountedOnce()
    {
        const QStringList sold = m_till->sell(3);
        QVERIFY(m_till->drained());
        // The till forgets it heard (as if the answer was lost): the same records go out again.
        StoreFixture other(DemoStores::Store::Seoul);
        for (const QString &id : sold) {
            const auto entry = SaleJournal(*m_till->store.database).entryForSale(id);
            QSqlQuery insert(other.database->connection());
            insert.prepare(QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) "
                                          "VALUES (?, 'sale', ?, ?)"));
            insert.addBindValue(id);
            insert.addBindValue(QJsonDocument(entry->record).toJson(QJsonDocument::Compact));
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            QVERIFY(insert.exec());
        }
        OutboxDrain resend(*other.database, m_till->client);
        resend.drain();
        QTRY_COMPARE_WITH_TIMEOUT(resend.backlog()->waiting, 0, 10000);
        QCOMPARE(resend.backlog()->quarantined, 0);
        QCOMPARE(m_till->centralSales(), 3);
        QCOMPARE(m_till->centralCount(QStringLiteral("SELECT COUNT(*) FROM sales WHERE sale_id IN ('%1')")
                                          .arg(sold.join(QLatin1String("','")))),
                 3);
    }

    void aRejectedRecord_isQuarantinedWithItsReason_andTheRestAreSent()
    {
        m_till->sell();
        QJsonObject otherStore = CentralHarness::saleRecord(1000, 90, QStringLiteral("US-NYC-01"));
        addToOutbox(otherStore.value(QLatin1String("sale")).toString(), otherStore);
        addToOutbox(QUuid::createUuid().toString(QUuid::WithoutBraces), QJsonObject{{QLatin1String("sale"), 42}});
        m_till->sell();
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSequences(), (QList<qint64>{1, 2}));
        const auto quarantined = OutboxQueue(*m_till->store.database).quarantined().value();
        QCOMPARE(quarantined.size(), 2);
        QCOMPARE(quarantined.at(0).status, QStringLiteral("rejected"));
        QVERIFY2(quarantined.at(0).reason.contains(QStringLiteral("US-NYC-01")), qPrintable(quarantined.at(0).reason));
        QVERIFY2(quarantined.at(1).reason.contains(QStringLiteral("\"sale\"")), qPrintable(quarantined.at(1).reason));
        QCOMPARE(m_till->drain.backlog()->quarantined, 2);
        QCOMPARE(m_till->connectivity.quarantined(), 2);
    }

    void anotherRecordUnderASentId_isAConflict_andQuarantined()
    {
        const QString sold = m_till->sell();
        QVERIFY(m_till->drained());
        QJsonObject altered = SaleJournal(*m_till->store.database).entryForSale(sold)->record;
        altered.insert(QLatin1String("total"), 1);
        addToOutbox(QStringLiteral("altered"), altered);
        m_till->sell();
        QVERIFY(m_till->drained());
        const auto quarantined = OutboxQueue(*m_till->store.database).quarantined().value();
        QCOMPARE(quarantined.size(), 1);
        QCOMPARE(quarantined.first().status, QStringLiteral("conflict"));
        QCOMPARE(m_till->centralSales(), 2);
        QCOMPARE(m_till->centralCount(QStringLiteral("SELECT total_minor FROM sales WHERE sale_id = '%1'").arg(sold)),
                 19900);
    }

    // A manager sends a refused record again (the back office's Sync page): refused again, it is quarantined
    // again with the store's reason; once the cause is mended at the central store it is taken, once, and every
    // release is kept with who asked for it. Nothing behind it waited for it.
    void aReleasedRecord_isSentAgainInItsPlace_andEveryReleaseIsKept()
    {
        m_till->sell();
        QJsonObject otherStore = CentralHarness::saleRecord(1000, 90, QStringLiteral("US-NYC-01"));
        const QString otherId = otherStore.value(QLatin1String("sale")).toString();
        addToOutbox(otherId, otherStore);
        m_till->sell();
        QVERIFY(m_till->drained());
        OutboxQueue queue(*m_till->store.database);
        const qint64 refused = queue.quarantined().value().first().record.id;
        QVERIFY(!queue.release(refused + 100, QStringLiteral("3001"), QDateTime::currentDateTimeUtc()));

        QVERIFY(queue.release(refused, QStringLiteral("3001"), QDateTime::currentDateTimeUtc()));
        QCOMPARE(queue.quarantined()->size(), 0);
        const auto waiting = queue.waitingByKind().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().kind, QStringLiteral("sale"));
        QCOMPARE(waiting.first().count, 1);
        const QString second = queue.release(refused, QStringLiteral("3001"), QDateTime::currentDateTimeUtc()).error();
        QVERIFY2(second.contains(QStringLiteral("sent again already")), qPrintable(second));
        m_till->sell(); // behind the released record in the outbox
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSequences(), (QList<qint64>{1, 2, 3}));
        QCOMPARE(queue.quarantined()->size(), 1); // the same reason again
        QVERIFY(queue.quarantined()->first().reason.contains(QStringLiteral("US-NYC-01")));

        // Mended at the central store: this terminal now belongs to the record's store.
        QSqlQuery move(m_till->central.database.pool->connection().value());
        QVERIFY(move.exec(QStringLiteral("UPDATE terminals SET store_id = 'US-NYC-01'")));
        QVERIFY(queue.release(refused, QStringLiteral("3002"), QDateTime::currentDateTimeUtc()));
        QVERIFY(m_till->drained());
        QCOMPARE(queue.quarantined()->size(), 0);
        QCOMPARE(queue.backlog({})->waiting, 0);
        QCOMPARE(m_till->centralCount(QStringLiteral("SELECT COUNT(*) FROM sales WHERE sale_id = '%1'").arg(otherId)),
                 1);
        QSqlQuery releases(m_till->store.database->connection());
        QVERIFY(releases.exec(QStringLiteral("SELECT released_by FROM outbox_released ORDER BY id")));
        QStringList by;
        while (releases.next())
            by.append(releases.value(0).toString());
        QCOMPARE(by, (QStringList{QStringLiteral("3001"), QStringLiteral("3002")}));
        QVERIFY(!releases.exec(QStringLiteral("DELETE FROM outbox_released")));
    }

    void aQuarantine_neverLeavesWithoutARelease()
    {
        addToOutbox(QStringLiteral("unreadable"), QJsonObject{{QLatin1String("sale"), 42}});
        QVERIFY(m_till->drained());
        QSqlQuery change(m_till->store.database->connection());
        QVERIFY(!change.exec(QStringLiteral("DELETE FROM outbox_quarantine")));
        QCOMPARE(OutboxQueue(*m_till->store.database).quarantined()->size(), 1);
    }

    void anOutcome_isWrittenOnce()
    {
        m_till->sell();
        const auto waiting = OutboxQueue(*m_till->store.database).waiting({QStringLiteral("sale")}, 10).value();
        OutboxQueue queue(*m_till->store.database);
        const QList<OutboxOutcome> sent{{waiting.first().id, OutboxOutcome::Status::Sent, QStringLiteral("{}")}};
        QVERIFY(queue.record(sent, QDateTime::currentDateTimeUtc()));
        QVERIFY(!queue.record(sent, QDateTime::currentDateTimeUtc()));
        QSqlQuery change(m_till->store.database->connection());
        QVERIFY(!change.exec(QStringLiteral("DELETE FROM outbox_sent")));
    }

    void returns_followTheirSale_andReachTheStoreOnce()
    {
        m_till->drain.setBatchSize(10);
        const QString first = m_till->sell();
        QVERIFY(m_till->returns.returnWithReceipt(first, {ReturnRequest{1, Quantity::pieces(1)}}));
        m_till->sell();
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSales(), 2);
        QCOMPARE(m_till->centralReturns(), 1);
        QCOMPARE(m_till->centralCount(QStringLiteral("SELECT refund_minor FROM till_returns")), 19900);
        const auto backlog = m_till->drain.backlog().value();
        QCOMPARE(backlog.waiting, 0);
        QCOMPARE(backlog.quarantined, 0);
        // One batch of mixed kinds in outbox order: the sale, its return, the next sale.
        QCOMPARE(m_till->proxy.requestsSeen(), 1);
    }

    // A pickup between two sales is the PickupSender's: it neither splits the batch nor is sent or quarantined here.
    void anotherSendersRecordBetweenSales_staysWaiting_andTheSalesGoInOneBatch()
    {
        m_till->sell();
        QVERIFY(OutboxQueue(*m_till->store.database)
                    .enqueue(QStringLiteral("pickup-1"), QStringLiteral("pickup"), QJsonObject{{"pickup", "p1"}},
                             QDateTime::currentDateTimeUtc()));
        m_till->sell();
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSequences(), (QList<qint64>{1, 2}));
        QCOMPARE(m_till->proxy.requestsSeen(), 1);
        const auto waiting = OutboxQueue(*m_till->store.database).waitingByKind().value();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().kind, QStringLiteral("pickup"));
        QCOMPARE(m_till->drain.backlog()->quarantined, 0);
    }

    void aReturnOfASaleTheStoreRefused_isQuarantinedWithItsReason_andTheRestGoOn()
    {
        const QString refused = m_till->sell();
        QVERIFY(m_till->returns.returnWithReceipt(refused, {ReturnRequest{1, Quantity::pieces(1)}}));
        m_till->sell();
        // The store refused the sale before (as if unreadable): it is in quarantine, not at the store.
        const auto sale = OutboxQueue(*m_till->store.database).waiting({QStringLiteral("sale")}, 1).value();
        QVERIFY(OutboxQueue(*m_till->store.database)
                    .record({{sale.first().id, OutboxOutcome::Status::Rejected, QStringLiteral("test")}},
                            QDateTime::currentDateTimeUtc()));
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSales(), 1);
        QCOMPARE(m_till->centralReturns(), 0);
        const auto quarantined = OutboxQueue(*m_till->store.database).quarantined().value();
        QCOMPARE(quarantined.size(), 2);
        QCOMPARE(quarantined.at(1).record.kind, QStringLiteral("return"));
        QVERIFY2(quarantined.at(1).reason.contains(refused), qPrintable(quarantined.at(1).reason));
        QCOMPARE(m_till->drain.backlog()->waiting, 0);
    }

    void failedTries_backOffLonger_andASuccessResets()
    {
        m_till->sell(2);
        m_till->proxy.refuseConnections();
        QSignalSpy retries(&m_till->drain, &OutboxDrain::retryScheduled);
        m_till->drain.drain();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 4, 10000);
        QCOMPARE(m_till->drain.failures(), retries.size());
        QVERIFY(!m_till->drain.lastError().isEmpty());
        // Each wait is at least half its step: 25, 50, 100, 200 ms and more.
        for (int i = 0; i < 4; ++i)
            QVERIFY(retries.at(i).at(0).toLongLong() >= (SyncFixture::retryBaseMs << i) / 2);
        QCOMPARE(m_till->centralSales(), 0);
        QCOMPARE(m_till->drain.backlog()->waiting, 2);
        m_till->proxy.restore();
        QTRY_COMPARE_WITH_TIMEOUT(m_till->drain.backlog()->waiting, 0, 10000);
        QCOMPARE(m_till->drain.failures(), 0);
        QVERIFY(m_till->drain.lastError().isEmpty());
        QCOMPARE(m_till->centralSales(), 2);
    }

    void connectivity_countsWhatWaits_andHowLongTheOldestHas()
    {
        QCOMPARE(m_till->connectivity.state(), QStringLiteral("checking"));
        m_till->proxy.refuseConnections();
        m_till->sell(2);
        QCOMPARE(m_till->connectivity.waiting(), 2);
        QCOMPARE(m_till->connectivity.sendable(), 2);
        QCOMPARE(m_till->connectivity.oldestWaitingMinutes(), 0);
        m_till->connectivity.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600 + 30); });
        m_till->drain.drain();
        QTRY_COMPARE_WITH_TIMEOUT(m_till->connectivity.state(), QStringLiteral("offline"), 10000);
        QCOMPARE(m_till->connectivity.oldestWaitingMinutes(), 120);
        QVERIFY(!m_till->connectivity.lastError().isEmpty());
        m_till->proxy.restore();
        QTRY_COMPARE_WITH_TIMEOUT(m_till->connectivity.waiting(), 0, 10000);
        QCOMPARE(m_till->connectivity.state(), QStringLiteral("online"));
        QCOMPARE(m_till->connectivity.oldestWaitingMinutes(), 0);
        QVERIFY(m_till->connectivity.lastError().isEmpty());
    }

    // A pickup handed over offline waits for another sender, yet the state never says "online" over it.
    void connectivity_countsOtherSendersKinds_andNeverSaysOnlineOverThem()
    {
        m_till->connectivity.setOtherSenders({QStringLiteral("pickup")});
        QVERIFY(OutboxQueue(*m_till->store.database)
                    .enqueue(QStringLiteral("pickup-1"), QStringLiteral("pickup"), QJsonObject{{"pickup", "p1"}},
                             QDateTime::currentDateTimeUtc()));
        m_till->sell();
        QVERIFY(m_till->drained());
        QTRY_COMPARE(m_till->connectivity.sendable(), 1);
        QCOMPARE(m_till->connectivity.waiting(), 1);
        QCOMPARE(m_till->connectivity.state(), QStringLiteral("sending"));
    }

    void backoffSteps_doubleUpToTheCap_withJitterInTheUpperHalf()
    {
        RetryBackoff backoff(100, 1000);
        backoff.setRandom([] { return 0.0; });
        QCOMPARE(backoff.failed(), 50);
        QCOMPARE(backoff.failed(), 100);
        backoff.setRandom([] { return 0.999999; });
        QCOMPARE(backoff.failed(), 400 - 1);
        QCOMPARE(backoff.failed(), 800 - 1);
        QCOMPARE(backoff.failed(), 1000 - 1); // capped
        for (int i = 0; i < 100; ++i)
            QVERIFY(backoff.failed() < 1000);
        backoff.succeeded();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextStepMs(), 100);
    }
};

QTEST_MAIN(TestOutboxDrain)
#include "tst_outboxdrain.moc"
