#include "OfflinePointsPolicy.h"

#include "CustomerCache.h"
#include "Money.h"
#include "OfflineRedemptions.h"
#include "StoreProfile.h"
#include "StoreSettings.h"

#include <QLocale>

namespace omnitill {

OfflinePointsPolicy::OfflinePointsPolicy(const Database &database, const StoreProfile &profile)
    : m_database(database)
    , m_profile(profile)
{
}

qint64 OfflinePointsPolicy::setting(QLatin1StringView key) const
{
    return StoreSettings(m_database).value(QString(key)).value_or(QString()).toLongLong();
}

QString OfflinePointsPolicy::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

Error OfflinePointsPolicy::refused(const QString &reason)
{
    return Error{tr("Points are spent from the customer's balance at the central store, which cannot be reached "
                    "now, and %1: nothing was taken. Pay this part another way (cash or card); the customer keeps "
                    "the points")
                     .arg(reason)};
}

Result<void> OfflinePointsPolicy::allows(const QString &customerId, const QString &saleId, qint64 amountMinor,
                                         qint64 minorPerPoint, const QDateTime &now) const
{
    const qint64 perSale = setting(maxPerSaleKey);
    const qint64 perDay = setting(maxPerDayKey);
    if (perSale <= 0 || perDay <= 0)
        return refused(tr("this store takes no points offline"));
    const OfflineRedemptions offline(m_database);
    const auto thisSale =
        offline.totalSince(QDateTime::fromSecsSinceEpoch(0), OfflineRedemptions::Of::Points, {}, saleId);
    if (!thisSale)
        return Error{thisSale.error()};
    if (*thisSale + amountMinor > perSale) {
        return refused(tr("offline, points pay at most %1 of a sale (%2 on this one so far)")
                           .arg(money(perSale), money(*thisSale)));
    }
    const QDateTime dayStart(now.toLocalTime().date(), QTime(0, 0), Qt::LocalTime);
    const auto today = offline.totalSince(dayStart, OfflineRedemptions::Of::Points);
    if (!today)
        return Error{today.error()};
    if (*today + amountMinor > perDay) {
        return refused(
            tr("today's offline points would pass the limit of %1 (%2 so far)").arg(money(perDay), money(*today)));
    }
    return withinBalance(customerId, amountMinor, minorPerPoint);
}

Result<void> OfflinePointsPolicy::withinBalance(const QString &customerId, qint64 amountMinor,
                                                qint64 minorPerPoint) const
{
    const auto cached = CustomerCache(m_database).byId(customerId);
    if (!cached)
        return Error{cached.error()};
    if (!cached->has_value())
        return refused(tr("this till's customer list does not hold the customer's points balance"));
    const CachedCustomer &customer = **cached;
    // What this till took offline since the balance was pulled is not in it yet.
    const auto spent =
        OfflineRedemptions(m_database).totalSince(customer.pointsAsOf, OfflineRedemptions::Of::Points, customerId);
    if (!spent)
        return Error{spent.error()};
    const qint64 left = std::max<qint64>(0, customer.points - *spent / minorPerPoint);
    if (amountMinor / minorPerPoint > left) {
        const QLocale locale(m_profile.localeName);
        return refused(tr("the customer had %1 points as of %2, of which %3 are left to spend offline")
                           .arg(locale.toString(customer.points),
                                locale.toString(customer.pointsAsOf.toLocalTime(), QLocale::ShortFormat),
                                locale.toString(left)));
    }
    return {};
}

} // namespace omnitill
