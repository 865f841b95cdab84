#pragma once

#include "ApiRequest.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// POST /v1/ship-orders: the online order a till creates for a line of its sale that the store could not hand
// over and ships to the customer's home (endless aisle). The line was paid in that sale, so the order is
// prepaid and placed at once, for delivery to the address the till sends, in the customer's orders (the app
// page lists it with its state). Every field is checked before the database is touched. Idempotent by the
// sale's UUID and line (OnlineOrders::create): a till that never heard the answer sends again and gets the
// same order, under the number it already printed.
class ShipOrdersApi
{
    Q_DECLARE_TR_FUNCTIONS(ShipOrdersApi)

public:
    static constexpr qsizetype maximumAddressLength = 500;

    explicit ShipOrdersApi(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse create(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
