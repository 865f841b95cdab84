#include "SyncFixture.h"

#include <QProcess>
#include <QSignalSpy>

using namespace omnitill;

// The outbox drains through a broken network to a real central store: refused connections, connections reset
// halfway through the request or the answer, answers later than the till waits, requests delivered twice. Each
// sale reaches the store exactly once, nothing is quarantined, and the till's connectivity says what happened.
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
};

QTEST_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
