#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// The coupon routes of /v1 (central/openapi.yaml): look a coupon up, check it against a till's basket
// (the saving, or the reason in words with the amounts), reserve, redeem and release it, and take the
// redemptions tills made offline into the reconciliation list, and list the coupons the operator withdrew. Like CentralApi, every field is checked
// before the database is touched, and a refused request writes nothing.
class CouponApi
{
    Q_DECLARE_TR_FUNCTIONS(CouponApi)

public:
    static constexpr qsizetype maximumBasketLines = 1000;
    static constexpr qsizetype maximumReportedRedemptions = 500;

    explicit CouponApi(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse find(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse check(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse reserve(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse redeem(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse release(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse reportOffline(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse reconciliation(const ApiRequest &request);
    // The withdrawn coupons after a sequence (?after=N&limit=M), oldest first.
    [[nodiscard]] QHttpServerResponse revocations(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
