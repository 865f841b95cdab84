#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace omnitill {

class Database;
struct StoreProfile;

// The manager's allowance for coupons taken while the central store is out of reach. A signed coupon whose
// signature the till checked itself is accepted offline only within it, per store-local day (the till's local
// calendar day, midnight to midnight), counted from the coupons this till's completed sales took offline:
//   coupons.offlineMaxCountPerDay   how many (unset or 0: none; the store takes no coupons offline)
//   coupons.offlineMaxValuePerDay   what they may save together, in minor units (unset or 0: nothing)
// and never a coupon this till has already taken, online or offline. Every refusal says why and what the
// cashier can do instead, in words.
class OfflineCouponPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OfflineCouponPolicy)

public:
    static constexpr QLatin1StringView maxCountKey{"coupons.offlineMaxCountPerDay"};
    static constexpr QLatin1StringView maxValueKey{"coupons.offlineMaxValuePerDay"};

    OfflineCouponPolicy(const Database &database, const StoreProfile &profile);

    // Whether the coupon, saving savingMinor on the sale now, may be taken offline at now.
    [[nodiscard]] Result<void> allows(const QString &code, qint64 savingMinor, const QDateTime &now) const;

private:
    [[nodiscard]] qint64 setting(QLatin1StringView key) const;
    [[nodiscard]] QString money(qint64 minor) const;

    const Database &m_database;
    const StoreProfile &m_profile;
};

} // namespace omnitill
