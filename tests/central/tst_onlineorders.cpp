#include "CentralHarness.h"
#include "ConcurrentRequests.h"
#include "CustomerRepository.h"
#include "OnlineOrders.h"
#include "SigningKeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace omnitill::central;

// Online orders through the API: the pickups waiting at a store, one order, pickup (whole, partial, by the
// customer's QR), expiry, returns at any store within what was delivered, idempotency by the till's UUIDs,
// refusals that write nothing, and 50 tills racing for the last returnable unit on two instances.
class TestOnlineOrders : public QObject
{
    Q_OBJECT

private:
    const QString m_seoul = QStringLiteral("KR-SEOUL-01");
    const QString m_busan = QStringLiteral("KR-BUSAN-01");
    std::unique_ptr<CentralHarness> m_harness;

    // An order of a shirt (2 x 15000) and a cap (1 x 9900), picked up at store; ready for readySeconds
    // unless that is 0; a guest's unless customer is given.
    OnlineOrder order(const QString &store, const QString &payment = QStringLiteral("prepaid"), bool tryOn = false,
                      qint64 readySeconds = 3600, const QString &customer = {})
    {
        OnlineOrders orders(*m_harness->database.pool);
        const NewOnlineOrder draft{
            customer,
            QStringLiteral("KRW"),
            payment,
            QStringLiteral("pickup"),
            store,
            tryOn,
            {{0, QStringLiteral("A100"), {}, QStringLiteral("Shirt"), 2, 15000},
             {0, QStringLiteral("B200"), QStringLiteral("8801234567893"), QStringLiteral("Cap"), 1, 9900}}};
        const OnlineOrder placed = orders.create(draft).value();
        if (readySeconds == 0)
            return placed;
        return orders.markReady(placed.number, QDateTime::currentDateTimeUtc().addMSecs(readySeconds * 1000)).value();
    }

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static QJsonArray lines(std::initializer_list<std::pair<int, int>> quantities)
    {
        QJsonArray array;
        for (const auto &[line, quantity] : quantities)
            array.append(QJsonObject{{QLatin1String("line"), line}, {QLatin1String("quantity"), quantity}});
        return array;
    }

    static QJsonObject pickup(const QString &order, const QJsonArray &picked = {}, const QString &sale = {})
    {
        QJsonObject body{{QLatin1String("pickup"), uuid()}, {QLatin1String("order"), order}};
        if (!picked.isEmpty())
            body.insert(QLatin1String("lines"), picked);
        if (!sale.isEmpty())
            body.insert(QLatin1String("sale"), sale);
        return body;
    }

    static QJsonObject giveBack(const QString &order, const QJsonArray &returned,
                                const QString &refund = QStringLiteral("original_payment"))
    {
        return {{QLatin1String("return"), uuid()},
                {QLatin1String("order"), order},
                {QLatin1String("lines"), returned},
                {QLatin1String("refund"), refund}};
    }

    qint64 count(const QString &sql) { return m_harness->database.scalar(sql).toLongLong(); }

    // Rows that a handover writes: none may appear after a refusal.
    qint64 handoverRows()
    {
        return count(QStringLiteral("SELECT (SELECT COUNT(*) FROM order_pickups) + (SELECT COUNT(*) FROM "
                                    "order_returns) + (SELECT COUNT(*) FROM order_refunds) + (SELECT "
                                    "COALESCE(SUM(delivered_quantity + returned_quantity), 0) FROM "
                                    "online_order_lines)"));
    }

