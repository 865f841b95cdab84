#include "CentralProcess.h"
#include "SigningKeyStore.h"
#include "SyncFixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

using namespace omnitill;

// The outbox drains through a broken network to a real central store: refused connections, connections reset
// halfway through the request or the answer, answers later than the till waits, requests delivered twice, the
// store killed and restarted mid-batch, a till clock hours off. Each sale and return reaches the store exactly
// once, nothing is quarantined, and the till's connectivity says what happened.
class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> m_till;
    QStringList m_sold;

    // Every sale at the central store once, none waiting or quarantined at the till.
    void verifyExactlyOnce()
    {
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSales(), m_sold.size());
        QCOMPARE(m_till->centralSequences(), (QList<qint64>{1, 2, 3}));
        const auto backlog = m_till->drain.backlog().value();
        QCOMPARE(backlog.waiting, 0);
        QCOMPARE(backlog.quarantined, 0);
        QVERIFY(m_till->proxy.faultsInjected() >= 1);
    }

    // Every state the connectivity went through, and whether it ever said "online" over a queue.
    QStringList m_states;
    bool m_onlineOverAQueue = false;

    void watchStates()
    {
        m_states.clear();
        m_onlineOverAQueue = false;
        const Connectivity &connectivity = m_till->connectivity;
        QObject::connect(&connectivity, &Connectivity::changed, this, [this, &connectivity] {
            m_states.append(connectivity.state());
            m_onlineOverAQueue =
                m_onlineOverAQueue || (connectivity.state() == QLatin1String("online") && connectivity.sendable() > 0);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_till = std::make_unique<SyncFixture>();
        m_sold = m_till->sell(3);
        watchStates();
    }
    void cleanup()
    {
        QVERIFY(!m_onlineOverAQueue);
        m_till.reset();
    }

    void refusedConnections_leaveTheSalesWaiting_untilTheStoreIsBack()
    {
        m_till->proxy.refuseConnections();
        QSignalSpy retries(&m_till->drain, &OutboxDrain::retryScheduled);
        m_till->drain.drain();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 10000);
        QCOMPARE(m_till->connectivity.state(), QStringLiteral("offline"));
        QCOMPARE(m_till->connectivity.waiting(), 3);
        QCOMPARE(m_till->centralSales(), 0);
        m_till->proxy.restore();
        verifyExactlyOnce();
        QTRY_COMPARE(m_till->connectivity.state(), QStringLiteral("online"));
        QCOMPARE(m_till->connectivity.waiting(), 0);
    }

    void resetMidRequest_storesNothing_andTheResendStoresEachOnce()
    {
        m_till->proxy.inject(FaultProxy::Fault::ResetMidRequest, 3);
        QSignalSpy retries(&m_till->drain, &OutboxDrain::retryScheduled);
        m_till->drain.drain();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 1, 10000);
        QCOMPARE(m_till->centralSales(), 0); // the store never had the whole request
        verifyExactlyOnce();
    }

    void resetMidResponse_theStoreCommittedAndTheTillNeverHeard_theResendIsAcceptedOnce()
    {
        m_till->proxy.inject(FaultProxy::Fault::ResetMidResponse, 3);
        QSignalSpy retries(&m_till->drain, &OutboxDrain::retryScheduled);
        m_till->drain.drain();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 1, 10000);
        QCOMPARE(m_till->centralSales(), 3);           // committed at the store...
        QCOMPARE(m_till->drain.backlog()->waiting, 3); // ...and still waiting at the till
        verifyExactlyOnce();
        const auto sent = OutboxQueue(*m_till->store.database).waiting({QStringLiteral("sale")}, 10).value();
        QVERIFY(sent.isEmpty());
        QSqlQuery results(m_till->store.database->connection());
        QVERIFY(results.exec(QStringLiteral("SELECT COUNT(*) FROM outbox_sent WHERE json_extract(result, '$.status') "
                                            "= 'accepted'")));
        QVERIFY(results.next());
        QCOMPARE(results.value(0).toInt(), 3);
    }

    void anAnswerLaterThanTheTimeout_isAFailure_andTheResendIsCountedOnce()
    {
        m_till->client.setTimeout(500);
        m_till->proxy.inject(FaultProxy::Fault::DelayResponse, 1, 1500);
        QSignalSpy retries(&m_till->drain, &OutboxDrain::retryScheduled);
        m_till->drain.drain();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 1, 10000);
        QVERIFY2(retries.first().at(1).toString().contains(QStringLiteral("0.5 s")),
                 qPrintable(retries.first().at(1).toString()));
        verifyExactlyOnce();
    }

    void aSlowAnswer_isDegraded_andTheNextQuickOneOnline()
    {
        m_till->connectivity.setSlowMs(200);
        m_till->proxy.inject(FaultProxy::Fault::DelayResponse, 1, 500);
        m_till->drain.drain();
        QTRY_COMPARE_WITH_TIMEOUT(m_till->drain.backlog()->waiting, 0, 10000);
        QCOMPARE(m_till->connectivity.state(), QStringLiteral("degraded"));
        m_till->sell();
        m_till->drain.drain();
        QTRY_COMPARE_WITH_TIMEOUT(m_till->drain.backlog()->waiting, 0, 10000);
        QCOMPARE(m_till->connectivity.state(), QStringLiteral("online"));
        QVERIFY(m_states.contains(QStringLiteral("sending")));
    }

    void theTillKilledMidDrain_sendsAgainAfterTheRestart_andNothingIsCountedTwice()
    {
        // The answer is held back long enough for the till to be killed after the store committed.
        m_till->proxy.inject(FaultProxy::Fault::DelayResponse, 1, 60000);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(DRAIN_CHILD),
                    {m_till->store.path, m_till->proxy.url().toString(), m_till->credential});
        QVERIFY(child.waitForStarted(10000));
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("\n"), 10000);
        QCOMPARE(said, QByteArray("sending\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_till->centralSales(), 3, 10000);
        child.kill(); // SIGKILL: the answer never reaches the till
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(m_till->drain.backlog()->waiting, 3);
        verifyExactlyOnce(); // the restarted till
    }

    void aRequestDeliveredTwice_storesEachSaleOnce()
    {
        m_till->proxy.inject(FaultProxy::Fault::DeliverTwice);
        verifyExactlyOnce();
        QCOMPARE(m_till->proxy.requestsSeen(), 1);
        QCOMPARE(m_till->drain.failures(), 0);
    }

    void aBatchOfSalesAndAReturnDeliveredTwice_storesEachRecordOnce()
    {
        QVERIFY(m_till->returns.returnWithReceipt(m_sold.at(0), {ReturnRequest{1, Quantity::pieces(1)}}));
        m_till->proxy.inject(FaultProxy::Fault::DeliverTwice, 2);
        verifyExactlyOnce();
        QCOMPARE(m_till->centralReturns(), 1);       // the second delivery of the return found it, and the sale intact
        QCOMPARE(m_till->proxy.faultsInjected(), 1); // the sales and the return went in one mixed batch
        QCOMPARE(m_till->proxy.requestsSeen(), 1);
        QCOMPARE(m_till->drain.failures(), 0);
    }

    void theCentralStoreKilledAndRestartedMidBatch_takesEachSaleOnce()
    {
        // The store as a process over the same database, killed while it works on one batch of 600 sales (the
        // outbox filled directly: selling them would take the test's time, not the store's).
        for (qint64 sequence = 4; sequence <= 600; ++sequence) {
            const QJsonObject sale = CentralHarness::saleRecord(1000, sequence);
            m_sold.append(sale.value(QLatin1String("sale")).toString());
            QSqlQuery insert(m_till->store.database->connection());
            insert.prepare(
                QStringLiteral("INSERT INTO outbox (record_id, kind, payload, created_at) VALUES (?, 'sale', ?, ?)"));
            insert.addBindValue(m_sold.last());
            insert.addBindValue(QJsonDocument(sale).toJson(QJsonDocument::Compact));
            insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            QVERIFY(insert.exec());
        }
        CentralProcess central(m_till->central.database.url());
        QVERIFY(central.start());
        FaultProxy proxy(central.port);
        m_till->client.setBaseUrl(proxy.url());
        proxy.inject(FaultProxy::Fault::DelayResponse, 1, 60000); // whatever the store does, the till never hears
        m_till->drain.setBatchSize(1000);
        QSignalSpy retries(&m_till->drain, &OutboxDrain::retryScheduled);
        m_till->drain.drain();
        QVERIFY(QTest::qWaitFor([&] { return proxy.requestsSeen() >= 1; }, 10000));
        central.kill();
        // Either the batch's transaction died with the store (the usual case), or it had committed.
        const qint64 committed = m_till->centralSales();
        QVERIFY2(committed == 0 || committed == m_sold.size(), qPrintable(QString::number(committed)));
        qInfo("killed with %lld of %lld sales committed", committed, qint64(m_sold.size()));
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 1, 10000);
        QVERIFY(central.start());
        QVERIFY(m_till->drained(60000));
        QCOMPARE(m_till->centralSales(), m_sold.size());
        QList<qint64> inOrder;
        for (qint64 sequence = 1; sequence <= m_sold.size(); ++sequence)
            inOrder.append(sequence);
        QCOMPARE(m_till->centralSequences(), inOrder);
        QCOMPARE(m_till->drain.backlog()->quarantined, 0);
    }

    void aTillClockHoursOff_isTakenAtItsWord_inReceiptOrder_andReportedAsSkew()
    {
        // The till's clock runs 5 h fast for one sale, then is set 8 h back (3 h slow) for the next.
        QDateTime tillNow = QDateTime::currentDateTimeUtc().addSecs(5 * 3600);
        const auto clock = [&tillNow] { return tillNow; };
        m_till->checkout.setClock(clock);
        m_till->client.setClock(clock);
        m_sold.append(m_till->sell());
        tillNow = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        m_sold.append(m_till->sell());
        QVERIFY(m_till->drained());
        QCOMPARE(m_till->centralSales(), 5);
        QCOMPARE(m_till->centralSequences(), (QList<qint64>{1, 2, 3, 4, 5}));
        // The store keeps the till's times, not its own: by time the fast sale is the latest, by receipt the 4th.
        QCOMPARE(m_till->centralCount(QStringLiteral("SELECT sequence FROM sales ORDER BY closed_at DESC LIMIT 1")), 4);
        QCOMPARE(m_till->centralCount(QStringLiteral("SELECT sequence FROM sales ORDER BY closed_at LIMIT 1")), 5);

        // The skew is measured from the store's answers and reported in words.
        QVERIFY(m_till->client.clockSkewSeconds().has_value());
        QVERIFY2(qAbs(*m_till->client.clockSkewSeconds() - 3 * 3600) <= 5,
                 qPrintable(QString::number(*m_till->client.clockSkewSeconds())));
        QVERIFY2(m_till->client.clockWarning().contains(QStringLiteral("behind the central store")),
                 qPrintable(m_till->client.clockWarning()));

        // A fresh app code, issued by the store's clock: not yet valid by the till's, valid by the store's time.
        central::SigningKeyStore keys(*m_till->central.database.pool);
        QVERIFY(keys.rotate().ok());
        const QString token =
            keys.customerToken(QStringLiteral("C-1"), QStringLiteral("gold"), QDateTime::currentDateTimeUtc()).value();
        const central::Outcome<TokenVerifier> verifier = keys.verifier();
        QVERIFY(verifier.ok());
        QVERIFY(!verifier->verify(token, tillNow));
        const auto verified = verifier->verify(token, m_till->client.centralTime());
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error()));
    }
};

QTEST_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
