#pragma once

#include "ApiError.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace omnitill::central {

class ConnectionPool;

struct OrderLine
{
    int lineNo = 0; // 1, 2, ... in the order
    QString sku;
    QString gtin;
    QString name;
    qint64 quantity = 0;
    qint64 unitPriceMinor = 0;
    qint64 delivered = 0; // picked up or shipped
    qint64 returned = 0;  // through any store

    [[nodiscard]] QJsonObject toJson() const;
};

struct NewOnlineOrder
{
    QString customerId; // empty: a guest order
    QString currency;
    QString payment;    // prepaid or in_store
    QString fulfilment; // ship or pickup
    QString storeId;    // the pickup store
    bool reserveToTry = false;
    QList<OrderLine> lines; // lineNo, delivered and returned are set by create()
};

// A till's sale line shipped to the customer's home (endless aisle): the order is made once for the sale's UUID
// and the line's id, under the number both sides derive from them (shipOrderNumber), for delivery to the address.
struct TillShipment
{
    QString saleId;
    int saleLine = 0;
    QString deliveryAddress;
};

struct OnlineOrder
{
    QString id;
    QString number; // as the customer reads it: "OL-K7QM-2XWD"
    QString customerId;
    QString currency;
    QString payment;
    QString fulfilment;
    QString storeId;
    bool reserveToTry = false;
    QString state; // as stored: placed, ready_for_pickup, picked_up, shipped or cancelled
    QDateTime placedAt;
    QDateTime readyAt;
    QDateTime pickupUntil;
    QList<OrderLine> lines;
    QString deliveryAddress;

    // The state as of now: an order ready for pickup whose window has passed is expired.
    [[nodiscard]] QString stateAt(const QDateTime &now) const;
    // SHA-256 over what the lines are (number, SKU, quantity, price), base64url: what an order token signs.
    [[nodiscard]] QString linesDigest() const;
    [[nodiscard]] QJsonObject toJson(const QDateTime &now) const;
};

// An order read under its row locks, with the transaction that holds them.
struct LockedOrder
{
    Transaction transaction;
    OnlineOrder order;
};

// Online orders: created (by an operator or the web shop), made ready for pickup at a store, read by the
// tills, and the signed token that the customer's QR carries.
//
// The handovers (pickup, returns) are OrderHandovers'. Reads of one order see the order and its lines in one
// statement's snapshot; lock() reads them under row locks for a transaction that changes them.
class OnlineOrders
{
    Q_DECLARE_TR_FUNCTIONS(OnlineOrders)

public:
    static constexpr qsizetype maximumLines = 200;
    static constexpr qint64 maximumQuantity = 9999;
    static constexpr qint64 defaultPickupDays = 7;
    // How long an order token for a picked-up or shipped order holds: the return window.
    static constexpr qint64 returnWindowDays = 30;

    explicit OnlineOrders(ConnectionPool &pool);

    // With a shipment, an order for that sale line that exists already is answered as it is: a till sending its
    // ship-to-home order again gets the one it made.
    [[nodiscard]] Outcome<OnlineOrder> create(const NewOnlineOrder &order,
                                              const std::optional<TillShipment> &shipment = std::nullopt);
    // By id or by number.
    [[nodiscard]] Outcome<OnlineOrder> find(const QString &reference);
    // The store's orders that wait for pickup and have not expired, oldest first.
    [[nodiscard]] Outcome<QList<OnlineOrder>> readyAt(const QString &storeId, const QDateTime &now);
    // The customer's orders, newest first.
    [[nodiscard]] Outcome<QList<OnlineOrder>> ofCustomer(const QString &customerId);
    // placed -> ready_for_pickup, holding until pickupUntil.
    [[nodiscard]] Outcome<OnlineOrder> markReady(const QString &reference, const QDateTime &pickupUntil);
    // placed -> shipped: every line delivered whole, so that it can come back at any store.
    [[nodiscard]] Outcome<OnlineOrder> markShipped(const QString &reference);
    // placed or ready_for_pickup (expired too) -> cancelled; a prepaid order is refunded to the online payment.
    [[nodiscard]] Outcome<OnlineOrder> cancel(const QString &reference);
    // The QR token of the order: valid through the pickup window while it waits, through the return window after.
    [[nodiscard]] Outcome<QString> token(const QString &reference, const QDateTime &now);

    // A transaction begun on the pool with the order and its lines locked until it ends (FOR UPDATE on
    // PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the write lock), so that concurrent changes of one order
    // queue across tills and instances.
    [[nodiscard]] static Outcome<LockedOrder> lock(ConnectionPool &pool, const QString &reference);

    // Money going back for the order, in the transaction of what caused it; nothing for an amount of zero.
    // reason: return, not_picked_up or cancelled; method: original_payment or store_credit, which raises the
    // customer's StoreCredit balance (409 store_credit_needs_customer for a guest order), or cash, which the
    // till paid and owes nothing here.
    [[nodiscard]] static Outcome<void> recordRefund(const Transaction &transaction, const OnlineOrder &order,
                                                    const char *reason, const QString &sourceId, const QString &method,
                                                    qint64 amount, const QString &at);

private:
    // One operator step on an order: it returns the audit entry's detail, or why not.
    using Step = std::function<Outcome<QString>(const Transaction &, const OnlineOrder &)>;
    // Locks the order, runs step, audits, commits and reads the order back.
    [[nodiscard]] Outcome<OnlineOrder> operate(const QString &reference, const char *action, const Step &step);
    // Runs a conditional UPDATE of the order's state; 409 order_state with refusal (%1 number, %2 state) when it
    // changed nothing, because the order is in another state.
    [[nodiscard]] static Outcome<void> changeState(const Transaction &transaction, const OnlineOrder &order,
                                                   const QString &sql, const QVariantList &values,
                                                   const QString &refusal);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
