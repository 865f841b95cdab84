#include "OnlineOrders.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "Currency.h"
#include "CustomerRepository.h"
#include "RandomCode.h"
#include "ShipOrderNumber.h"
#include "SigningKeyStore.h"
#include "StoreCredit.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

namespace omnitill::central {

namespace {

// The order's columns and its lines', one row per line: one statement reads an order whole.
const QString selectOrders = QStringLiteral(
    "SELECT o.order_id, o.number, o.customer_id, o.currency, o.payment, o.fulfilment, o.store_id, o.reserve_to_try, "
    "o.state, o.placed_at, o.ready_at, o.pickup_until, l.line_no, l.sku, l.gtin, l.name, l.quantity, "
    "l.unit_price_minor, l.delivered_quantity, l.returned_quantity, o.delivery_address "
    "FROM online_orders o JOIN online_order_lines l ON l.order_id = o.order_id ");
const QString byReference = QStringLiteral("WHERE o.order_id = ? OR o.number = ? ORDER BY l.line_no");

QString time(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Consecutive rows of one order make one OnlineOrder.
QList<OnlineOrder> ordersFrom(QSqlQuery &rows)
{
    QList<OnlineOrder> orders;
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        if (orders.isEmpty() || orders.last().id != id) {
            orders.append({id,
                           rows.value(1).toString(),
                           rows.value(2).toString(),
                           rows.value(3).toString(),
                           rows.value(4).toString(),
                           rows.value(5).toString(),
                           rows.value(6).toString(),
                           rows.value(7).toBool(),
                           rows.value(8).toString(),
                           rows.value(9).toDateTime(),
                           rows.value(10).toDateTime(),
                           rows.value(11).toDateTime(),
                           {},
                           rows.value(20).toString()});
        }
        orders.last().lines.append({rows.value(12).toInt(), rows.value(13).toString(), rows.value(14).toString(),
                                    rows.value(15).toString(), rows.value(16).toLongLong(), rows.value(17).toLongLong(),
                                    rows.value(18).toLongLong(), rows.value(19).toLongLong()});
    }
    return orders;
}

Outcome<OnlineOrder> theOrder(Outcome<QSqlQuery> query, const QString &reference)
{
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    const QList<OnlineOrder> orders = ordersFrom(rows);
    if (orders.isEmpty()) {
        return ApiError::notFound(QStringLiteral("unknown_order"),
                                  QCoreApplication::translate("OnlineOrders", "There is no order %1").arg(reference));
    }
    return orders.first();
}

std::optional<ApiError> invalidOrder(const NewOnlineOrder &order)
{
    const auto invalid = [](const QString &message) {
        return ApiError::badRequest(QStringLiteral("invalid_field"), message);
    };
    const auto tr = [](const char *text) { return QCoreApplication::translate("OnlineOrders", text); };
    if (!Currency::fromCode(order.currency))
        return invalid(tr("\"%1\" is not a known currency").arg(order.currency));
    if (order.payment != QLatin1String("prepaid") && order.payment != QLatin1String("in_store"))
        return invalid(tr("An order is paid prepaid or in_store, not \"%1\"").arg(order.payment));
    if (order.fulfilment != QLatin1String("ship") && order.fulfilment != QLatin1String("pickup"))
        return invalid(tr("An order is shipped (ship) or picked up (pickup), not \"%1\"").arg(order.fulfilment));
    if ((order.fulfilment == QLatin1String("pickup")) == order.storeId.isEmpty())
        return invalid(tr("A pickup order names its store, and only a pickup order does"));
    if (order.reserveToTry &&
        (order.fulfilment != QLatin1String("pickup") || order.payment != QLatin1String("in_store")))
        return invalid(tr("A reserve-to-try order is picked up and paid in store"));
    if (order.lines.isEmpty() || order.lines.size() > OnlineOrders::maximumLines)
        return invalid(tr("An order has from 1 to %1 lines").arg(OnlineOrders::maximumLines));
    for (const OrderLine &line : order.lines) {
        if (line.sku.isEmpty() || line.name.isEmpty())
            return invalid(tr("Every line has a SKU and a name"));
        if (line.quantity <= 0 || line.quantity > OnlineOrders::maximumQuantity)
            return invalid(tr("A line's quantity is from 1 to %1").arg(OnlineOrders::maximumQuantity));
        if (line.unitPriceMinor < 0)
            return invalid(tr("A unit price is not negative"));
    }
    return std::nullopt;
}

} // namespace

QJsonObject OrderLine::toJson() const
{
    QJsonObject json{{QLatin1String("line"), lineNo},
                     {QLatin1String("sku"), sku},
                     {QLatin1String("name"), name},
                     {QLatin1String("quantity"), quantity},
                     {QLatin1String("unitPrice"), unitPriceMinor},
                     {QLatin1String("delivered"), delivered},
                     {QLatin1String("returned"), returned}};
    if (!gtin.isEmpty())
        json.insert(QLatin1String("gtin"), gtin);
    return json;
}

QString OnlineOrder::stateAt(const QDateTime &now) const
{
    if (state == QLatin1String("ready_for_pickup") && pickupUntil <= now)
        return QStringLiteral("expired");
    return state;
}

QString OnlineOrder::linesDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const OrderLine &line : lines)
        hash.addData(QStringLiteral("%1|%2|%3|%4\n")
                         .arg(line.lineNo)
                         .arg(line.sku)
                         .arg(line.quantity)
                         .arg(line.unitPriceMinor)
                         .toUtf8());
    return QString::fromLatin1(hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject OnlineOrder::toJson(const QDateTime &now) const
{
    QJsonArray lineArray;
    for (const OrderLine &line : lines)
        lineArray.append(line.toJson());
    QJsonObject json{{QLatin1String("id"), id},
                     {QLatin1String("number"), number},
                     {QLatin1String("currency"), currency},
                     {QLatin1String("payment"), payment},
                     {QLatin1String("fulfilment"), fulfilment},
                     {QLatin1String("reserveToTry"), reserveToTry},
                     {QLatin1String("state"), stateAt(now)},
                     {QLatin1String("placedAt"), time(placedAt)},
                     {QLatin1String("lines"), lineArray}};
    if (!customerId.isEmpty())
        json.insert(QLatin1String("customer"), customerId);
    if (!storeId.isEmpty())
        json.insert(QLatin1String("store"), storeId);
    if (pickupUntil.isValid())
        json.insert(QLatin1String("pickupUntil"), time(pickupUntil));
    if (!deliveryAddress.isEmpty())
        json.insert(QLatin1String("deliveryAddress"), deliveryAddress);
    return json;
}

OnlineOrders::OnlineOrders(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<OnlineOrder> OnlineOrders::create(const NewOnlineOrder &order, const std::optional<TillShipment> &shipment)
{
    if (auto invalid = invalidOrder(order))
        return *invalid;
    if (shipment && (QUuid::fromString(shipment->saleId).isNull() || shipment->saleLine < 1 ||
                     order.fulfilment != QLatin1String("ship"))) {
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    tr("A till's shipment names its sale by UUID and a line above zero"));
    }
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    if (!order.customerId.isEmpty()) {
        if (auto known = CustomerRepository::mustExist(transaction, order.customerId); !known)
            return known.error();
    }
    if (shipment) {
        auto made =
            transaction.run(QStringLiteral("SELECT order_id FROM online_orders WHERE sale_id = ? AND sale_line = ?"),
                            {shipment->saleId, shipment->saleLine});
        if (!made)
            return made.error();
        QSqlQuery existing = std::move(made).value();
        if (existing.next())
            return find(existing.value(0).toString());
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString number = shipment ? shipOrderNumber(QUuid::fromString(shipment->saleId), shipment->saleLine)
                                    : QStringLiteral("OL-") + readableRandomCode(2);
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO online_orders (order_id, number, customer_id, currency, payment, fulfilment, "
                       "store_id, reserve_to_try, state, placed_at, delivery_address, sale_id, sale_line) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'placed', ?, ?, ?, ?)"),
        {id, number, nullable(order.customerId), order.currency, order.payment, order.fulfilment,
         nullable(order.storeId), order.reserveToTry, sqlTime(QDateTime::currentDateTimeUtc()),
         shipment ? QVariant(shipment->deliveryAddress) : QVariant(QMetaType::fromType<QString>()),
         shipment ? QVariant(shipment->saleId) : QVariant(QMetaType::fromType<QString>()),
         shipment ? QVariant(shipment->saleLine) : QVariant(QMetaType::fromType<int>())});
    if (!inserted)
        return inserted.error();
    auto insertLine = transaction.prepare(
        QStringLiteral("INSERT INTO online_order_lines (order_id, line_no, sku, gtin, name, quantity, "
                       "unit_price_minor) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insertLine)
        return insertLine.error();
    QSqlQuery insert = std::move(insertLine).value();
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines[i];
        if (auto added = Transaction::execute(
                insert, {id, int(i + 1), line.sku, line.gtin, line.name, line.quantity, line.unitPriceMinor});
            !added) {
            return added.error();
        }
    }
    if (auto audited =
            AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("order.placed"), id, number);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(id);
}

Outcome<OnlineOrder> OnlineOrders::find(const QString &reference)
{
    return theOrder(runQuery(m_pool, selectOrders + byReference, {reference, reference.toUpper()}), reference);
}

Outcome<LockedOrder> OnlineOrders::lock(ConnectionPool &pool, const QString &reference)
{
    auto begun = Transaction::begin(pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QString forUpdate = transaction.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    auto order =
        theOrder(transaction.run(selectOrders + byReference + forUpdate, {reference, reference.toUpper()}), reference);
    if (!order)
        return order.error();
    return LockedOrder{std::move(transaction), std::move(order).value()};
}

Outcome<QList<OnlineOrder>> OnlineOrders::readyAt(const QString &storeId, const QDateTime &now)
{
    auto query =
        runQuery(m_pool,
                 selectOrders + QStringLiteral("WHERE o.store_id = ? AND o.state = 'ready_for_pickup' AND "
                                               "o.pickup_until > ? ORDER BY o.ready_at, o.order_id, l.line_no"),
                 {storeId, sqlTime(now)});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    return ordersFrom(rows);
}

Outcome<OnlineOrder> OnlineOrders::operate(const QString &reference, const char *action, const Step &step)
{
    auto locked = lock(m_pool, reference);
    if (!locked)
        return locked.error();
    auto [transaction, order] = std::move(locked).value();
    auto detail = step(transaction, order);
    if (!detail)
        return detail.error();
    if (auto audited = AuditLog::record(transaction, QStringLiteral("admin"), QLatin1String(action), order.id, *detail);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return find(order.id);
}

Outcome<void> OnlineOrders::changeState(const Transaction &transaction, const OnlineOrder &order, const QString &sql,
                                        const QVariantList &values, const QString &refusal)
{
    auto changed = transaction.run(sql, values);
    if (!changed)
        return changed.error();
    if (changed->numRowsAffected() != 1)
        return ApiError::conflict(QStringLiteral("order_state"), refusal.arg(order.number, order.state));
    return {};
}

Outcome<QList<OnlineOrder>> OnlineOrders::ofCustomer(const QString &customerId)
{
    auto query = runQuery(m_pool,
                          selectOrders + QStringLiteral("WHERE o.customer_id = ? ORDER BY o.placed_at DESC, "
                                                        "o.order_id, l.line_no"),
                          {customerId});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    return ordersFrom(rows);
}

Outcome<OnlineOrder> OnlineOrders::markReady(const QString &reference, const QDateTime &pickupUntil)
{
    return operate(reference, "order.ready", [&](const Transaction &transaction, const OnlineOrder &order) {
        if (order.fulfilment != QLatin1String("pickup"))
            return Outcome<QString>(ApiError::conflict(QStringLiteral("not_a_pickup"),
                                                       tr("Order %1 is shipped, not picked up").arg(order.number)));
        auto readied = changeState(transaction, order,
                                   QStringLiteral("UPDATE online_orders SET state = 'ready_for_pickup', ready_at = ?, "
                                                  "pickup_until = ? WHERE order_id = ? AND state = 'placed'"),
                                   {sqlTime(QDateTime::currentDateTimeUtc()), sqlTime(pickupUntil), order.id},
                                   tr("Order %1 is %2, not waiting to be made ready"));
        return readied ? Outcome<QString>(time(pickupUntil)) : Outcome<QString>(readied.error());
    });
}

Outcome<OnlineOrder> OnlineOrders::markShipped(const QString &reference)
{
    return operate(reference, "order.shipped", [&](const Transaction &transaction, const OnlineOrder &order) {
        if (order.fulfilment != QLatin1String("ship"))
            return Outcome<QString>(
                ApiError::conflict(QStringLiteral("not_shipped"),
                                   tr("Order %1 is picked up at store %2").arg(order.number, order.storeId)));
        auto shipped = changeState(
            transaction, order,
            QStringLiteral("UPDATE online_orders SET state = 'shipped' WHERE order_id = ? AND state = 'placed'"),
            {order.id}, tr("Order %1 is %2, not waiting to be shipped"));
        if (!shipped)
            return Outcome<QString>(shipped.error());
        auto delivered = transaction.run(
            QStringLiteral("UPDATE online_order_lines SET delivered_quantity = quantity WHERE order_id = ?"),
            {order.id});
        return delivered ? Outcome<QString>(QString()) : Outcome<QString>(delivered.error());
    });
}

Outcome<OnlineOrder> OnlineOrders::cancel(const QString &reference)
{
    return operate(reference, "order.cancelled", [&](const Transaction &transaction, const OnlineOrder &order) {
        auto cancelled = changeState(transaction, order,
                                     QStringLiteral("UPDATE online_orders SET state = 'cancelled' WHERE order_id = ? "
                                                    "AND state IN ('placed', 'ready_for_pickup')"),
                                     {order.id}, tr("Order %1 is %2 and can no longer be cancelled"));
        if (!cancelled)
            return Outcome<QString>(cancelled.error());
        qint64 total = 0; // what was not handed over yet: a part picked up earlier was the customer's
        for (const OrderLine &line : order.lines)
            total += (line.quantity - line.delivered) * line.unitPriceMinor;
        if (order.payment == QLatin1String("prepaid")) {
            auto refunded = recordRefund(transaction, order, "cancelled", order.id, QStringLiteral("original_payment"),
                                         total, sqlTime(QDateTime::currentDateTimeUtc()));
            if (!refunded)
                return Outcome<QString>(refunded.error());
        }
        return Outcome<QString>(order.stateAt(QDateTime::currentDateTimeUtc()));
    });
}

Outcome<void> OnlineOrders::recordRefund(const Transaction &transaction, const OnlineOrder &order, const char *reason,
                                         const QString &sourceId, const QString &method, qint64 amount,
                                         const QString &at)
{
    // Cash comes out of the drawer of the till that took the return and is counted in its shift: here the
    // return is recorded (in its request and answer), and no money is owed by the central store.
    if (amount == 0 || method == QLatin1String("cash"))
        return {};
    const bool storeCredit = method == QLatin1String("store_credit");
    // Store credit is a balance someone holds: a guest order has no one to hold it.
    if (storeCredit && order.customerId.isEmpty()) {
        return ApiError::conflict(QStringLiteral("store_credit_needs_customer"),
                                  tr("Order %1 has no customer to hold store credit; refund it to the original "
                                     "payment")
                                      .arg(order.number));
    }
    if (storeCredit) {
        if (auto credited = StoreCredit::credit(transaction, order.customerId, order.currency, amount, sourceId, at);
            !credited) {
            return credited.error();
        }
    }
    auto recorded = transaction.run(
        QStringLiteral("INSERT INTO order_refunds (order_id, reason, source_id, method, amount_minor, currency, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {order.id, QLatin1String(reason), sourceId, method, amount, order.currency, at});
    if (!recorded)
        return recorded.error();
    return {};
}

Outcome<QString> OnlineOrders::token(const QString &reference, const QDateTime &now)
{
    auto order = find(reference);
    if (!order)
        return order.error();
    const QDateTime issuedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const bool waiting = order->stateAt(now) == QLatin1String("ready_for_pickup");
    return SigningKeyStore(m_pool).orderToken({{},
                                               order->id,
                                               order->number,
                                               order->storeId,
                                               order->linesDigest(),
                                               issuedAt,
                                               waiting ? order->pickupUntil : issuedAt.addDays(returnWindowDays)});
}

} // namespace omnitill::central
