#include "OfflineCouponPolicy.h"

#include "CouponRedemptions.h"
#include "Money.h"
#include "StoreProfile.h"
#include "StoreSettings.h"

#include <QLocale>

namespace omnitill {

OfflineCouponPolicy::OfflineCouponPolicy(const Database &database, const StoreProfile &profile)
    : m_database(database)
    , m_profile(profile)
{
}

qint64 OfflineCouponPolicy::setting(QLatin1StringView key) const
{
    return StoreSettings(m_database).value(QString(key)).value_or(QString()).toLongLong();
}

QString OfflineCouponPolicy::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

Result<void> OfflineCouponPolicy::allows(const QString &code, qint64 savingMinor, const QDateTime &now) const
{
    const qint64 maxCount = setting(maxCountKey);
    const qint64 maxValue = setting(maxValueKey);
    if (maxCount <= 0 || maxValue <= 0) {
        return Error{tr("The central store cannot be reached, and this store takes no coupons offline. Sell without "
                        "the coupon (the customer keeps it for another visit), or try again when the till is back "
                        "online")};
    }
    CouponRedemptions redemptions(m_database);
    auto used = redemptions.usedHere(code);
    if (!used)
        return Error{used.error()};
    if (*used) {
        return Error{tr("This till has already taken this coupon: it can be used only once. Sell without it; if the "
                        "customer disagrees, the central store can check it when the till is back online")};
    }
    const QDateTime dayStart(now.toLocalTime().date(), QTime(0, 0), Qt::LocalTime);
    auto today = redemptions.offlineUsesSince(dayStart);
    if (!today)
        return Error{today.error()};
    if (today->count >= maxCount) {
        return Error{tr("Today's offline allowance of %n coupon(s) is used up, and the central store cannot be "
                        "reached. Sell without the coupon (the customer keeps it), or try again when the till is "
                        "back online",
                        nullptr, int(maxCount))};
    }
    const qint64 left = std::max<qint64>(0, maxValue - today->savingMinor);
    if (savingMinor > left) {
        return Error{tr("This coupon saves %1, but only %2 of today's offline coupon allowance (%3) is left, and the "
                        "central store cannot be reached. Sell without the coupon (the customer keeps it), or try "
                        "again when the till is back online")
                         .arg(money(savingMinor), money(left), money(maxValue))};
    }
    return {};
}

} // namespace omnitill
