#pragma once

#include "ApiError.h"
#include "CouponLedger.h"

namespace omnitill::central {

class ConnectionPool;

// A campaign: one rule and one validity window that many coupons are issued under ("10% off shoes this
// week", a birthday coupon for every member). Each coupon takes a copy of the campaign's rule and window
// when it is issued, so a coupon and its signed token never change under a till's feet.
struct CouponCampaign
{
    QString id;
    QString name;
    CouponRule rule;
    QDateTime validFrom;
    QDateTime validUntil;

    [[nodiscard]] QJsonObject toJson() const;
};

class CouponCampaigns
{
    Q_DECLARE_TR_FUNCTIONS(CouponCampaigns)

public:
    explicit CouponCampaigns(ConnectionPool &pool);

    [[nodiscard]] Outcome<CouponCampaign> create(const QString &name, const CouponRule &rule,
                                                 const QDateTime &validFrom, const QDateTime &validUntil);
    [[nodiscard]] Outcome<CouponCampaign> find(const QString &campaignId);
    // A coupon of the campaign, bound to the customer when one is given.
    [[nodiscard]] Outcome<Coupon> issue(const QString &campaignId, const QString &customerId);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
