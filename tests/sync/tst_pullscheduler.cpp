#include "CatalogStore.h"
#include "CouponRevocations.h"
#include "CustomerCache.h"
#include "CustomerLookup.h"
#include "CustomerRepository.h"
#include "EnrolledTill.h"
#include "FaultProxy.h"
#include "OnlineOrderClient.h"
#include "OutboxQueue.h"
#include "PickupCache.h"
#include "PickupSender.h"
#include "PromotionRepository.h"
#include "PullScheduler.h"

#include <QSignalSpy>

using namespace omnitill;

// The till pulls from a real central store on loopback (through a FaultProxy that can cut it off) the catalog's
// changes, withdrawn coupons, signing keys, the orders ready here and the store's regulars, each kind with its
// cursor and last success kept in SQLite; then, with the central store out of reach, it still refuses a
// withdrawn coupon, finds a regular by loyalty or phone number with their points "as of" the pull, and finds
// and hands over a ready order from its cache, the pickup reaching the central store exactly once when it is
// back.
class TestPullScheduler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EnrolledTill> m_till;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<PullScheduler> m_pulls;

    central::ConnectionPool &pool() { return *m_till->central->database.pool; }

    // One round; how many kinds failed in it.
    int pullRound()
    {
        QSignalSpy finished(m_pulls.get(), &PullScheduler::roundFinished);
        m_pulls->pullAll();
        if (!finished.wait(20000))
            qFatal("the pull round did not finish");
        return finished.first().first().toInt();
    }

    PullState stateOf(const QString &kind) { return PullLog(*m_till->store.database).state(kind).value(); }

    void importCatalog(central::CatalogCollection collection, const QList<central::CatalogItem> &items)
    {
        QVERIFY(central::CatalogStore(pool()).import(collection, items, false, QStringLiteral("test")).ok());
    }

    central::Customer customer(const QString &name, const QString &phone, const QString &loyalty, int visits)
    {
        central::CustomerRepository customers(pool());
        const central::Customer made = customers.create({name, phone, loyalty, QStringLiteral("gold")}).value();
        for (int i = 0; i < visits; ++i) {
            if (!customers.recordVisit(made.id, QStringLiteral("KR-SEOUL-01"), QStringLiteral("T9")).ok())
                qFatal("visit not recorded");
        }
        return made;
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
        m_pulls = std::make_unique<PullScheduler>(*m_till->store.database, *m_till->store.catalog, m_till->client,
                                                  m_till->keys);
    }
    void cleanup()
    {
        m_pulls.reset();
        m_proxy.reset();
        m_till.reset();
    }

    void catalogChanges_reachTheTillPageByPage_removalsIncluded_andTheCursorFollows()
    {
        const QString taxClass = m_till->store.catalog->taxClasses().first().code;
        const auto product = [&](const QString &sku, const QString &name, qint64 price) {
            return central::CatalogItem{sku, QJsonObject{{QLatin1String("sku"), sku},
                                                         {QLatin1String("nameKo"), name},
                                                         {QLatin1String("taxClass"), taxClass},
                                                         {QLatin1String("barcodes"), QJsonArray{"8801234567893"}},
                                                         {QLatin1String("price"), price}}};
        };
        importCatalog(central::CatalogCollection::Products,
                      {product(QStringLiteral("PULL-1"), QStringLiteral("당근"), 1200),
                       product(QStringLiteral("PULL-2"), QStringLiteral("양파"), 900)});
        importCatalog(central::CatalogCollection::Promotions,
                      {{QStringLiteral("P-PULL"), QJsonObject{{QLatin1String("id"), QStringLiteral("P-PULL")},
                                                              {QLatin1String("nameKo"), QStringLiteral("1+1")},
                                                              {QLatin1String("kind"), QStringLiteral("buyGet")},
                                                              {QLatin1String("buy"), 1},
                                                              {QLatin1String("get"), 1},
                                                              {QLatin1String("value"), 10000},
                                                              {QLatin1String("skus"), QJsonArray{"PULL-1"}}}}});
        m_pulls->setCatalogPageSize(1); // every change its own page
        QSignalSpy changed(m_pulls.get(), &PullScheduler::catalogChanged);
        QCOMPARE(pullRound(), 0);
        QCOMPARE(changed.count(), 2); // products, promotions
        QCOMPARE(m_till->store.catalog->findBySku(QStringLiteral("PULL-1"))->unitPriceMinor, 1200);
        QCOMPARE(m_till->store.catalog->findByBarcode(QStringLiteral("8801234567893"))->sku, QStringLiteral("PULL-2"));
        const auto promotions = PromotionRepository(*m_till->store.database).loadActive(QDate::currentDate()).value();
        QVERIFY(std::any_of(promotions.cbegin(), promotions.cend(),
                            [](const Promotion &p) { return p.id == QLatin1String("P-PULL"); }));
        const qint64 version = central::CatalogStore(pool()).currentVersion().value();
        QCOMPARE(stateOf(QStringLiteral("products")).cursor.toLongLong(), version);
        QVERIFY(stateOf(QStringLiteral("products")).lastSuccess.isValid());

        // A price change and a removal: only what changed since the cursor comes.
        importCatalog(central::CatalogCollection::Prices,
                      {{QStringLiteral("PULL-1"),
                        QJsonObject{{QLatin1String("sku"), QStringLiteral("PULL-1")}, {QLatin1String("price"), 990}}}});
        importCatalog(central::CatalogCollection::Products, {{QStringLiteral("PULL-2"), std::nullopt}});
        const int seenBefore = m_proxy->requestsSeen();
        QCOMPARE(pullRound(), 0);
        QCOMPARE(m_till->store.catalog->findBySku(QStringLiteral("PULL-1"))->unitPriceMinor, 990);
        QVERIFY(!m_till->store.catalog->findBySku(QStringLiteral("PULL-2")));
        QVERIFY(!m_till->store.catalog->findByBarcode(QStringLiteral("8801234567893")));
        // keys, revocations, pickups, customers: 4; products: 1 removal; prices: 1 change; promotions: nothing
        QCOMPARE(m_proxy->requestsSeen() - seenBefore, 7);
    }

    void withdrawnCoupon_isRefusedOffline_evenAfterARestart()
    {
        const QString code = m_till->central->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10));
        const QString token =
            central::SigningKeyStore(pool()).couponToken(central::CouponLedger(pool()).find(code).value()).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_till->keys.verifier().verifyCoupon(token, now));
        QVERIFY(central::CouponRevocations(pool())
                    .revoke(code, QStringLiteral("leaked on a forum"), QStringLiteral("test"))
                    .ok());
        QCOMPARE(pullRound(), 0);
        QCOMPARE(stateOf(QStringLiteral("coupon_revocations")).cursor, QStringLiteral("1"));

        m_proxy->refuseConnections();
        const auto refused = m_till->keys.verifier().verifyCoupon(token, now);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("leaked on a forum")), qPrintable(refused.error()));
        // A till started again offline: the keys from its settings, the withdrawn coupons from its store.
        SigningKeys restarted(m_till->settings, m_till->client);
        QCOMPARE(restarted.load(), 1);
        PullScheduler(*m_till->store.database, *m_till->store.catalog, m_till->client, restarted).restore();
        QVERIFY(!restarted.verifier().verifyCoupon(token, now));
        // Online the central store refuses it too.
        m_proxy->restore();
        ApiClient api(m_till->central->base());
        api.setCredential(m_till->central->enroll());
        const ApiReply reserve = api.post(QStringLiteral("/v1/coupons/%1/reserve").arg(code), QJsonObject{});
        QCOMPARE(reserve.status, 409);
        QCOMPARE(reserve.errorCode(), QStringLiteral("coupon_revoked"));
    }

    void rotatedKey_isPulled_andARetiredOneLeaves()
    {
        central::SigningKeyStore keys(pool());
        QVERIFY(keys.rotate().ok());
        QCOMPARE(pullRound(), 0);
        QCOMPARE(m_till->keys.verifier().keyCount(), 2);
        central::Customer someone = customer(QStringLiteral("정하늘"), {}, QStringLiteral("800000000077"), 0);
        const QString token = keys.customerToken(someone.id, someone.tier, QDateTime::currentDateTimeUtc()).value();
        QVERIFY(m_till->keys.verifier().verify(token, QDateTime::currentDateTimeUtc()));
        QVERIFY(stateOf(QStringLiteral("signing_keys")).lastSuccess.isValid());
    }

    void regulars_areFoundOfflineByNumber_withTheirPointsAsOfThePull_upToTheCacheSize()
    {
        const central::Customer often =
            customer(QStringLiteral("김민지"), QStringLiteral("010-2417-3852"), QStringLiteral("880010000001"), 3);
        const central::Customer sometimes =
            customer(QStringLiteral("이서준"), QStringLiteral("010-9000-1111"), QStringLiteral("880010000002"), 2);
        const central::Customer once =
            customer(QStringLiteral("박도윤"), QStringLiteral("010-9000-2222"), QStringLiteral("880010000003"), 1);
        QVERIFY(central::CustomerRepository(pool()).adjustPoints(often.id, 12500, QStringLiteral("welcome")).ok());
        m_pulls->setCustomerCacheSize(2);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(pullRound(), 0);
        CustomerCache cache(*m_till->store.database);
        QCOMPARE(cache.count().value(), 2);

        CustomerLookup lookup(m_till->client, m_till->keys);
        lookup.setCache(&cache, 2);
        m_proxy->refuseConnections();
        const auto byLoyalty =
            awaitResult<IdentifiedCustomer>([&](auto done) { lookup.identify(QStringLiteral("880010000001"), done); });
        QVERIFY2(byLoyalty, byLoyalty ? "" : qPrintable(byLoyalty.error()));
        QCOMPARE(byLoyalty->name, QStringLiteral("김민지"));
        QCOMPARE(byLoyalty->points, 12500);
        QVERIFY(!byLoyalty->fromCentral);
        QVERIFY(byLoyalty->fromCache());
        QVERIFY(byLoyalty->pointsAsOf >= before && byLoyalty->pointsAsOf <= QDateTime::currentDateTimeUtc());
        const auto byPhone =
            awaitResult<IdentifiedCustomer>([&](auto done) { lookup.identify(QStringLiteral("010-9000-1111"), done); });
        QVERIFY(byPhone);
        QCOMPARE(byPhone->id, sometimes.id);
        // The least frequent did not fit: said in words, with what can be done instead.
        const auto missing =
            awaitResult<IdentifiedCustomer>([&](auto done) { lookup.identify(QStringLiteral("880010000003"), done); });
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QStringLiteral("app code")), qPrintable(missing.error()));
        // The signed app code offline: the cache adds the name and the points.
        const QString token = central::SigningKeyStore(pool())
                                  .customerToken(often.id, often.tier, QDateTime::currentDateTimeUtc())
                                  .value();
        const auto byApp = awaitResult<IdentifiedCustomer>([&](auto done) { lookup.identify(token, done); });
        QVERIFY(byApp);
        QCOMPARE(byApp->name, QStringLiteral("김민지"));
        QVERIFY(byApp->fromCache());
        Q_UNUSED(once);
    }

    void readyOrder_isHandedOverOfflineFromTheCache_andReachesTheCentralStoreOnce()
    {
        const central::Customer buyer = customer(QStringLiteral("최유나"), {}, QStringLiteral("880010000009"), 0);
        const central::OnlineOrder order = m_till->central->readyOrder(buyer.id);
        QCOMPARE(pullRound(), 0);
        OnlineOrderClient orders(m_till->client, m_till->keys);
        PickupCache cache(*m_till->store.database);
        orders.setPickupCache(&cache);

        m_proxy->refuseConnections();
        const auto found = awaitResult<OrderSnapshot>([&](auto done) { orders.find(order.number.toLower(), done); });
        QVERIFY2(found, found ? "" : qPrintable(found.error()));
        QVERIFY(found->cachedAt.isValid());
        QCOMPARE(found->openUnits(), 2);
        PickupDraft draft{QUuid::createUuid(), *found, {{found->lines.first().lineNo, 2}}, false, {}};
        const auto handed = awaitResult<QJsonObject>([&](auto done) { orders.pickUp(draft, done); });
        QVERIFY2(handed, handed ? "" : qPrintable(handed.error()));
        QVERIFY(handed->value(QLatin1String("offline")).toBool());
        QCOMPARE(handed->value(QLatin1String("kept")).toInteger(), 30000);
        // Not twice from the cache, and not again after a pull that still sees it ready.
        const auto again = awaitResult<OrderSnapshot>([&](auto done) { orders.find(order.number, done); });
        QVERIFY(again);
        QVERIFY(OnlineOrderClient::pickupRefusal(*again, {}).has_value());
        m_proxy->restore();
        QCOMPARE(pullRound(), 0);
        const auto afterPull = awaitResult<OrderSnapshot>([&](auto done) { orders.find(order.number, done); });
        QVERIFY(afterPull);
        QCOMPARE(afterPull->state, QStringLiteral("ready_for_pickup")); // the live order: central has not heard yet
        PickupDraft twice{QUuid::createUuid(), *afterPull, {{afterPull->lines.first().lineNo, 2}}, false, {}};
        const auto handedTwice = awaitResult<QJsonObject>([&](auto done) { orders.pickUp(twice, done); });
        QVERIFY(!handedTwice);
        QVERIFY2(handedTwice.error().contains(QStringLiteral("while the till was offline")),
                 qPrintable(handedTwice.error()));

        // The answer to the first send is lost: the pickup stays waiting and its resend is the same pickup.
        PickupSender sender(*m_till->store.database, m_till->client);
        m_proxy->inject(FaultProxy::Fault::ResetMidResponse, 3); // Qt sends a POST once more on a fresh connection
        QSignalSpy finished(&sender, &PickupSender::finished);
        sender.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().first().toInt(), 1);
        QCOMPARE(central::OnlineOrders(pool()).find(order.number).value().state, QStringLiteral("picked_up"));
        m_proxy->restore();
        sender.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().first().toInt(), 0);
        QCOMPARE(central::OnlineOrders(pool()).find(order.number).value().state, QStringLiteral("picked_up"));
        QSqlQuery pickups(pool().connection().value());
        QVERIFY(pickups.exec(QStringLiteral("SELECT COUNT(*) FROM order_pickups")) && pickups.next());
        QCOMPARE(pickups.value(0).toInt(), 1);
        QVERIFY(OutboxQueue(*m_till->store.database).quarantined()->isEmpty());
    }

    void unreachableStore_stopsTheRound_keepsTheLastSuccess_andSaysWhy()
    {
        QCOMPARE(pullRound(), 0);
        const PullState before = stateOf(QStringLiteral("signing_keys"));
        m_proxy->refuseConnections();
        QCOMPARE(pullRound(), 1);
        QVERIFY(!m_pulls->pulling());
        const PullState after = stateOf(QStringLiteral("signing_keys"));
        QCOMPARE(after.lastSuccess, before.lastSuccess);
        QVERIFY(after.lastAttempt > before.lastAttempt || after.lastAttempt == before.lastAttempt);
        QVERIFY(!after.lastError.isEmpty());
        QVERIFY(stateOf(QStringLiteral("coupon_revocations")).lastError.isEmpty()); // not tried: the round stopped
    }

    void returnOfAnOnlineOrder_offline_saysItNeedsTheCentralStore()
    {
        const central::Customer buyer = customer(QStringLiteral("한지우"), {}, QStringLiteral("880010000010"), 0);
        const central::OnlineOrder order = m_till->central->readyOrder(buyer.id);
        OnlineOrderClient orders(m_till->client, m_till->keys);
        const auto found = awaitResult<OrderSnapshot>([&](auto done) { orders.find(order.number, done); });
        QVERIFY(found);
        m_proxy->refuseConnections();
        const auto returned = awaitResult<QJsonObject>([&](auto done) {
            orders.takeBack({QUuid::createUuid(), *found, {{1, 1}}, QStringLiteral("original_payment")}, done);
        });
        QVERIFY(!returned);
        QVERIFY2(returned.error().contains(QStringLiteral("nothing was handed over or refunded")),
                 qPrintable(returned.error()));
    }
};

QTEST_GUILESS_MAIN(TestPullScheduler)
#include "tst_pullscheduler.moc"
