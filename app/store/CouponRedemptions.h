#pragma once

#include "Result.h"
#include "SaleEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace omnitill {

class Database;
class Sale;
class Transaction;

// A coupon a completed sale used under a reservation, waiting for the central store to hear of it.
struct PendingRedemption
{
    qint64 outboxId = 0;
    QString recordId; // "<sale>/coupon/<code>": one per coupon and sale
    QString code;
    QString saleId;
    QString reservation;
    QString customerId;

    // The body of POST /v1/coupons/{code}/redeem.
    [[nodiscard]] QJsonObject redeemBody() const;
};

// The coupons this till took while the central store was out of reach, since a time.
struct OfflineCouponUses
{
    int count = 0;
    qint64 savingMinor = 0;
};

// The coupon redemptions the till owes the central store, as outbox rows beside the sale's own row, written by
// record() in the completing sale's transaction so a completed sale never loses one. Two kinds:
// - "coupon_redemption": the coupon was reserved at the central store; its payload is the redeem request, sent
//   by CouponService one at a time in outbox order (the path names the coupon, so it is not a batch);
// - "offline_coupon_redemption": the coupon was accepted offline (no reservation); its payload is a report for
//   POST /v1/offline-redemptions, which OutboxDrain sends in order with the sales.
// Rows are never deleted: what the central store made of each is an outbox_sent or outbox_quarantine row
// (OutboxQueue), so the outbox is also this till's record of every coupon it took (usedHere()).
class CouponRedemptions
{
    Q_DECLARE_TR_FUNCTIONS(CouponRedemptions)

public:
    static constexpr QLatin1StringView kind{"coupon_redemption"};
    static constexpr QLatin1StringView offlineKind{"offline_coupon_redemption"};

    explicit CouponRedemptions(const Database &database);

    // A coupon on a sale without the central store's reservation was accepted offline (CouponService).
    [[nodiscard]] static bool acceptedOffline(const saleevent::CouponApplied &coupon)
    {
        return coupon.reservation.isEmpty();
    }

    // One row for each coupon that saved something on the completed sale, in the caller's transaction.
    [[nodiscard]] Result<void> record(Transaction &transaction, const Sale &completed);
    // The reserved redemptions still owed, oldest first.
    [[nodiscard]] Result<QList<PendingRedemption>> pending(int limit = 100) const;
    // The central store redeemed it; answer is what it said.
    [[nodiscard]] Result<void> settle(qint64 outboxId, const QJsonObject &answer);
    // The central store refused it for good: kept aside with why, for the manager; the rows behind it go on.
    [[nodiscard]] Result<void> quarantine(qint64 outboxId, const QString &reason);
    // Not heard: one more attempt and why, for the screen; it is sent again.
    [[nodiscard]] Result<void> markFailed(qint64 outboxId, const QString &reason);

    // Whether a completed sale on this till used the coupon, online or offline.
    [[nodiscard]] Result<bool> usedHere(const QString &code) const;
    // The coupons taken offline by sales completed at or after since.
    [[nodiscard]] Result<OfflineCouponUses> offlineUsesSince(const QDateTime &since) const;

private:
    const Database &m_database;
};

} // namespace omnitill
