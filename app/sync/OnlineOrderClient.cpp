#include "OnlineOrderClient.h"

#include "CentralClient.h"
#include "SigningKeys.h"

#include <QJsonArray>
#include <QLocale>

namespace omnitill {

namespace {

QJsonArray linesJson(const QMap<int, qint64> &quantities)
{
    QJsonArray lines;
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it)
        lines.append(QJsonObject{{QLatin1String("line"), it.key()}, {QLatin1String("quantity"), it.value()}});
    return lines;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

OnlineOrderClient::OnlineOrderClient(CentralClient &client, const SigningKeys &keys, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
{
}

void OnlineOrderClient::find(const QString &scannedOrTyped, FoundOrder done)
{
    const QString text = scannedOrTyped.trimmed();
    if (text.startsWith(OrderToken::prefix)) {
        const auto claims = m_keys.verifier().verifyOrder(text, m_clock());
        if (!claims) {
            done(Error{claims.error()});
            return;
        }
        fetch(claims->orderId, text, std::move(done));
        return;
    }
    if (text.isEmpty() || text.size() > 64 || text.contains(QLatin1Char('/'))) {
        done(Error{tr("Scan the customer's order code, or type the order number")});
        return;
    }
    fetch(text, {}, std::move(done)); // an id, or a number in any case: the central store reads both
}

void OnlineOrderClient::fetch(const QString &reference, const QString &token, FoundOrder done)
{
    m_client.get(QStringLiteral("/v1/orders/") + reference, {},
                 [reference, token, done = std::move(done)](const CentralReply &reply) {
                     if (reply.status == 404) {
                         done(Error{tr("No online order has the number %1").arg(reference)});
                         return;
                     }
                     if (!reply.ok()) {
                         done(Error{reply.reached() ? reply.error : outOfReach(reference)});
                         return;
                     }
                     auto order = OrderSnapshot::fromJson(reply.json);
                     if (!order) {
                         done(Error{tr("The central store sent an order the till cannot read")});
                         return;
                     }
                     order->token = token;
                     done(*order);
                 });
}

void OnlineOrderClient::readyHere(FoundOrders done)
{
    m_client.get(QStringLiteral("/v1/pickups"), {}, [done = std::move(done)](const CentralReply &reply) {
        if (!reply.ok()) {
            done(Error{reply.error});
            return;
        }
        QList<OrderSnapshot> orders;
        for (const QJsonValue &value : reply.json.value(QLatin1String("orders")).toArray()) {
            if (auto order = OrderSnapshot::fromJson(value.toObject()))
                orders.append(*order);
        }
        done(orders);
    });
}

QJsonObject OnlineOrderClient::orderReference(const OrderSnapshot &order)
{
    if (!order.token.isEmpty())
        return {{QLatin1String("token"), order.token}};
    return {{QLatin1String("order"), order.id}};
}

void OnlineOrderClient::pickUp(const PickupDraft &draft, Answered done)
{
    if (auto refused = pickupRefusal(draft.order, {})) {
        done(Error{*refused});
        return;
    }
    QJsonObject body = orderReference(draft.order);
    body.insert(QLatin1String("pickup"), uuidText(draft.pickupId));
    body.insert(QLatin1String("lines"), linesJson(draft.quantities));
    body.insert(QLatin1String("leaveOpen"), draft.leaveOpen);
    if (!draft.saleId.isNull())
        body.insert(QLatin1String("sale"), uuidText(draft.saleId));
    post(QStringLiteral("/v1/pickups"), body, draft.order, std::move(done));
}

void OnlineOrderClient::takeBack(const ReturnDraft &draft, Answered done)
{
    QJsonObject body = orderReference(draft.order);
    body.insert(QLatin1String("return"), uuidText(draft.returnId));
    body.insert(QLatin1String("lines"), linesJson(draft.quantities));
    body.insert(QLatin1String("refund"), draft.refundMethod);
    post(QStringLiteral("/v1/returns"), body, draft.order, std::move(done));
}

void OnlineOrderClient::post(const QString &path, const QJsonObject &body, const OrderSnapshot &order, Answered done)
{
    m_client.post(path, body, [order, done = std::move(done)](const CentralReply &reply) {
        if (reply.ok())
            done(reply.json);
        else
            done(Error{refusal(reply, order)});
    });
}

std::optional<QString> OnlineOrderClient::pickupRefusal(const OrderSnapshot &order, const QString &storeId)
{
    const QString &state = order.state;
    if (order.fulfilment != QLatin1String("pickup"))
        return tr("Order %1 is delivered to the customer's address, not collected in store").arg(order.number);
    if (state == QLatin1String("picked_up"))
        return tr("Order %1 was already collected").arg(order.number);
    if (state == QLatin1String("cancelled"))
        return tr("Order %1 was cancelled").arg(order.number);
    if (state == QLatin1String("expired")) {
        return tr("Order %1 was not collected in time: its pickup window ended %2")
            .arg(order.number, QLocale().toString(order.pickupUntil.toLocalTime(), QLocale::ShortFormat));
    }
    if (state != QLatin1String("ready_for_pickup"))
        return tr("Order %1 is not ready for pickup yet").arg(order.number);
    if (!storeId.isEmpty() && order.storeId != storeId)
        return tr("Order %1 is collected at store %2").arg(order.number, order.storeId);
    return std::nullopt;
}

QString OnlineOrderClient::outOfReach(const QString &order)
{
    return tr("The central store cannot be reached, so online order %1 cannot be looked up, handed over or returned "
              "now; nothing was handed over or refunded. Try again when the till is back online, or note the order "
              "number and ask the customer to come back")
        .arg(order);
}

QString OnlineOrderClient::refusal(const CentralReply &reply, const OrderSnapshot &order)
{
    if (!reply.reached())
        return outOfReach(order.number);
    const QString code = reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    if (code == QLatin1String("order_expired"))
        return tr("Order %1 was not collected in time").arg(order.number);
    if (code == QLatin1String("order_not_ready"))
        return tr("Order %1 is no longer waiting for pickup: it was collected or cancelled").arg(order.number);
    if (code == QLatin1String("order_changed"))
        return tr("Order %1 changed since the customer's code was made: find it by its number").arg(order.number);
    if (code == QLatin1String("other_store"))
        return tr("Order %1 is collected at another store").arg(order.number);
    if (code == QLatin1String("return_exceeds_delivered"))
        return tr("Refused by the central store: %1").arg(reply.error);
    return reply.error;
}

} // namespace omnitill
