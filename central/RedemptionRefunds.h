#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omnitill::central {

class ConnectionPool;

// Where a refund of a redemption stands: what the redemption took, and what has gone back of it so far, in
// the instrument's units (minor units; points for points).
struct RedemptionRefund
{
    QString redemptionId;
    QString instrument; // "giftCard", "storeCredit", "points": the till's tender method codes
    qint64 redeemed = 0;
    qint64 refunded = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

// Gives back (part of) a till's redemption — a gift card's, a customer's store credit or points, each keyed
// by the till's tender UUID — to the balance it came from: a voided sale, a removed tender, a return to the
// original tenders. The till needs nothing but the tender's UUID, so it never keeps a gift card number.
// Each refund has its own UUID and credits once however often it is asked (redemption_refunds' primary
// key); the refunds of one redemption never add up to more than it took, checked under the lock of the
// balance they go back to.
class RedemptionRefunds
{
    Q_DECLARE_TR_FUNCTIONS(RedemptionRefunds)

public:
    explicit RedemptionRefunds(ConnectionPool &pool);

    // 404 unknown_redemption; 409 refund_exceeds_redemption, refund_reused (the refund's UUID already gave
    // back another redemption).
    [[nodiscard]] Outcome<RedemptionRefund> refund(const QString &redemptionId, const QString &refundId, qint64 amount,
                                                   const QString &terminalId);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
