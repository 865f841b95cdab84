#include "CheckoutService.h"
#include "EnrolledTill.h"
#include "OnlineOrderService.h"
#include "OnlineOrders.h"
#include "HandoverLog.h"
#include "RestockLog.h"

#include <QSignalSpy>

using namespace omnitill;

// Online orders at a till against a real central store over HTTP: orders are seeded through the central
// store's own classes, found by number and by the customer's signed code, handed over in parts and whole
// (an order paid in store through a real sale on the till), refused when expired, already collected or
// forged, and returned up to what the central store allows, and not one unit beyond.
class TestOnlineOrderService : public QObject
{
    Q_OBJECT

private:
    const QString m_store = QStringLiteral("KR-SEOUL-01");
    std::unique_ptr<EnrolledTill> m_till;
    std::unique_ptr<CheckoutService> m_checkout;
    std::unique_ptr<OnlineOrderClient> m_orders;
    std::unique_ptr<OnlineOrderService> m_service;
    std::unique_ptr<HandoverLog> m_handovers;

    // Two T-shirts of the demo catalog at the order's price (15000, the catalog says 19900) and a cap at 9900,
    // to be picked up here, ready for readySeconds.
    central::OnlineOrder seed(const QString &payment, qint64 readySeconds = 3600)
    {
        central::OnlineOrders orders(*m_till->central->database.pool);
        const central::OnlineOrder placed =
            orders
                .create({{},
                         QStringLiteral("KRW"),
                         payment,
                         QStringLiteral("pickup"),
                         m_store,
                         false,
                         {{0, QStringLiteral("KR-TOP-0002"), {}, QStringLiteral("T-shirt M"), 2, 15000},
                          {0, QStringLiteral("KR-NOT-IN-CATALOG"), {}, QStringLiteral("Cap"), 1, 9900}}})
                .value();
        return orders.markReady(placed.number, QDateTime::currentDateTimeUtc().addMSecs(readySeconds * 1000)).value();
    }

    QString token(const central::OnlineOrder &order)
    {
        return central::OnlineOrders(*m_till->central->database.pool)
            .token(order.number, QDateTime::currentDateTimeUtc())
            .value();
    }

    Result<OrderSnapshot> find(const QString &text)
    {
        std::optional<Result<OrderSnapshot>> outcome;
        m_orders->find(text, [&](Result<OrderSnapshot> found) { outcome = std::move(found); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Error{QStringLiteral("no answer")};
        return *outcome;
    }

    Result<Handover> handOver(const OrderSnapshot &order, const QMap<int, qint64> &quantities, bool leaveOpen)
    {
        std::optional<Result<Handover>> outcome;
        m_service->handOver(order, quantities, leaveOpen,
                            [&](Result<Handover> handed) { outcome = std::move(handed); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Error{QStringLiteral("no answer")};
        return *outcome;
    }

    Result<QString> takeBack(const OrderSnapshot &order, const QMap<int, qint64> &quantities,
                             const QString &method = QStringLiteral("original_payment"))
    {
        std::optional<Result<QString>> outcome;
        m_service->takeBack(order, quantities, method, [&](Result<QString> done) { outcome = std::move(done); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Error{QStringLiteral("no answer")};
        return *outcome;
    }

    OrderSnapshot found(const QString &text)
    {
        auto order = find(text);
        if (!order)
            qFatal("order not found: %s", qPrintable(order.error()));
        return *order;
    }

private Q_SLOTS:
    void init()
    {
        m_till = std::make_unique<EnrolledTill>();
        const auto enrolled = m_till->enroll(m_store);
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(enrolled.error()));
        m_checkout =
            std::make_unique<CheckoutService>(*m_till->store.database, *m_till->store.catalog, *m_till->store.profile);
        m_orders = std::make_unique<OnlineOrderClient>(m_till->client, m_till->keys);
        m_service =
            std::make_unique<OnlineOrderService>(*m_orders, *m_checkout, *m_till->store.catalog, m_till->settings);
        m_handovers = std::make_unique<HandoverLog>(*m_till->store.database);
        m_service->setHandovers(m_handovers.get());
    }
    void cleanup()
    {
        m_service.reset();
        m_handovers.reset();
        m_orders.reset();
        m_checkout.reset();
        m_till.reset();
    }

    void partialPickup_leavesTheRestOpen_thenTheRestClosesTheOrder()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"));
        const OrderSnapshot order = found(seeded.number.toLower());
        QCOMPARE(order.openUnits(), 3);

        const auto first = handOver(order, {{1, 1}}, true);
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QCOMPARE(first->stage, Handover::Stage::Recorded);
        QVERIFY(first->answer.value(QLatin1String("open")).toBool());
        QCOMPARE(first->answer.value(QLatin1String("refunded")).toInteger(), 0);
        QVERIFY2(first->slip.contains(QStringLiteral("Still open")), qPrintable(first->slip));
        QVERIFY(first->slip.contains(QStringLiteral("signature")));

        const OrderSnapshot waiting = found(seeded.number);
        QCOMPARE(waiting.state, QStringLiteral("ready_for_pickup"));
        QCOMPARE(waiting.lines.at(0).open(), 1);
        QCOMPARE(waiting.lines.at(1).open(), 1);
        // Quantities are of what is still open: the first line has one left, not two.
        QVERIFY(!handOver(waiting, {{1, 2}}, false));

        const auto rest = handOver(waiting, {{1, 1}, {2, 1}}, false);
        QVERIFY2(rest, rest ? "" : qPrintable(rest.error()));
        QVERIFY(!rest->answer.value(QLatin1String("open")).toBool());
        const OrderSnapshot collected = found(seeded.number);
        QCOMPARE(collected.state, QStringLiteral("picked_up"));
        QCOMPARE(collected.lines.at(0).delivered, 2);
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_pickups")).toInt(), 2);

        // The back office counts each hand-over here once; the refusals below count nothing.
        const auto counted = [&] {
            return HandoverLog(*m_till->store.database)
                .between(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1))
                .value();
        };
        QCOMPARE(counted().pickups, 2);
        QCOMPARE(counted().units, 3);

        const auto again = handOver(collected, {{1, 1}}, false);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("already collected")), qPrintable(again.error()));
        // A stale copy on another till is refused by the central store in the same words' spirit.
        const auto stale = handOver(waiting, {{2, 1}}, false);
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(QStringLiteral("no longer waiting")), qPrintable(stale.error()));
        QCOMPARE(counted().pickups, 2);
    }

