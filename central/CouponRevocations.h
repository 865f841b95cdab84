#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace omnitill::central {

class ConnectionPool;

// A coupon the operator withdrew, as the tills pull it: the coupon's id (what its signed code names) and
// code, why, and when.
struct CouponRevocation
{
    qint64 sequence = 0;
    QString couponId;
    QString code;
    QString reason;
    QDateTime revokedAt;

    [[nodiscard]] QJsonObject toJson() const;
};

// The list of withdrawn coupons (migration 0016). A revocation is written once, with an audit entry, and
// never taken back; the sequence only grows, so a till that holds the last sequence it read asks for what
// came after it and never misses one: revocations take turns, so a lower sequence never commits after a
// higher one was read.
class CouponRevocations
{
    Q_DECLARE_TR_FUNCTIONS(CouponRevocations)

public:
    static constexpr int defaultPageSize = 500;
    static constexpr int maximumPageSize = 5000;

    explicit CouponRevocations(ConnectionPool &pool);

    // 404 for an unknown coupon, 409 coupon_revoked when it already is.
    [[nodiscard]] Outcome<CouponRevocation> revoke(const QString &code, const QString &reason, const QString &actor);
    // At most limit revocations after the sequence, oldest first.
    [[nodiscard]] Outcome<QList<CouponRevocation>> after(qint64 sequence, int limit);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