    // The order picked up whole at Seoul, for the return tests.
    OnlineOrder pickedUp(const QString &customer = {})
    {
        const OnlineOrder placed = order(m_seoul, QStringLiteral("prepaid"), false, 3600, customer);
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number));
        if (reply.status != 200)
            qFatal("pickup failed: %s", reply.body.constData());
        return placed;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll(m_seoul));
    }
    void cleanup() { m_harness.reset(); }

    void readyPickups_listsThisStoresReadyOrdersOnly()
    {
        const OnlineOrder ready = order(m_seoul);
        order(m_seoul, QStringLiteral("prepaid"), false, 0); // placed, not ready yet
        order(m_busan);                                      // another store's
        const OnlineOrder late = order(m_seoul, QStringLiteral("prepaid"), false, 1);
        QTest::qWait(1100);
        const ApiReply reply = m_harness->client.get(QStringLiteral("/v1/pickups"));
        QCOMPARE(reply.status, 200);
        const QJsonArray orders = reply.json.value(QLatin1String("orders")).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().toObject().value(QLatin1String("number")).toString(), ready.number);
        QCOMPARE(orders.first().toObject().value(QLatin1String("lines")).toArray().size(), 2);
        const ApiReply expired = m_harness->client.get(QStringLiteral("/v1/orders/") + late.number);
        QCOMPARE(expired.json.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    }

    void order_isFoundByIdOrNumberAndUnknownIs404()
    {
        const OnlineOrder placed = order(m_seoul);
        const ApiReply byNumber = m_harness->client.get(QStringLiteral("/v1/orders/") + placed.number.toLower());
        QCOMPARE(byNumber.status, 200);
        QCOMPARE(byNumber.json.value(QLatin1String("id")).toString(), placed.id);
        QCOMPARE(byNumber.json.value(QLatin1String("state")).toString(), QStringLiteral("ready_for_pickup"));
        const QJsonObject cap = byNumber.json.value(QLatin1String("lines")).toArray().at(1).toObject();
        QCOMPARE(cap.value(QLatin1String("gtin")).toString(), QStringLiteral("8801234567893"));
        QCOMPARE(cap.value(QLatin1String("unitPrice")).toInteger(), 9900);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/orders/") + placed.id).json, byNumber.json);
        const ApiReply unknown = m_harness->client.get(QStringLiteral("/v1/orders/OL-NONE-NONE"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_order"));
    }

    void pickup_wholeOrder_isIdempotentByItsUuid()
    {
        const OnlineOrder placed = order(m_seoul);
        const QJsonObject body = pickup(placed.number);
        const ApiReply first = m_harness->client.post(QStringLiteral("/v1/pickups"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("kept")).toInteger(), 2 * 15000 + 9900);
        QCOMPARE(first.json.value(QLatin1String("refunded")).toInteger(), 0);
        QCOMPARE(first.json.value(QLatin1String("store")).toString(), m_seoul);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/pickups"), body).json, first.json);

        QJsonObject changed = body;
        changed.insert(QLatin1String("lines"), lines({{1, 1}}));
        const ApiReply reused = m_harness->client.post(QStringLiteral("/v1/pickups"), changed);
        QCOMPARE(reused.status, 409);
        QCOMPARE(reused.errorCode(), QStringLiteral("duplicate_request"));
        const ApiReply again = m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("order_not_ready"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_pickups")), 1);
        const ApiReply read = m_harness->client.get(QStringLiteral("/v1/orders/") + placed.number);
        QCOMPARE(read.json.value(QLatin1String("state")).toString(), QStringLiteral("picked_up"));
        QCOMPARE(read.json.value(QLatin1String("lines"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("delivered"))
                     .toInt(),
                 2);
    }

    void partialPickup_prepaid_refundsWhatWasLeft()
    {
        const OnlineOrder placed = order(m_seoul);
        const ApiReply reply =
            m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number, lines({{1, 1}})));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("kept")).toInteger(), 15000);
        QCOMPARE(reply.json.value(QLatin1String("refunded")).toInteger(), 15000 + 9900);
        const QJsonArray picked = reply.json.value(QLatin1String("lines")).toArray();
        QCOMPARE(picked.at(0).toObject().value(QLatin1String("unpicked")).toInt(), 1);
        QCOMPARE(picked.at(1).toObject().value(QLatin1String("picked")).toInt(), 0);
        QCOMPARE(count(QStringLiteral("SELECT SUM(amount_minor) FROM order_refunds WHERE reason = 'not_picked_up' "
                                      "AND method = 'original_payment'")),
                 15000 + 9900);
        // What was not picked up cannot come back.
        const ApiReply refused =
            m_harness->client.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{2, 1}})));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("return_exceeds_delivered"));
    }

    void partialPickup_leaveOpen_keepsTheRestReadyForALaterVisit()
    {
        const OnlineOrder placed = order(m_seoul);
        QJsonObject first = pickup(placed.number, lines({{1, 1}}));
        first.insert(QLatin1String("leaveOpen"), true);
        const ApiReply visit = m_harness->client.post(QStringLiteral("/v1/pickups"), first);
        QCOMPARE(visit.status, 200);
        QVERIFY(visit.json.value(QLatin1String("open")).toBool());
        QCOMPARE(visit.json.value(QLatin1String("refunded")).toInteger(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_refunds")), 0);
        const ApiReply waiting = m_harness->client.get(QStringLiteral("/v1/orders/") + placed.number);
        QCOMPARE(waiting.json.value(QLatin1String("state")).toString(), QStringLiteral("ready_for_pickup"));
        QCOMPARE(
            m_harness->client.get(QStringLiteral("/v1/pickups")).json.value(QLatin1String("orders")).toArray().size(),
            1);
        // Quantities are of what is still open: one shirt is left, not two.
        const ApiReply tooMany =
            m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number, lines({{1, 2}})));
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.errorCode(), QStringLiteral("invalid_quantity"));

        // The second visit takes the cap and leaves the last shirt: closed, that shirt refunded.
        const ApiReply second =
            m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number, lines({{2, 1}})));
        QCOMPARE(second.status, 200);
        QVERIFY(!second.json.value(QLatin1String("open")).toBool());
        QCOMPARE(second.json.value(QLatin1String("kept")).toInteger(), 9900);
        QCOMPARE(second.json.value(QLatin1String("refunded")).toInteger(), 15000);
        const QJsonArray delivered = m_harness->client.get(QStringLiteral("/v1/orders/") + placed.number)
                                         .json.value(QLatin1String("lines"))
                                         .toArray();
        QCOMPARE(delivered.at(0).toObject().value(QLatin1String("delivered")).toInt(), 1);
        QCOMPARE(delivered.at(1).toObject().value(QLatin1String("delivered")).toInt(), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_pickups")), 2);
    }

    void cancelAfterAPartialPickup_refundsOnlyWhatWasNotHandedOver()
    {
        const OnlineOrder placed = order(m_seoul);
        QJsonObject first = pickup(placed.number, lines({{1, 2}}));
        first.insert(QLatin1String("leaveOpen"), true);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/pickups"), first).status, 200);
        QVERIFY(OnlineOrders(*m_harness->database.pool).cancel(placed.number).ok());
        QCOMPARE(count(QStringLiteral("SELECT SUM(amount_minor) FROM order_refunds WHERE reason = 'cancelled'")), 9900);
    }

    void reserveToTry_isClosedByItsPickup_evenWhenAskedToLeaveItOpen()
    {
        const OnlineOrder placed = order(m_seoul, QStringLiteral("in_store"), true);
        QJsonObject body = pickup(placed.number, lines({{2, 1}}), uuid());
        body.insert(QLatin1String("leaveOpen"), true);
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/pickups"), body);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.value(QLatin1String("open")).toBool());
        QCOMPARE(
            m_harness->client.get(QStringLiteral("/v1/orders/") + placed.number).json.value(QLatin1String("state")),
            QJsonValue(QStringLiteral("picked_up")));
    }

    void reserveToTry_paysInStoreForWhatIsKept()
    {
        const OnlineOrder placed = order(m_seoul, QStringLiteral("in_store"), true);
        const QJsonObject unpaid = pickup(placed.number, lines({{2, 1}}));
        const ApiReply refused = m_harness->client.post(QStringLiteral("/v1/pickups"), unpaid);
        QCOMPARE(refused.status, 400);
        QCOMPARE(handoverRows(), 0);

        const QString sale = uuid();
        const ApiReply reply =
            m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number, lines({{2, 1}}), sale));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("kept")).toInteger(), 9900);
        QCOMPARE(reply.json.value(QLatin1String("refunded")).toInteger(), 0);
        QCOMPARE(reply.json.value(QLatin1String("sale")).toString(), sale);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_refunds")), 0);
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT sale_id FROM order_pickups")).toString(), sale);
    }

    void pickupByToken_checksSignatureStoreAndLines()
    {
        const OnlineOrder placed = order(m_seoul);
        OnlineOrders orders(*m_harness->database.pool);
        const QString token = orders.token(placed.number, QDateTime::currentDateTimeUtc()).value();
        QVERIFY(token.startsWith(QLatin1String("OMO1:")));

        ApiClient busan(m_harness->base());
        busan.setCredential(m_harness->enroll(m_busan));
        QJsonObject body{{QLatin1String("pickup"), uuid()}, {QLatin1String("token"), token}};
        const ApiReply otherStore = busan.post(QStringLiteral("/v1/pickups"), body);
        QCOMPARE(otherStore.status, 409);
        QCOMPARE(otherStore.errorCode(), QStringLiteral("other_store"));

        QString forged = token;
        forged[forged.size() - 3] = forged[forged.size() - 3] == u'A' ? u'B' : u'A';
        const ApiReply bad =
            m_harness->client.post(QStringLiteral("/v1/pickups"),
                                   QJsonObject{{QLatin1String("pickup"), uuid()}, {QLatin1String("token"), forged}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("invalid_token"));
        const ApiReply customerCode = m_harness->client.post(
            QStringLiteral("/v1/pickups"),
            QJsonObject{{QLatin1String("pickup"), uuid()},
                        {QLatin1String("token"), SigningKeyStore(*m_harness->database.pool)
                                                     .customerToken(QStringLiteral("c-1"), QStringLiteral("basic"),
                                                                    QDateTime::currentDateTimeUtc())
                                                     .value()}});
        QCOMPARE(customerCode.errorCode(), QStringLiteral("invalid_token"));
        QCOMPARE(handoverRows(), 0);

        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/pickups"), body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("number")).toString(), placed.number);
    }

    void expiredOrder_cannotBePickedUp()
    {
        const OnlineOrder placed = order(m_seoul, QStringLiteral("prepaid"), false, 1);
        const QString token =
            OnlineOrders(*m_harness->database.pool).token(placed.number, QDateTime::currentDateTimeUtc()).value();
        QTest::qWait(1100);
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("order_expired"));
        // The QR lives as long as the pickup window.
        const ApiReply byToken =
            m_harness->client.post(QStringLiteral("/v1/pickups"),
                                   QJsonObject{{QLatin1String("pickup"), uuid()}, {QLatin1String("token"), token}});
        QCOMPARE(byToken.status, 400);
        QCOMPARE(byToken.errorCode(), QStringLiteral("invalid_token"));
        QVERIFY(byToken.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("expired")));
        QCOMPARE(handoverRows(), 0);
    }

    void returns_acrossTwoStores_neverExceedWhatWasDelivered()
    {
        // A customer's order: store credit needs someone to hold it (tst_storecredit).
        const OnlineOrder placed = pickedUp(CustomerRepository(*m_harness->database.pool)
                                                .create({QStringLiteral("Kim"), {}, {}, QStringLiteral("basic")})
                                                .value()
                                                .id);
        ApiClient busan(m_harness->base());
        busan.setCredential(m_harness->enroll(m_busan));
        const QJsonObject first = giveBack(placed.number, lines({{1, 1}, {2, 1}}), QStringLiteral("store_credit"));
        const ApiReply inBusan = busan.post(QStringLiteral("/v1/returns"), first);
        QCOMPARE(inBusan.status, 200);
        const QJsonObject refund = inBusan.json.value(QLatin1String("refund")).toObject();
        QCOMPARE(refund.value(QLatin1String("amount")).toInteger(), 15000 + 9900);
        QCOMPARE(refund.value(QLatin1String("method")).toString(), QStringLiteral("store_credit"));
        QCOMPARE(inBusan.json.value(QLatin1String("store")).toString(), m_busan);
        QCOMPARE(busan.post(QStringLiteral("/v1/returns"), first).json, inBusan.json);

        const ApiReply tooMany =
            m_harness->client.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{1, 2}})));
        QCOMPARE(tooMany.status, 409);
        QCOMPARE(tooMany.errorCode(), QStringLiteral("return_exceeds_delivered"));
        const ApiReply capAgain =
            m_harness->client.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{2, 1}})));
        QCOMPARE(capAgain.errorCode(), QStringLiteral("return_exceeds_delivered"));
        const ApiReply last =
            m_harness->client.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{1, 1}})));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json.value(QLatin1String("lines"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("returnable"))
                     .toInt(),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT SUM(returned_quantity) FROM online_order_lines")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_returns")), 2);
        QCOMPARE(count(QStringLiteral("SELECT SUM(amount_minor) FROM order_refunds WHERE reason = 'return' AND "
                                      "method = 'original_payment'")),
                 15000);
        QJsonObject reused = first;
        reused.insert(QLatin1String("lines"), lines({{1, 1}}));
        QCOMPARE(busan.post(QStringLiteral("/v1/returns"), reused).errorCode(), QStringLiteral("duplicate_request"));
    }

    void shippedOrder_isDeliveredWholeAndComesBackAtAnyStore()
    {
        OnlineOrders orders(*m_harness->database.pool);
        const OnlineOrder placed = orders
                                       .create({{},
                                                QStringLiteral("KRW"),
                                                QStringLiteral("prepaid"),
                                                QStringLiteral("ship"),
                                                {},
                                                false,
                                                {{0, QStringLiteral("A100"), {}, QStringLiteral("Shirt"), 2, 15000}}})
                                       .value();
        const ApiReply early =
            m_harness->client.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{1, 1}})));
        QCOMPARE(early.errorCode(), QStringLiteral("return_exceeds_delivered"));
        QVERIFY(!orders.markReady(placed.number, QDateTime::currentDateTimeUtc().addDays(1)).ok());
        const OnlineOrder shipped = orders.markShipped(placed.number).value();
        QCOMPARE(shipped.state, QStringLiteral("shipped"));
        QCOMPARE(shipped.lines.first().delivered, 2);
        QCOMPARE(orders.markShipped(placed.number).error().code, QStringLiteral("order_state"));

        const ApiReply notAPickup = m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(placed.number));
        QCOMPARE(notAPickup.errorCode(), QStringLiteral("not_a_pickup"));
        ApiClient busan(m_harness->base());
        busan.setCredential(m_harness->enroll(m_busan));
        QCOMPARE(busan.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{1, 2}}))).status, 200);
        QCOMPARE(busan.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{1, 1}}))).status, 409);
    }

    void cancel_refundsPrepaidOrderAndEndsItsPickup()
    {
        const OnlineOrder expired = order(m_seoul, QStringLiteral("prepaid"), false, 1);
        const OnlineOrder payInStore = order(m_seoul, QStringLiteral("in_store"));
        QTest::qWait(1100);
        OnlineOrders orders(*m_harness->database.pool);
        QCOMPARE(orders.cancel(expired.number).value().state, QStringLiteral("cancelled"));
        QCOMPARE(orders.cancel(payInStore.id).value().state, QStringLiteral("cancelled"));
        QCOMPARE(count(QStringLiteral("SELECT SUM(amount_minor) FROM order_refunds WHERE reason = 'cancelled' AND "
                                      "method = 'original_payment'")),
                 2 * 15000 + 9900);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_refunds")), 1);
        QCOMPARE(orders.cancel(expired.number).error().code, QStringLiteral("order_state"));
        const ApiReply picked =
            m_harness->client.post(QStringLiteral("/v1/pickups"), pickup(payInStore.number, {}, uuid()));
        QCOMPARE(picked.errorCode(), QStringLiteral("order_not_ready"));
        QVERIFY(m_harness->client.get(QStringLiteral("/v1/pickups"))
                    .json.value(QLatin1String("orders"))
                    .toArray()
                    .isEmpty());
    }

    void returnedCounter_isHeldByTheDatabase()
    {
        const OnlineOrder placed = pickedUp();
        // Past the code: the CHECK itself refuses more returned than delivered.
        QSqlQuery query(m_harness->database.pool->connection().value());
        QVERIFY(!query.exec(QStringLiteral("UPDATE online_order_lines SET returned_quantity = 3 WHERE order_id = '%1' "
                                           "AND line_no = 1")
                                .arg(placed.id)));
        QCOMPARE(count(QStringLiteral("SELECT SUM(returned_quantity) FROM online_order_lines")), 0);
    }

    void shipOrdersAndReceiptMails_refuseWhatTheyCannotTakeAndWriteNothing()
    {
        const QString customer =
            CustomerRepository(*m_harness->database.pool)
                .create({QStringLiteral("Jun"), QStringLiteral("01099990000"), {}, QStringLiteral("basic")})
                .value()
                .id;
        const auto refusedWith = [&](const QString &path, const QJsonObject &body, int status, const QString &code) {
            const ApiReply reply = m_harness->client.post(path, QJsonDocument(body).toJson());
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.errorCode(), code);
        };
        const QJsonObject ship{
            {QLatin1String("sale"), uuid()},
            {QLatin1String("line"), 1},
            {QLatin1String("customer"), customer},
            {QLatin1String("address"), QStringLiteral("Busan, Haeundae-ro 1")},
            {QLatin1String("currency"), QStringLiteral("KRW")},
            {QLatin1String("lines"), QJsonArray{QJsonObject{{QLatin1String("sku"), QStringLiteral("A100")},
                                                            {QLatin1String("name"), QStringLiteral("Shirt")},
                                                            {QLatin1String("quantity"), 1},
                                                            {QLatin1String("unitPrice"), 15000}}}}};
        const QString shipOrders = QStringLiteral("/v1/ship-orders");
        QJsonObject noAddress = ship;
        noAddress.insert(QLatin1String("address"), QStringLiteral("  "));
        refusedWith(shipOrders, noAddress, 400, QStringLiteral("invalid_field"));
        QJsonObject noSale = ship;
        noSale.insert(QLatin1String("sale"), QStringLiteral("receipt 12"));
        refusedWith(shipOrders, noSale, 400, QStringLiteral("invalid_field"));
        QJsonObject lineZero = ship;
        lineZero.insert(QLatin1String("line"), 0);
        refusedWith(shipOrders, lineZero, 400, QStringLiteral("invalid_field"));
        QJsonObject stranger = ship;
        stranger.insert(QLatin1String("customer"), QStringLiteral("nobody"));
        refusedWith(shipOrders, stranger, 404, QStringLiteral("unknown_customer"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM online_orders")), 0);
        const ApiReply made = m_harness->client.post(shipOrders, QJsonDocument(ship).toJson());
        QCOMPARE(made.status, 200);
        QCOMPARE(made.json.value(QLatin1String("fulfilment")).toString(), QStringLiteral("ship"));
        QCOMPARE(made.json.value(QLatin1String("deliveryAddress")).toString(), QStringLiteral("Busan, Haeundae-ro 1"));

        const QString mails = QStringLiteral("/v1/receipt-mails");
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, '\0');
        const QJsonObject mail{{QLatin1String("mail"), uuid()},
                               {QLatin1String("sale"), uuid()},
                               {QLatin1String("customer"), customer},
                               {QLatin1String("png"), QString::fromLatin1(png.toBase64())}};
        refusedWith(mails, mail, 409, QStringLiteral("no_mail_address")); // none typed, none on file
        QJsonObject injected = mail;
        injected.insert(QLatin1String("to"), QStringLiteral("a@example.kr\r\nBcc: all@example.kr"));
        refusedWith(mails, injected, 400, QStringLiteral("invalid_field"));
        QJsonObject notPng = mail;
        notPng.insert(QLatin1String("png"), QString::fromLatin1(QByteArray("GIF89a").toBase64()));
        refusedWith(mails, notPng, 400, QStringLiteral("invalid_field"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail")), 0);
        QVERIFY(CustomerRepository(*m_harness->database.pool)
                    .setContact(customer, QStringLiteral("jun@example.kr"), {})
                    .ok());
        QCOMPARE(m_harness->client.post(mails, QJsonDocument(mail).toJson()).status, 200);
        QCOMPARE(m_harness->client.post(mails, QJsonDocument(mail).toJson()).status, 200); // a resend
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = 'jun@example.kr'")), 1);
    }

    void badInput_answers4xxWithJsonAndWritesNothing()
    {
        const OnlineOrder placed = order(m_seoul);
        const auto refusedWith = [&](const QString &path, const QByteArray &body, int status, const QString &code) {
            const ApiReply reply = m_harness->client.post(path, body);
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.errorCode(), code);
        };
        const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
        const QString pickups = QStringLiteral("/v1/pickups");
        const QString returns = QStringLiteral("/v1/returns");
        refusedWith(pickups, "{", 400, QStringLiteral("malformed_json"));
        refusedWith(pickups, "[]", 400, QStringLiteral("invalid_body"));
        refusedWith(pickups, json({{QLatin1String("pickup"), 5}, {QLatin1String("order"), placed.number}}), 400,
                    QStringLiteral("invalid_field"));
        refusedWith(pickups, json({{QLatin1String("pickup"), uuid()}}), 400, QStringLiteral("invalid_body"));
        refusedWith(pickups, json({{QLatin1String("pickup"), uuid()}, {QLatin1String("order"), 7}}), 400,
                    QStringLiteral("invalid_field"));
        refusedWith(pickups, json(pickup(placed.number, lines({{1, -1}}))), 400, QStringLiteral("invalid_field"));
        refusedWith(pickups, json(pickup(placed.number, lines({{1, 1}, {1, 1}}))), 400,
                    QStringLiteral("invalid_field"));
        refusedWith(pickups, json(pickup(placed.number, lines({{1, 3}}))), 400, QStringLiteral("invalid_quantity"));
        refusedWith(pickups, json(pickup(placed.number, lines({{9, 1}}))), 400, QStringLiteral("unknown_line"));
        refusedWith(pickups, json(pickup(QStringLiteral("OL-NONE-NONE"))), 404, QStringLiteral("unknown_order"));
        refusedWith(pickups, QByteArray(CentralServer::maximumBodySize + 1, ' '), 413,
                    QStringLiteral("body_too_large"));

        refusedWith(returns, "{", 400, QStringLiteral("malformed_json"));
        refusedWith(returns, json(giveBack(placed.number, {})), 400, QStringLiteral("invalid_field"));
        refusedWith(returns, json(giveBack(placed.number, lines({{1, 0}}))), 400, QStringLiteral("invalid_field"));
        refusedWith(returns, json(giveBack(placed.number, lines({{1, 1}}), QStringLiteral("gift_card"))), 400,
                    QStringLiteral("invalid_field"));
        QJsonObject noUuid = giveBack(placed.number, lines({{1, 1}}));
        noUuid.insert(QLatin1String("return"), QStringLiteral("not-a-uuid"));
        refusedWith(returns, json(noUuid), 400, QStringLiteral("invalid_field"));
        refusedWith(returns, json(giveBack(placed.number, lines({{3, 1}}))), 400, QStringLiteral("unknown_line"));
        refusedWith(returns, json(giveBack(QStringLiteral("nope"), lines({{1, 1}}))), 404,
                    QStringLiteral("unknown_order"));
        // Not picked up yet: nothing was delivered.
        refusedWith(returns, json(giveBack(placed.number, lines({{1, 1}}))), 409,
                    QStringLiteral("return_exceeds_delivered"));
        QCOMPARE(handoverRows(), 0);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/orders/") + placed.number)
                     .json.value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("ready_for_pickup"));
    }

    void unknownOrRevokedTerminal_gets401()
    {
        const OnlineOrder placed = order(m_seoul);
        ApiClient anonymous(m_harness->base());
        const QString credential = m_harness->enroll(m_seoul);
        ApiClient revoked(m_harness->base());
        revoked.setCredential(credential);
        QVERIFY(TerminalRegistry(*m_harness->database.pool).revoke(credential.section(u'.', 0, 0)).ok());
        for (ApiClient *client : {&anonymous, &revoked}) {
            QCOMPARE(client->get(QStringLiteral("/v1/pickups")).status, 401);
            QCOMPARE(client->get(QStringLiteral("/v1/orders/") + placed.number).status, 401);
            const ApiReply picked = client->post(QStringLiteral("/v1/pickups"), pickup(placed.number));
            QCOMPARE(picked.status, 401);
            QCOMPARE(picked.errorCode(), QStringLiteral("unauthorized"));
            QCOMPARE(client->post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{1, 1}}))).status, 401);
        }
        QCOMPARE(handoverRows(), 0);
    }

    void fiftyTillsRacing_forTheLastReturnableUnit_exactlyOneSucceeds()
    {
        const OnlineOrder placed = pickedUp();
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/returns"), giveBack(placed.number, lines({{1, 1}}))).status,
                 200);
        SecondInstance other(m_harness->database.settings());
        constexpr int clients = 50;
        const QList<int> statuses = postConcurrently({m_harness->port, other.port}, QStringLiteral("/v1/returns"),
                                                     m_harness->enroll(m_busan), clients, [&](int) {
                                                         return giveBack(placed.number, lines({{1, 1}}));
                                                     });
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(409), clients - 1);
        QCOMPARE(count(QStringLiteral("SELECT returned_quantity FROM online_order_lines WHERE line_no = 1")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_returns")), 2);
    }
};

QTEST_GUILESS_MAIN(TestOnlineOrders)
#include "tst_onlineorders.moc"
