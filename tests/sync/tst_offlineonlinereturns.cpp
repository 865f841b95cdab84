#include "CheckoutService.h"
#include "CustomerRepository.h"
#include "EnrolledTill.h"
#include "FaultProxy.h"
#include "Money.h"
#include "OnlineOrderService.h"
#include "OnlineOrders.h"
#include "OutboxQueue.h"
#include "PickupCache.h"
#include "PickupSender.h"
#include "PullScheduler.h"

#include <QSignalSpy>

using namespace omnitill;

// Online-order returns while the central store is out of reach, against a real central store on loopback behind
// a fault proxy that refuses every connection: an order this till knows from its pickup cache (pulled while it
// was ready here, then handed over here offline) is found by the customer's signed order code, verified here,
// and items of it are taken back at the cached prices within the manager's refund caps, in cash or as store
// credit only; each refusal says what can be done instead. After reconnect the return reaches the central store
// once, even delivered twice, after the pickup it follows.
class TestOfflineOnlineReturns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EnrolledTill> m_till;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<PullScheduler> m_pulls;
    std::unique_ptr<PickupCache> m_cache;
    std::unique_ptr<OnlineOrderClient> m_orders;
    std::unique_ptr<CheckoutService> m_checkout;
    std::unique_ptr<OnlineOrderService> m_service;
    QList<qint64> m_paidOut;
    central::OnlineOrder m_order;
    QString m_token; // the order code on the customer's phone, from before the outage

    central::ConnectionPool &pool() { return *m_till->central->database.pool; }
    qint64 centralScalar(const QString &sql) { return m_till->central->database.scalar(sql).toLongLong(); }
    static QString won(qint64 minor)
    {
        return Money(minor, Currency::fromCode(QStringLiteral("KRW")).value()).format(QLocale());
    }

    OrderSnapshot openOrder()
    {
        const auto found = awaitResult<OrderSnapshot>([&](auto done) { m_orders->find(m_token, done); });
        if (!found)
            qFatal("order not found: %s", qPrintable(found.error()));
        return *found;
    }

    Result<QString> takeBack(qint64 units, const QString &refund)
    {
        const OrderSnapshot order = openOrder();
        return awaitResult<QString>([&](auto done) {
            m_service->takeBack(order, {{order.lines.first().lineNo, units}}, refund, done);
        });
    }

    void allow(qint64 perReturn, qint64 perDay) { m_orders->setOfflineReturnCaps({perReturn, perDay}); }

    int sendWaiting()
    {
        PickupSender sender(*m_till->store.database, m_till->client);
        QSignalSpy finished(&sender, &PickupSender::finished);
        sender.send(); // with nothing to send it finishes at once
        if (finished.isEmpty() && !finished.wait(15000))
            qFatal("the sender did not finish");
        return finished.first().first().toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_till = std::make_unique<EnrolledTill>();
        const auto enrolled = m_till->enroll();
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(enrolled.error()));
        m_proxy = std::make_unique<FaultProxy>(m_till->central->port);
        m_till->client.setBaseUrl(m_proxy->url());
        m_till->client.setTimeout(2000);
        StoreFixture &store = m_till->store;
        m_pulls = std::make_unique<PullScheduler>(*store.database, *store.catalog, m_till->client, m_till->keys);
        m_cache = std::make_unique<PickupCache>(*store.database);
        m_orders = std::make_unique<OnlineOrderClient>(m_till->client, m_till->keys);
        m_orders->setPickupCache(m_cache.get());
        m_checkout = std::make_unique<CheckoutService>(*store.database, *store.catalog, *store.profile);
        m_service = std::make_unique<OnlineOrderService>(*m_orders, *m_checkout, *store.catalog, m_till->settings);
        m_service->setCashPayout([this](qint64 amount, const QString &) {
            m_paidOut.append(amount);
            return Result<void>();
        });
        QVERIFY(m_till->settings.setValue(OnlineOrderService::refundMethodsKey,
                                          QStringLiteral("original_payment,store_credit,cash")));

        const central::Customer buyer =
            central::CustomerRepository(pool())
                .create({QStringLiteral("최유나"), {}, QStringLiteral("880010000009"), QStringLiteral("gold")})
                .value();
        m_order = m_till->central->readyOrder(buyer.id); // two shirts at ₩15,000
        m_token = central::OnlineOrders(pool()).token(m_order.number, QDateTime::currentDateTimeUtc()).value();
        QSignalSpy round(m_pulls.get(), &PullScheduler::roundFinished);
        m_pulls->pullAll();
        QVERIFY(round.wait(20000));
        QCOMPARE(round.first().first().toInt(), 0);

        // The central store goes away; the customer collects both shirts here offline.
        m_proxy->refuseConnections();
        const OrderSnapshot ready = openOrder();
        QVERIFY(ready.cachedAt.isValid());
        const auto handed = awaitResult<Handover>([&](auto done) {
            m_service->handOver(ready, {{ready.lines.first().lineNo, 2}}, false, done);
        });
        QVERIFY2(handed, handed ? "" : qPrintable(handed.error()));
        QVERIFY(handed->answer.value(QLatin1String("offline")).toBool());
    }
    void cleanup()
    {
        m_service.reset();
        m_checkout.reset();
        m_orders.reset();
        m_cache.reset();
        m_pulls.reset();
        m_proxy.reset();
        m_till.reset();
        m_paidOut.clear();
    }

    void offlineWithinTheCaps_cashRefunded_thenTheReturnReachesTheCentralStoreOnce_evenDeliveredTwice()
    {
        allow(20000, 25000);
        const auto both = takeBack(2, QStringLiteral("cash")); // ₩30,000: beyond the cap per return
        QVERIFY(!both);
        QVERIFY2(both.error().contains(won(20000)) && both.error().contains(QStringLiteral("Take back fewer")),
                 qPrintable(both.error()));
        const auto one = takeBack(1, QStringLiteral("cash"));
        QVERIFY2(one, one ? "" : qPrintable(one.error()));
        QVERIFY2(one->contains(QStringLiteral("Taken back offline")), qPrintable(*one));
        QCOMPARE(m_paidOut, QList<qint64>{15000});
        // The other shirt would pass the day's cap: refused, nothing paid out.
        const auto another = takeBack(1, QStringLiteral("cash"));
        QVERIFY(!another);
        QVERIFY2(another.error().contains(won(25000)) &&
                     another.error().contains(won(15000) + QStringLiteral(" so far")),
                 qPrintable(another.error()));
        QCOMPARE(m_paidOut.size(), 1);
        QCOMPARE(central::OnlineOrders(pool()).find(m_order.number).value().state, QStringLiteral("ready_for_pickup"));

        m_proxy->restore();
        const int faults = m_proxy->faultsInjected();
        m_proxy->inject(FaultProxy::Fault::DeliverTwice, 2); // the pickup and the return, each sent twice
        QCOMPARE(sendWaiting(), 0);
        QCOMPARE(m_proxy->faultsInjected(), faults + 2);
        QCOMPARE(sendWaiting(), 0); // nothing left: nothing refunded twice
        QCOMPARE(central::OnlineOrders(pool()).find(m_order.number).value().state, QStringLiteral("picked_up"));
        QCOMPARE(centralScalar(QStringLiteral("SELECT COUNT(*) FROM order_returns")), 1);
        QCOMPARE(centralScalar(QStringLiteral("SELECT SUM(returned_quantity) FROM online_order_lines")), 1);
        // Cash came out of this till's drawer: the central store records the return's refund in its answer.
        QCOMPARE(centralScalar(QStringLiteral("SELECT json_extract(result, '$.refund.amount') FROM order_returns")),
                 15000);
        QVERIFY(OutboxQueue(*m_till->store.database).quarantined()->isEmpty());
    }

    void offline_storeCreditIsDeferred_andWhatNeedsTheCentralStoreIsRefused_inWords()
    {
        const auto noCaps = takeBack(1, QStringLiteral("cash"));
        QVERIFY(!noCaps);
        QVERIFY2(noCaps.error().contains(QStringLiteral("takes no online-order returns offline")) &&
                     noCaps.error().contains(QStringLiteral("come back")),
                 qPrintable(noCaps.error()));
        allow(50000, 50000);
        const auto toTheCard = takeBack(1, QStringLiteral("original_payment"));
        QVERIFY(!toTheCard);
        QVERIFY2(toTheCard.error().contains(QStringLiteral("original online payment")) &&
                     toTheCard.error().contains(QStringLiteral("cash or as store credit")),
                 qPrintable(toTheCard.error()));
        const auto credit = takeBack(2, QStringLiteral("store_credit"));
        QVERIFY2(credit, credit ? "" : qPrintable(credit.error()));
        QVERIFY2(credit->contains(QStringLiteral("store credit is added once")), qPrintable(*credit));
        QVERIFY(m_paidOut.isEmpty());
        // Nothing is left to take back here.
        const auto again = takeBack(1, QStringLiteral("store_credit"));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("can take back 0")), qPrintable(again.error()));

        m_proxy->restore();
        QCOMPARE(sendWaiting(), 0);
        QCOMPARE(centralScalar(QStringLiteral("SELECT SUM(balance_minor) FROM store_credit_balances")), 30000);
    }

    void returnTheCentralStoreRefuses_isQuarantined_withTheRefundPaidHere_forTheManager()
    {
        allow(50000, 50000);
        QVERIFY(takeBack(1, QStringLiteral("cash")));
        QVERIFY(central::OnlineOrders(pool()).cancel(m_order.number).ok()); // meanwhile, at the online shop
        m_proxy->restore();
        QCOMPARE(sendWaiting(), 0); // refused for good: not waiting, not blocking what comes after
        const auto quarantined = OutboxQueue(*m_till->store.database).quarantined().value();
        QCOMPARE(quarantined.size(), 2); // the pickup, then the return
        QCOMPARE(quarantined.last().record.kind, QString(PickupCache::returnKind));
        QVERIFY2(quarantined.last().reason.contains(QStringLiteral("refunded here offline (cash)")),
                 qPrintable(quarantined.last().reason));
        QCOMPARE(m_paidOut, QList<qint64>{15000});
    }

    void online_aReturnWaitsUntilTheOfflineOneReachedTheCentralStore()
    {
        allow(50000, 50000);
        QVERIFY(takeBack(1, QStringLiteral("cash")));
        m_proxy->restore();
        const OrderSnapshot live = openOrder();
        QVERIFY(!live.cachedAt.isValid());
        const auto early = awaitResult<QString>([&](auto done) {
            m_service->takeBack(live, {{live.lines.first().lineNo, 1}}, QStringLiteral("cash"), done);
        });
        QVERIFY(!early);
        QVERIFY2(early.error().contains(QStringLiteral("wait a minute")), qPrintable(early.error()));
        QCOMPARE(sendWaiting(), 0);
        const OrderSnapshot after = openOrder();
        QCOMPARE(after.lines.first().returned, 1);
        const auto later = awaitResult<QString>([&](auto done) {
            m_service->takeBack(after, {{after.lines.first().lineNo, 1}}, QStringLiteral("cash"), done);
        });
        QVERIFY2(later, later ? "" : qPrintable(later.error()));
        QCOMPARE(m_paidOut, (QList<qint64>{15000, 15000}));
        QCOMPARE(centralScalar(QStringLiteral("SELECT SUM(returned_quantity) FROM online_order_lines")), 2);
    }
};

QTEST_GUILESS_MAIN(TestOfflineOnlineReturns)
#include "tst_offlineonlinereturns.moc"
