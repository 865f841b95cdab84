#include "OrderHandovers.h"

#include "AuditLog.h"
#include "OnlineOrders.h"
#include "TerminalRegistry.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill::central {

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject quantitiesJson(const QMap<int, qint64> &quantities)
{
    QJsonObject json;
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it)
        json.insert(QString::number(it.key()), it.value());
    return json;
}

// What a handover UUID was used for before, if it was: its stored answer when the request is the same, a
// conflict when it is not. table and key are this file's constants, never input.
Outcome<std::optional<QJsonObject>> earlierAnswer(const Transaction &transaction, const char *table, const char *key,
                                                  const QString &id, const QString &request)
{
    auto query = transaction.run(
        QStringLiteral("SELECT request, result FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(key)),
        {id});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return std::optional<QJsonObject>();
    if (row.value(0).toString() != request) {
        return ApiError::conflict(
            QStringLiteral("duplicate_request"),
            QCoreApplication::translate("OrderHandovers", "%1 was already used for another request").arg(id));
    }
    return std::optional(QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object());
}

// The requested quantities, each for a line of the order; 400 for a line the order does not have.
std::optional<ApiError> unknownLine(const OnlineOrder &order, const QMap<int, qint64> &quantities)
{
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
        if (it.key() < 1 || it.key() > order.lines.size()) {
            return ApiError::badRequest(QStringLiteral("unknown_line"),
                                        QCoreApplication::translate("OrderHandovers", "Order %1 has no line %2")
                                            .arg(order.number)
                                            .arg(it.key()));
        }
    }
    return std::nullopt;
}

// The handover's audit entry, then the commit: the last steps of both handovers.
Outcome<void> auditAndCommit(Transaction &transaction, const AuthenticatedTerminal &terminal, const char *action,
                             const OnlineOrder &order, const QString &requestId)
{
    if (auto audited = AuditLog::record(transaction, AuditLog::terminalActor(terminal.terminalId),
                                        QLatin1String(action), order.id, requestId);
        !audited) {
        return audited.error();
    }
    return transaction.commit();
}

} // namespace

