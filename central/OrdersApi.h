#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace omnitill::central {

class ConnectionPool;

// The handlers behind the online order routes (central/openapi.yaml): the pickups waiting at the terminal's
// store, one order, a pickup and a return. Like CentralApi's, each checks every field's presence and type
// before touching the database and answers JSON or an ApiError; a refused request writes nothing.
//
// An order is named by its id or number ("order"), or by the customer's signed QR ("token"): then the
// signature and expiry are checked here, and for a pickup that the order is this store's.
class OrdersApi
{
    Q_DECLARE_TR_FUNCTIONS(OrdersApi)

public:
    explicit OrdersApi(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse readyPickups(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse order(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse pickUp(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse takeBack(const ApiRequest &request);

private:
    struct OrderReference
    {
        QString order;       // id or number
        QString linesDigest; // what the token was signed for; empty without a token
        QString tokenStore;  // the store the token names; empty without a token
    };
    // From "order" or "token", exactly one of them.
    [[nodiscard]] Outcome<OrderReference> referenceIn(const QJsonObject &body);

    struct Handover
    {
        QJsonObject body;
        QString id; // the till's UUID under idKey
        OrderReference reference;
    };
    // What a pickup and a return both start with: a JSON object, the till's UUID under idKey, the order.
    [[nodiscard]] Outcome<Handover> handoverIn(const QByteArray &text, const char *idKey);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
