#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// The stored value routes of /v1 (central/openapi.yaml): a gift card's balance, its redemption by a till's
// tender and a reload onto it, and the refund of any till's redemption (gift card, store credit, points) by
// the tender's UUID. As in CentralApi, every field is checked before the database is touched. A gift card's
// number is in the path of its own requests only; answers name the card by its last four digits.
class GiftCardApi
{
    Q_DECLARE_TR_FUNCTIONS(GiftCardApi)

public:
    explicit GiftCardApi(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse balance(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse redeem(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse reload(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse refundRedemption(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
