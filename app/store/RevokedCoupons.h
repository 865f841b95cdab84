#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace omnitill {

class Database;

// The coupons the central store withdrew, as this till last pulled them (GET /v1/coupon-revocations, table
// revoked_coupons): the till refuses them with no network, by the coupon id its signed code names.
class RevokedCoupons
{
public:
    explicit RevokedCoupons(const Database &database);

    // One page of revocations as the central store sends them ({"coupon", "code", "reason", "revokedAt"}); a
    // coupon already held is kept as it is. In the caller's transaction, with the page's cursor.
    [[nodiscard]] Result<int> add(const QJsonArray &revocations);
    // The withdrawn coupon ids and why each was withdrawn.
    [[nodiscard]] Result<QHash<QString, QString>> reasons() const;

private:
    const Database &m_database;
};

} // namespace omnitill
