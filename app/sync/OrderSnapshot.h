#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace omnitill {

// A line of an online order as the central store last described it. delivered counts what reached the
// customer (picked up in any visit, or shipped), returned what came back through any store.
struct OrderSnapshotLine
{
    int lineNo = 0;
    QString sku;
    QString gtin;
    QString name;
    qint64 quantity = 0;
    qint64 unitPriceMinor = 0;
    qint64 delivered = 0;
    qint64 returned = 0;

    // Still waiting to be picked up.
    [[nodiscard]] qint64 open() const { return quantity - delivered; }
    // What may still come back, across every store and channel.
    [[nodiscard]] qint64 returnable() const { return delivered - returned; }
};

// An online order as the till holds it while the cashier works on it: GET /v1/orders/{reference} read
// into values. The central store stays the truth: a pickup or return is decided there, and the till reads
// the order again afterwards rather than updating this copy.
struct OrderSnapshot
{
    QString id;
    QString number;
    QString customerId;
    QString currency;
    QString payment;    // prepaid or in_store
    QString fulfilment; // ship or pickup
    QString storeId;    // where it is picked up
    QString state;      // placed, ready_for_pickup, expired, picked_up, shipped or cancelled
    bool reserveToTry = false;
    QDateTime pickupUntil;
    QList<OrderSnapshotLine> lines;
    QString token; // the customer's scanned code ("OMO1:…"); empty when found by number
    QDateTime cachedAt; // offline, found in the till's pickup cache: when it was pulled; invalid when live

    [[nodiscard]] bool paidInStore() const { return payment == QLatin1String("in_store"); }
    [[nodiscard]] qint64 openUnits() const;
    [[nodiscard]] qint64 returnableUnits() const;
    // nullopt when the JSON lacks the order's id, number or lines.
    [[nodiscard]] static std::optional<OrderSnapshot> fromJson(const QJsonObject &json);
};

} // namespace omnitill
