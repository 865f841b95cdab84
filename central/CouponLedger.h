#pragma once

#include "ApiError.h"
#include "CouponRule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace omnitill::central {

class ConnectionPool;

struct Coupon
{
    QString id;
    QString code;       // as printed: "ABCD-EFGH-JKLM"
    QString customerId; // empty: anyone may use it
    QString campaignId; // empty: a single coupon
    CouponRule rule;
    QDateTime validFrom;
    QDateTime validUntil;
    QString state; // issued, reserved or redeemed
    QString reservationId;
    QString reservedBy;
    QDateTime leaseUntil;
    QString redeemedSaleId;
    QDateTime redeemedAt;
    QString revokedReason; // empty unless the operator withdrew it (CouponRevocations)

    [[nodiscard]] QJsonObject toJson() const;
};

struct NewCoupon
{
    CouponRule rule;
    QString customerId;
    QDateTime validFrom;
    QDateTime validUntil;
    QString campaignId;
};

struct CouponReservation
{
    QString reservationId;
    QDateTime leaseUntil;
};

// Single coupons across all stores: issue, validate, reserve (a lease while a sale is open), redeem, release.
//
// A coupon is redeemed at most once. That is the database's to guarantee, not this class's: a redemption
// is a conditional UPDATE from issued (or reserved under this reservation, or reserved under a lease that
// ran out) to redeemed, which on PostgreSQL waits for a racing transaction's row lock and then sees its
// result, and on SQLite runs under the write lock of BEGIN IMMEDIATE; coupon_redemptions' primary key is
// the last line. Redeeming again for the same sale answers the original redemption, so a till may resend.
class CouponLedger
{
    Q_DECLARE_TR_FUNCTIONS(CouponLedger)

public:
    static constexpr qint64 defaultLeaseSeconds = 120;
    static constexpr qint64 maximumLeaseSeconds = 900;

    explicit CouponLedger(ConnectionPool &pool);

    [[nodiscard]] Outcome<Coupon> issue(const NewCoupon &coupon);
    [[nodiscard]] Outcome<Coupon> find(const QString &code);
    // The customer's own coupons that are not used and not expired, soonest to expire first.
    [[nodiscard]] Outcome<QList<Coupon>> usableBy(const QString &customerId, const QDateTime &now);
    // Why the coupon cannot be used now by this customer, or nothing when it can.
    [[nodiscard]] static std::optional<ApiError> refusal(const Coupon &coupon, const QString &customerId,
                                                         const QDateTime &now, const QString &reservationId = {});

    [[nodiscard]] Outcome<CouponReservation> reserve(const QString &code, const QString &terminalId,
                                                     const QString &customerId, qint64 leaseSeconds);
    [[nodiscard]] Outcome<Coupon> redeem(const QString &code, const QString &terminalId, const QString &saleId,
                                         const QString &reservationId, const QString &customerId);
    [[nodiscard]] Outcome<void> release(const QString &code, const QString &terminalId, const QString &reservationId);

private:
    [[nodiscard]] static Outcome<Coupon> findOn(const QSqlDatabase &connection, const QString &code);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