OrderHandovers::OrderHandovers(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<QJsonObject> OrderHandovers::pickUp(const PickupRequest &request, const AuthenticatedTerminal &terminal)
{
    auto locked = OnlineOrders::lock(m_pool, request.order);
    if (!locked)
        return locked.error();
    auto [transaction, order] = std::move(locked).value();
    // Quantities are of what is still open on each line: an earlier pickup may have taken some.
    QMap<int, qint64> picked;
    for (const OrderLine &line : order.lines)
        picked.insert(line.lineNo,
                      request.quantities ? request.quantities->value(line.lineNo) : line.quantity - line.delivered);
    if (request.quantities) {
        if (auto unknown = unknownLine(order, *request.quantities))
            return *unknown;
    }
    const bool leaveOpen = request.leaveOpen && !order.reserveToTry;
    const QString canonical =
        compact({{QLatin1String("order"), order.id},
                 // Without lines: all that is open, whatever that is when a resend comes.
                 {QLatin1String("lines"),
                  request.quantities ? QJsonValue(quantitiesJson(picked)) : QJsonValue(QStringLiteral("open"))},
                 {QLatin1String("sale"), request.saleId},
                 {QLatin1String("leaveOpen"), leaveOpen}});
    auto earlier = earlierAnswer(transaction, "order_pickups", "pickup_id", request.pickupId, canonical);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return **earlier;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (order.fulfilment != QLatin1String("pickup"))
        return ApiError::conflict(QStringLiteral("not_a_pickup"),
                                  tr("Order %1 is shipped, not picked up").arg(order.number));
    if (order.storeId != terminal.storeId) {
        return ApiError::conflict(QStringLiteral("other_store"),
                                  tr("Order %1 is picked up at store %2").arg(order.number, order.storeId));
    }
    if (!request.expectedDigest.isEmpty() && request.expectedDigest != order.linesDigest()) {
        return ApiError::conflict(QStringLiteral("order_changed"),
                                  tr("The code shows other lines than order %1 has now").arg(order.number));
    }
    if (order.stateAt(now) == QLatin1String("expired"))
        return ApiError::conflict(QStringLiteral("order_expired"),
                                  tr("Order %1 was not picked up in time").arg(order.number));
    if (order.state != QLatin1String("ready_for_pickup")) {
        return ApiError::conflict(QStringLiteral("order_not_ready"),
                                  tr("Order %1 is %2, not ready for pickup").arg(order.number, order.state));
    }
    QJsonArray lines;
    qint64 kept = 0, left = 0, unitsLeft = 0;
    for (const OrderLine &line : order.lines) {
        const qint64 quantity = picked.value(line.lineNo);
        const qint64 open = line.quantity - line.delivered;
        if (quantity < 0 || quantity > open) {
            return ApiError::badRequest(
                QStringLiteral("invalid_quantity"),
                tr("Line %1 has %2 to pick up, not %3").arg(line.lineNo).arg(open).arg(quantity));
        }
        kept += quantity * line.unitPriceMinor;
        left += (open - quantity) * line.unitPriceMinor;
        unitsLeft += open - quantity;
        lines.append(QJsonObject{{QLatin1String("line"), line.lineNo},
                                 {QLatin1String("picked"), quantity},
                                 {QLatin1String("unpicked"), open - quantity}});
    }
    const bool staysOpen = leaveOpen && unitsLeft > 0;
    const bool paidHere = order.payment == QLatin1String("in_store");
    if (paidHere && kept > 0 && request.saleId.isEmpty()) {
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    tr("Order %1 is paid in store: name the sale that paid it").arg(order.number));
    }
    auto deliver = transaction.prepare(QStringLiteral("UPDATE online_order_lines SET delivered_quantity = "
                                                      "delivered_quantity + ? WHERE order_id = ? AND line_no = ?"));
    if (!deliver)
        return deliver.error();
    QSqlQuery deliverLine = std::move(deliver).value();
    for (auto it = picked.cbegin(); it != picked.cend(); ++it) {
        if (auto delivered = Transaction::execute(deliverLine, {it.value(), order.id, it.key()}); !delivered)
            return delivered.error();
    }
    auto closed = transaction.run(
        QStringLiteral("UPDATE online_orders SET state = ? WHERE order_id = ? AND "
                       "state = 'ready_for_pickup' AND pickup_until > ?"),
        {staysOpen ? QStringLiteral("ready_for_pickup") : QStringLiteral("picked_up"), order.id, sqlTime(now)});
    if (!closed)
        return closed.error();
    if (closed->numRowsAffected() != 1)
        return ApiError::conflict(QStringLiteral("order_not_ready"),
                                  tr("Order %1 is no longer ready").arg(order.number));

    QJsonObject result{{QLatin1String("pickup"), request.pickupId},
                       {QLatin1String("order"), order.id},
                       {QLatin1String("number"), order.number},
                       {QLatin1String("store"), terminal.storeId},
                       {QLatin1String("terminal"), terminal.terminalId},
                       {QLatin1String("lines"), lines},
                       {QLatin1String("currency"), order.currency},
                       {QLatin1String("kept"), kept},
                       {QLatin1String("refunded"), paidHere || staysOpen ? 0 : left},
                       {QLatin1String("open"), staysOpen}};
    if (!request.saleId.isEmpty())
        result.insert(QLatin1String("sale"), request.saleId);
    const QString at = sqlTime(now);
    auto recorded = transaction.run(
        QStringLiteral("INSERT INTO order_pickups (pickup_id, order_id, terminal_id, store_id, sale_id, request, "
                       "result, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {request.pickupId, order.id, terminal.terminalId, terminal.storeId,
         request.saleId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(request.saleId), canonical,
         compact(result), at});
    if (!recorded)
        return recorded.error();
    if (!paidHere && !staysOpen) {
        if (auto refunded = OnlineOrders::recordRefund(transaction, order, "not_picked_up", request.pickupId,
                                                       QStringLiteral("original_payment"), left, at);
            !refunded) {
            return refunded.error();
        }
    }
    if (auto done = auditAndCommit(transaction, terminal, "order.picked_up", order, request.pickupId); !done)
        return done.error();
    return result;
}

