#include "OrderSnapshot.h"

#include <QJsonArray>

namespace omnitill {

qint64 OrderSnapshot::openUnits() const
{
    qint64 units = 0;
    for (const OrderSnapshotLine &line : lines)
        units += line.open();
    return units;
}

qint64 OrderSnapshot::returnableUnits() const
{
    qint64 units = 0;
    for (const OrderSnapshotLine &line : lines)
        units += line.returnable();
    return units;
}

std::optional<OrderSnapshot> OrderSnapshot::fromJson(const QJsonObject &json)
{
    const auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    OrderSnapshot order;
    order.id = text("id");
    order.number = text("number");
    order.customerId = text("customer");
    order.currency = text("currency");
    order.payment = text("payment");
    order.fulfilment = text("fulfilment");
    order.storeId = text("store");
    order.state = text("state");
    order.reserveToTry = json.value(QLatin1String("reserveToTry")).toBool();
    order.pickupUntil = QDateTime::fromString(text("pickupUntil"), Qt::ISODate);
    const QJsonArray lines = json.value(QLatin1String("lines")).toArray();
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const auto number = [&](const char *key) { return line.value(QLatin1String(key)).toInteger(); };
        order.lines.append({int(number("line")), line.value(QLatin1String("sku")).toString(),
                            line.value(QLatin1String("gtin")).toString(), line.value(QLatin1String("name")).toString(),
                            number("quantity"), number("unitPrice"), number("delivered"), number("returned")});
    }
    if (order.id.isEmpty() || order.number.isEmpty() || order.lines.isEmpty())
        return std::nullopt;
    return order;
}

} // namespace omnitill
