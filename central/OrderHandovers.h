#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

namespace omnitill::central {

class ConnectionPool;
struct AuthenticatedTerminal;

struct PickupRequest
{
    QString pickupId; // the till's UUID for this pickup: the idempotency key
    QString order;    // id or number
    // From a scanned order token: the digest of the lines it was signed for. Empty when looked up by number.
    QString expectedDigest;
    std::optional<QMap<int, qint64>> quantities; // picked per line number (absent lines: none); nothing: all
    QString saleId;                              // the till's sale that paid, for an order paid in store
    // What is not taken stays ready for a later pickup (until the window ends) instead of going back to
    // stock. A reserve-to-try order is always closed: what the customer did not keep goes back.
    bool leaveOpen = false;
};

struct ReturnRequest
{
    QString returnId; // the till's UUID for this return: the idempotency key
    QString order;
    QMap<int, qint64> quantities; // returned per line number, each above zero
    QString refundMethod;         // original_payment, store_credit, or cash from the till's drawer
};

// What happens to an online order at a till: the customer picks it up (all of it, or part: what is left either
// stays ready for a later visit, or goes back to stock and for a prepaid order is refunded to the online
// payment), and brings items back at any store for a refund to the original payment or as store credit.
//
// Both are idempotent by the till's UUID, kept for ever with the answer given: a resend gets that answer word
// for word, the same UUID for something else is a conflict. Both run in one transaction that first locks the
// order and its lines (OnlineOrders::lock), so handovers of one order queue across tills and instances.
// That nothing comes back that was not delivered is the database's to hold: a return raises a line's returned
// quantity by a conditional UPDATE, and the table's CHECK (returned <= delivered) is the last line.
class OrderHandovers
{
    Q_DECLARE_TR_FUNCTIONS(OrderHandovers)

public:
    explicit OrderHandovers(ConnectionPool &pool);

    [[nodiscard]] Outcome<QJsonObject> pickUp(const PickupRequest &request, const AuthenticatedTerminal &terminal);
    [[nodiscard]] Outcome<QJsonObject> takeBack(const ReturnRequest &request, const AuthenticatedTerminal &terminal);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