Outcome<QJsonObject> OrderHandovers::takeBack(const ReturnRequest &request, const AuthenticatedTerminal &terminal)
{
    auto locked = OnlineOrders::lock(m_pool, request.order);
    if (!locked)
        return locked.error();
    auto [transaction, order] = std::move(locked).value();
    if (auto unknown = unknownLine(order, request.quantities))
        return *unknown;
    const QString canonical = compact({{QLatin1String("order"), order.id},
                                       {QLatin1String("lines"), quantitiesJson(request.quantities)},
                                       {QLatin1String("refund"), request.refundMethod}});
    auto earlier = earlierAnswer(transaction, "order_returns", "return_id", request.returnId, canonical);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return **earlier;

    const QString at = sqlTime(QDateTime::currentDateTimeUtc());
    auto recorded = transaction.run(QStringLiteral("INSERT INTO order_returns (return_id, order_id, terminal_id, "
                                                   "store_id, request, result, at) VALUES (?, ?, ?, ?, ?, '', ?)"),
                                    {request.returnId, order.id, terminal.terminalId, terminal.storeId, canonical, at});
    if (!recorded)
        return recorded.error();
    auto takeBackPrepared = transaction.prepare(QStringLiteral(
        "UPDATE online_order_lines SET returned_quantity = returned_quantity + ? WHERE order_id = ? AND line_no = ? "
        "AND returned_quantity + ? <= delivered_quantity"));
    auto recordPrepared = transaction.prepare(
        QStringLiteral("INSERT INTO order_return_lines (return_id, order_id, line_no, quantity) VALUES (?, ?, ?, ?)"));
    if (!takeBackPrepared || !recordPrepared)
        return takeBackPrepared ? recordPrepared.error() : takeBackPrepared.error();
    QSqlQuery takeBackLine = std::move(takeBackPrepared).value();
    QSqlQuery recordLine = std::move(recordPrepared).value();
    QJsonArray lines;
    qint64 amount = 0;
    for (auto it = request.quantities.cbegin(); it != request.quantities.cend(); ++it) {
        const OrderLine &line = order.lines.at(it.key() - 1);
        if (auto taken = Transaction::execute(takeBackLine, {it.value(), order.id, line.lineNo, it.value()}); !taken)
            return taken.error();
        if (takeBackLine.numRowsAffected() != 1) {
            return ApiError::conflict(QStringLiteral("return_exceeds_delivered"),
                                      tr("Line %1 of order %2 can take back %3 more, not %4")
                                          .arg(line.lineNo)
                                          .arg(order.number)
                                          .arg(line.delivered - line.returned)
                                          .arg(it.value()));
        }
        if (auto kept = Transaction::execute(recordLine, {request.returnId, order.id, line.lineNo, it.value()}); !kept)
            return kept.error();
        amount += it.value() * line.unitPriceMinor;
        lines.append(QJsonObject{{QLatin1String("line"), line.lineNo},
                                 {QLatin1String("quantity"), it.value()},
                                 {QLatin1String("returnable"), line.delivered - line.returned - it.value()}});
    }
    const QJsonObject result{{QLatin1String("return"), request.returnId},
                             {QLatin1String("order"), order.id},
                             {QLatin1String("number"), order.number},
                             {QLatin1String("store"), terminal.storeId},
                             {QLatin1String("terminal"), terminal.terminalId},
                             {QLatin1String("lines"), lines},
                             {QLatin1String("refund"), QJsonObject{{QLatin1String("method"), request.refundMethod},
                                                                   {QLatin1String("amount"), amount},
                                                                   {QLatin1String("currency"), order.currency}}}};
    auto answered = transaction.run(QStringLiteral("UPDATE order_returns SET result = ? WHERE return_id = ?"),
                                    {compact(result), request.returnId});
    if (!answered)
        return answered.error();
    if (auto refunded = OnlineOrders::recordRefund(transaction, order, "return", request.returnId, request.refundMethod,
                                                   amount, at);
        !refunded) {
        return refunded.error();
    }
    if (auto done = auditAndCommit(transaction, terminal, "order.returned", order, request.returnId); !done)
        return done.error();
    return result;
}

} // namespace omnitill::central
