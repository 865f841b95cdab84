#include "ShipOrdersApi.h"

#include "ApiJson.h"
#include "OnlineOrders.h"

#include <QJsonArray>
#include <QUuid>

namespace omnitill::central {

namespace {

bool isWholeNumber(const QJsonValue &value, qint64 minimum)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() >= minimum;
}

// "lines": [{"sku", "gtin"?, "name", "quantity", "unitPrice"}, ...]; OnlineOrders::create checks the rest.
Outcome<QList<OrderLine>> linesIn(const QJsonObject &body)
{
    const QJsonValue lines = body.value(QLatin1String("lines"));
    const ApiError invalid =
        wrongType(QStringLiteral("lines"),
                  ShipOrdersApi::tr(
                      "a list of {\"sku\", \"name\", \"quantity\" of at least 1, \"unitPrice\"} (\"gtin\" optional)"));
    if (!lines.isArray() || lines.toArray().isEmpty())
        return invalid;
    QList<OrderLine> parsed;
    for (const QJsonValue &entry : lines.toArray()) {
        const QJsonObject line = entry.toObject();
        OrderLine order;
        if (readString(line, "sku", order.sku) || readString(line, "gtin", order.gtin) ||
            readString(line, "name", order.name) || !isWholeNumber(line.value(QLatin1String("quantity")), 1) ||
            !isWholeNumber(line.value(QLatin1String("unitPrice")), 0)) {
            return invalid;
        }
        order.quantity = line.value(QLatin1String("quantity")).toInteger();
        order.unitPriceMinor = line.value(QLatin1String("unitPrice")).toInteger();
        parsed.append(order);
    }
    return parsed;
}

struct ShipOrder
{
    NewOnlineOrder order;
    TillShipment shipment;
};

Outcome<ShipOrder> orderIn(const QByteArray &text)
{
    auto body = parseJsonObject(text);
    if (!body)
        return body.error();
    ShipOrder ship;
    NewOnlineOrder &order = ship.order;
    TillShipment &shipment = ship.shipment;
    order.payment = QStringLiteral("prepaid"); // paid in the till's sale
    order.fulfilment = QStringLiteral("ship");
    if (auto invalid = readString(*body, "sale", shipment.saleId))
        return *invalid;
    if (QUuid::fromString(shipment.saleId).isNull())
        return wrongType(QStringLiteral("sale"), ShipOrdersApi::tr("the sale's UUID"));
    shipment.saleId = QUuid::fromString(shipment.saleId).toString(QUuid::WithoutBraces);
    const QJsonValue line = body->value(QLatin1String("line"));
    if (!isWholeNumber(line, 1) || line.toInteger() > std::numeric_limits<int>::max())
        return wrongType(QStringLiteral("line"), ShipOrdersApi::tr("the sale line's id, above zero"));
    shipment.saleLine = int(line.toInteger());
    if (auto invalid = readString(*body, "customer", order.customerId))
        return *invalid;
    if (order.customerId.isEmpty())
        return wrongType(QStringLiteral("customer"), ShipOrdersApi::tr("the customer's id"));
    if (auto invalid = readString(*body, "address", shipment.deliveryAddress))
        return *invalid;
    shipment.deliveryAddress = shipment.deliveryAddress.trimmed();
    if (shipment.deliveryAddress.isEmpty() || shipment.deliveryAddress.size() > ShipOrdersApi::maximumAddressLength) {
        return wrongType(
            QStringLiteral("address"),
            ShipOrdersApi::tr("the delivery address, 1 to %1 characters").arg(ShipOrdersApi::maximumAddressLength));
    }
    if (auto invalid = readString(*body, "currency", order.currency))
        return *invalid;
    auto lines = linesIn(*body);
    if (!lines)
        return lines.error();
    order.lines = *lines;
    return ship;
}

} // namespace

ShipOrdersApi::ShipOrdersApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse ShipOrdersApi::create(const ApiRequest &request)
{
    auto ship = orderIn(request.body);
    if (!ship)
        return ship.error().toResponse();
    return answer(OnlineOrders(m_pool).create(ship->order, ship->shipment),
                  [](const OnlineOrder &made) { return made.toJson(QDateTime::currentDateTimeUtc()); });
}

} // namespace omnitill::central
