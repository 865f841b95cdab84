#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omnitill {

class Database;
class Sale;
class Transaction;

// A coupon a completed sale used, waiting for the central store to hear of it.
struct PendingRedemption
{
    QString recordId; // "<sale>/coupon/<code>": one per coupon and sale
    QString code;
    QString saleId;
    QString reservation;
    QString customerId;
    int attempts = 0;
    QString lastError;

    // The body of POST /v1/coupons/{code}/redeem.
    [[nodiscard]] QJsonObject redeemBody() const;
};

// The coupon redemptions the till owes the central store, kept as outbox rows of kind "coupon_redemption"
// beside the sale's own row (its payload is the redeem request). record() writes them in the completing
// sale's transaction, so a completed sale never loses a redemption: the till redeems at once and settles
// the row, and whatever did not go through stays for the next try. Redeeming again for the same sale is
// harmless: the central store answers the first redemption.
class CouponRedemptions
{
    Q_DECLARE_TR_FUNCTIONS(CouponRedemptions)

public:
    static constexpr QLatin1StringView kind{"coupon_redemption"};

    explicit CouponRedemptions(const Database &database);

    // One row for each coupon that saved something on the completed sale, in the caller's transaction.
    [[nodiscard]] Result<void> record(Transaction &transaction, const Sale &completed);
    // Oldest first.
    [[nodiscard]] Result<QList<PendingRedemption>> pending() const;
    // The central store redeemed it: the row goes.
    [[nodiscard]] Result<void> settle(const QString &recordId);
    // It did not go through: one more attempt and why, for the screen and for whoever reconciles.
    [[nodiscard]] Result<void> markFailed(const QString &recordId, const QString &reason);

private:
    const Database &m_database;
};

} // namespace omnitill
