#include "OrdersApi.h"

#include "ApiJson.h"
#include "OnlineOrders.h"
#include "OrderHandovers.h"
#include "SigningKeyStore.h"

#include <QJsonArray>
#include <QUuid>

namespace omnitill::central {

namespace {

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

// A UUID field, as the tills send their idempotency keys and sale ids; empty when absent and optional.
Outcome<QString> uuidIn(const QJsonObject &body, const char *key, bool required)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (!required && (value.isUndefined() || value.isNull()))
        return QString();
    const QUuid uuid = QUuid::fromString(value.toString());
    if (!value.isString() || uuid.isNull())
        return wrongType(QLatin1String(key), QCoreApplication::translate("OrdersApi", "a UUID"));
    return uuid.toString(QUuid::WithoutBraces);
}

// "lines": [{"line": 1, "quantity": 2}, ...], each line once, each quantity at least minimum.
Outcome<QMap<int, qint64>> quantitiesIn(const QJsonObject &body, qint64 minimum)
{
    const QJsonValue lines = body.value(QLatin1String("lines"));
    const ApiError invalid = wrongType(
        QStringLiteral("lines"),
        QCoreApplication::translate("OrdersApi", "a list of {\"line\": n, \"quantity\": n of at least %1}, each line "
                                                 "once")
            .arg(minimum));
    if (!lines.isArray() || lines.toArray().isEmpty() || lines.toArray().size() > OnlineOrders::maximumLines)
        return invalid;
    QMap<int, qint64> quantities;
    for (const QJsonValue &entry : lines.toArray()) {
        const QJsonValue line = entry.toObject().value(QLatin1String("line"));
        const QJsonValue quantity = entry.toObject().value(QLatin1String("quantity"));
        if (!isWholeNumber(line) || !isWholeNumber(quantity) || quantity.toInteger() < minimum ||
            quantity.toInteger() > OnlineOrders::maximumQuantity || line.toInteger() < 1 ||
            line.toInteger() > OnlineOrders::maximumLines || quantities.contains(int(line.toInteger()))) {
            return invalid;
        }
        quantities.insert(int(line.toInteger()), quantity.toInteger());
    }
    return quantities;
}

QHttpServerResponse answer(const Outcome<QJsonObject> &outcome)
{
    return outcome ? QHttpServerResponse(*outcome) : outcome.error().toResponse();
}

} // namespace

OrdersApi::OrdersApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<OrdersApi::OrderReference> OrdersApi::referenceIn(const QJsonObject &body)
{
    const QJsonValue order = body.value(QLatin1String("order"));
    const QJsonValue token = body.value(QLatin1String("token"));
    if (order.isUndefined() == token.isUndefined())
        return ApiError::badRequest(QStringLiteral("invalid_body"), tr("Name the order by \"order\" or by \"token\""));
    if (!token.isUndefined()) {
        if (!token.isString())
            return wrongType(QStringLiteral("token"), tr("the order's QR code, a string"));
        auto verifier = SigningKeyStore(m_pool).verifier();
        if (!verifier)
            return verifier.error();
        const auto claims = verifier->verifyOrder(token.toString(), QDateTime::currentDateTimeUtc());
        if (!claims)
            return ApiError::badRequest(QStringLiteral("invalid_token"), claims.error());
        return OrderReference{claims->orderId, claims->linesDigest, claims->storeId};
    }
    if (!order.isString() || order.toString().isEmpty())
        return wrongType(QStringLiteral("order"), tr("the order's id or number"));
    return OrderReference{order.toString(), {}, {}};
}

Outcome<OrdersApi::Handover> OrdersApi::handoverIn(const QByteArray &text, const char *idKey)
{
    auto body = parseJsonObject(text);
    if (!body)
        return body.error();
    auto id = uuidIn(*body, idKey, true);
    if (!id)
        return id.error();
    auto reference = referenceIn(*body);
    if (!reference)
        return reference.error();
    return Handover{*body, *id, *reference};
}

QHttpServerResponse OrdersApi::readyPickups(const ApiRequest &request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ready = OnlineOrders(m_pool).readyAt(request.terminal->storeId, now);
    if (!ready)
        return ready.error().toResponse();
    QJsonArray orders;
    for (const OnlineOrder &order : *ready)
        orders.append(order.toJson(now));
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("store"), request.terminal->storeId}, {QLatin1String("orders"), orders}});
}

QHttpServerResponse OrdersApi::order(const ApiRequest &request)
{
    auto found = OnlineOrders(m_pool).find(request.arguments.value(0));
    if (!found)
        return found.error().toResponse();
    return QHttpServerResponse(found->toJson(QDateTime::currentDateTimeUtc()));
}

QHttpServerResponse OrdersApi::pickUp(const ApiRequest &request)
{
    auto handover = handoverIn(request.body, "pickup");
    if (!handover)
        return handover.error().toResponse();
    const QJsonObject &body = handover->body;
    const OrderReference &reference = handover->reference;
    auto sale = uuidIn(body, "sale", false);
    if (!sale)
        return sale.error().toResponse();
    std::optional<QMap<int, qint64>> quantities;
    if (body.contains(QLatin1String("lines"))) {
        auto listed = quantitiesIn(body, 0);
        if (!listed)
            return listed.error().toResponse();
        quantities = *listed;
    }
    const QJsonValue leaveOpen = body.value(QLatin1String("leaveOpen"));
    if (!leaveOpen.isUndefined() && !leaveOpen.isBool())
        return wrongType(QStringLiteral("leaveOpen"), tr("true or false")).toResponse();
    if (!reference.tokenStore.isEmpty() && reference.tokenStore != request.terminal->storeId) {
        return ApiError::conflict(QStringLiteral("other_store"),
                                  tr("This order is picked up at store %1").arg(reference.tokenStore))
            .toResponse();
    }
    return answer(OrderHandovers(m_pool).pickUp(
        {handover->id, reference.order, reference.linesDigest, quantities, *sale, leaveOpen.toBool()},
        *request.terminal));
}

QHttpServerResponse OrdersApi::takeBack(const ApiRequest &request)
{
    auto handover = handoverIn(request.body, "return");
    if (!handover)
        return handover.error().toResponse();
    auto quantities = quantitiesIn(handover->body, 1);
    if (!quantities)
        return quantities.error().toResponse();
    const QString method = handover->body.value(QLatin1String("refund")).toString();
    if (method != QLatin1String("original_payment") && method != QLatin1String("store_credit") &&
        method != QLatin1String("cash")) {
        return wrongType(QStringLiteral("refund"), tr("original_payment, store_credit or cash")).toResponse();
    }
    return answer(OrderHandovers(m_pool).takeBack({handover->id, handover->reference.order, *quantities, method},
                                                  *request.terminal));
}

} // namespace omnitill::central