    void payInStore_collectsTheBalanceThroughARealSale_andRecordsThePickupWithItsSale()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("in_store"));
        const OrderSnapshot order = found(token(seeded));
        QVERIFY(!order.token.isEmpty());
        QSignalSpy recorded(m_service.get(), &OnlineOrderService::paidPickupRecorded);

        const auto handed = handOver(order, {{1, 2}, {2, 1}}, false);
        QVERIFY2(handed, handed ? "" : qPrintable(handed.error()));
        QCOMPARE(handed->stage, Handover::Stage::AwaitingPayment);
        QCOMPARE(m_service->awaitingPaymentFor(), seeded.number);
        const Sale &sale = m_checkout->sale();
        QCOMPARE(sale.lines().size(), 2);
        QCOMPARE(sale.lines().at(0).unitPriceMinor, 15000); // the order's price, not the catalog's 19900
        QVERIFY(!sale.lines().at(0).priceOverridden());
        QCOMPARE(sale.lines().at(0).product.taxClass, QStringLiteral("VAT10"));
        QCOMPARE(sale.lines().at(1).note, QStringLiteral("Online order %1").arg(seeded.number));
        QCOMPARE(sale.totals().totalDueMinor, 2 * 15000 + 9900);
        // Nothing is handed over at the central store before the sale is paid.
        QCOMPARE(found(seeded.number).state, QStringLiteral("ready_for_pickup"));

        const QUuid saleId = sale.id();
        QVERIFY(m_checkout->tender(TenderMethod::Cash, 50000).ok());
        QCOMPARE(m_checkout->sale().state(), SaleState::Completed);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 10000);
        QVERIFY(recorded.first().at(1).toString().contains(QStringLiteral("Paid in store")));
        QCOMPARE(m_service->awaitingPaymentFor(), QString());
        QCOMPARE(found(seeded.number).state, QStringLiteral("picked_up"));
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT sale_id FROM order_pickups")).toString(),
                 saleId.toString(QUuid::WithoutBraces));
    }

    void paidPickup_notYetRecordedWhenTheTillStopped_isRecordedAtTheNextStart()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("in_store"));
        QVERIFY(handOver(found(seeded.number), {{2, 1}}, false));
        m_service.reset(); // the till stops with the order's lines in the sale
        QVERIFY(m_checkout->tender(TenderMethod::Cash, 10000).ok());
        QCOMPARE(found(seeded.number).state, QStringLiteral("ready_for_pickup"));

        m_service =
            std::make_unique<OnlineOrderService>(*m_orders, *m_checkout, *m_till->store.catalog, m_till->settings);
        QSignalSpy recorded(m_service.get(), &OnlineOrderService::paidPickupRecorded);
        m_service->resumeAwaitingPayment();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 10000);
        QCOMPARE(found(seeded.number).state, QStringLiteral("picked_up"));
        QCOMPARE(m_till->settings.value(OnlineOrderService::pendingPickupKey).value_or(QString()), QString());
        m_service->resumeAwaitingPayment(); // nothing waits any more
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_pickups")).toInt(), 1);
    }

    void voidedSale_handsNothingOver()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("in_store"));
        QSignalSpy failed(m_service.get(), &OnlineOrderService::paidPickupFailed);
        QVERIFY(handOver(found(seeded.number), {{2, 1}}, false));
        QVERIFY(m_checkout->voidSale(QStringLiteral("customer changed their mind")).ok());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_service->awaitingPaymentFor(), QString());
        QCOMPARE(found(seeded.number).state, QStringLiteral("ready_for_pickup"));
    }

    void expiredOrder_isRefusedWithTheReason()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"), 1);
        QTest::qWait(1100);
        const OrderSnapshot order = found(seeded.number);
        QCOMPARE(order.state, QStringLiteral("expired"));
        const auto refused = handOver(order, {{1, 1}}, false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not collected in time")), qPrintable(refused.error()));
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_pickups")).toInt(), 0);
    }

    void forgedOrExpiredOrderCode_isRefusedBeforeAskingTheCentralStore()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"));
        QString forged = token(seeded);
        forged[forged.size() - 3] = forged[forged.size() - 3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!find(forged));
        const QString valid = token(seeded);
        m_orders->setClock([] { return QDateTime::currentDateTimeUtc().addDays(2); }); // past the pickup window
        const auto expired = find(valid);
        QVERIFY(!expired);
        QVERIFY2(expired.error().contains(QStringLiteral("expired")), qPrintable(expired.error()));
        QVERIFY(!find(QStringLiteral("OL-NONE-NONE")));
    }

    void onlineReturn_upToTheLimit_andOneUnitBeyondIsRefused()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"));
        QVERIFY(handOver(found(seeded.number), {{1, 2}, {2, 1}}, false));
        const OrderSnapshot order = found(token(seeded)); // the code lives on through the return window
        QCOMPARE(order.lines.at(0).returnable(), 2);

        const auto first = takeBack(order, {{1, 1}});
        QVERIFY2(first, first ? "" : qPrintable(first.error()));
        QVERIFY2(first->contains(QStringLiteral("1 more can be returned")), qPrintable(*first));
        const auto second = takeBack(found(seeded.number), {{1, 1}, {2, 1}});
        QVERIFY2(second, second ? "" : qPrintable(second.error()));
        QCOMPARE(found(seeded.number).returnableUnits(), 0);

        const auto beyond = takeBack(order, {{1, 1}}); // a stale copy still shows one returnable
        QVERIFY(!beyond);
        QVERIFY2(beyond.error().contains(QStringLiteral("central store")), qPrintable(beyond.error()));
        QCOMPARE(
            m_till->central->database.scalar(QStringLiteral("SELECT SUM(quantity) FROM order_return_lines")).toInt(),
            3);
    }

    void centralStoreOutOfReach_findAndReturn_sayWhatToDoInstead()
    {
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"));
        QVERIFY(handOver(found(seeded.number), {{1, 2}}, false));
        const OrderSnapshot order = found(seeded.number);
        const QString code = token(seeded);
        const QUrl central = m_till->client.baseUrl();
        m_till->client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        const auto lookedUp = find(code);
        QVERIFY(!lookedUp);
        QVERIFY2(lookedUp.error().contains(QStringLiteral("ask the customer to come back")),
                 qPrintable(lookedUp.error()));
        const auto returned = takeBack(order, {{1, 1}});
        QVERIFY(!returned);
        QVERIFY2(returned.error().contains(QStringLiteral("nothing was handed over or refunded")) &&
                     returned.error().contains(seeded.number),
                 qPrintable(returned.error()));
        m_till->client.setBaseUrl(central);
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_returns")).toInt(), 0);
    }

    void refundMethods_followTheStorePolicy()
    {
        QCOMPARE(m_service->refundMethods(),
                 (QStringList{QStringLiteral("original_payment"), QStringLiteral("store_credit")}));
        QVERIFY(m_till->settings.setValue(OnlineOrderService::refundMethodsKey, QStringLiteral("store_credit")).ok());
        QCOMPARE(m_service->refundMethods(), QStringList{QStringLiteral("store_credit")});
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"));
        QVERIFY(handOver(found(seeded.number), {{1, 2}}, false));
        const auto refused = takeBack(found(seeded.number), {{1, 1}}, QStringLiteral("original_payment"));
        QVERIFY(!refused);
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_returns")).toInt(), 0);
    }

    void cashRefund_whereThePolicyAllowsIt_isPaidFromTheDrawerAndTheUnitsAreBackInStock()
    {
        RestockLog restocks(*m_till->store.database);
        m_service->setRestocks(&restocks);
        QList<QPair<qint64, QString>> paidOut;
        m_service->setCashPayout([&](qint64 amount, const QString &reason) -> Result<void> {
            paidOut.append({amount, reason});
            return {};
        });
        QVERIFY(
            m_till->settings.setValue(OnlineOrderService::refundMethodsKey, QStringLiteral("cash,store_credit")).ok());
        QCOMPARE(m_service->refundMethods(), (QStringList{QStringLiteral("cash"), QStringLiteral("store_credit")}));
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"));
        QVERIFY(handOver(found(seeded.number), {{1, 2}, {2, 1}}, false));

        const auto returned = takeBack(found(seeded.number), {{1, 2}}, QStringLiteral("cash"));
        QVERIFY2(returned, returned ? "" : qPrintable(returned.error()));
        QVERIFY2(returned->contains(QStringLiteral("In cash")), qPrintable(*returned));
        QCOMPARE(paidOut.size(), 1);
        QCOMPARE(paidOut.first().first, 30000); // two at the order's 15,000, not the catalog's price
        QVERIFY(paidOut.first().second.contains(seeded.number));
        QCOMPARE(restocks.unitsBack(QStringLiteral("KR-TOP-0002")).value(), 2);
        QCOMPARE(restocks.unitsBack(QStringLiteral("KR-NOT-IN-CATALOG")).value(), 0);
        // The central store recorded the return; the money came from the till, so it owes none.
        QCOMPARE(
            m_till->central->database.scalar(QStringLiteral("SELECT SUM(quantity) FROM order_return_lines")).toInt(),
            2);
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_refunds")).toInt(), 0);

        // A payout the drawer refuses (no shift open) is said, with what to pay by hand.
        m_service->setCashPayout(
            [](qint64, const QString &) -> Result<void> { return Error{QStringLiteral("no shift")}; });
        const auto unpaid = takeBack(found(seeded.number), {{2, 1}}, QStringLiteral("cash"));
        QVERIFY(!unpaid);
        QVERIFY2(unpaid.error().contains(QStringLiteral("no shift")) &&
                     unpaid.error().contains(QStringLiteral("9,900")),
                 qPrintable(unpaid.error()));
        QCOMPARE(restocks.unitsBack(QStringLiteral("KR-NOT-IN-CATALOG")).value(), 1);
    }

    void cashRefund_whereThePolicyDoesNotAllowIt_isRefusedBeforeAskingTheCentralStore()
    {
        m_service->setCashPayout([](qint64, const QString &) -> Result<void> { return {}; });
        QVERIFY(!m_service->refundMethods().contains(QStringLiteral("cash"))); // not by default
        const central::OnlineOrder seeded = seed(QStringLiteral("prepaid"));
        QVERIFY(handOver(found(seeded.number), {{1, 2}}, false));
        const auto refused = takeBack(found(seeded.number), {{1, 1}}, QStringLiteral("cash"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("In cash")), qPrintable(refused.error()));
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_returns")).toInt(), 0);

        // Allowed by the policy but on a till that cannot pay cash out: refused too.
        QVERIFY(m_till->settings.setValue(OnlineOrderService::refundMethodsKey, QStringLiteral("cash")).ok());
        m_service->setCashPayout({});
        QVERIFY(!takeBack(found(seeded.number), {{1, 1}}, QStringLiteral("cash")));
        QCOMPARE(m_till->central->database.scalar(QStringLiteral("SELECT COUNT(*) FROM order_returns")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOnlineOrderService)
#include "tst_onlineorderservice.moc"
