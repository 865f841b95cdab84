#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace omnitill {

class Database;
struct StoreProfile;

// The manager's caps for points spent while the central store is out of reach. The customer is known from the
// signed app code (checked here) or the customer cache; points pay offline only when the cache holds the
// customer's balance, and only within, per store-local day (the till's local calendar day):
//   points.offlineMaxPerSale   what points may pay of one sale, in minor units (unset or 0: no points offline)
//   points.offlineMaxPerDay    what they may pay on all of this till's sales of the day (unset or 0: none)
// never more than the cached balance as of its pull less what this till already took offline from it since.
// The totals are the offline redemptions in the outbox (OfflineRedemptions), so what a stopped till took still
// counts. Every refusal says that nothing was taken and what the cashier can do instead, in words.
class OfflinePointsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OfflinePointsPolicy)

public:
    static constexpr QLatin1StringView maxPerSaleKey{"points.offlineMaxPerSale"};
    static constexpr QLatin1StringView maxPerDayKey{"points.offlineMaxPerDay"};

    OfflinePointsPolicy(const Database &database, const StoreProfile &profile);

    // Whether amountMinor of the customer's points (minorPerPoint each) may pay part of the sale offline at now.
    [[nodiscard]] Result<void> allows(const QString &customerId, const QString &saleId, qint64 amountMinor,
                                      qint64 minorPerPoint, const QDateTime &now) const;

private:
    [[nodiscard]] Result<void> withinBalance(const QString &customerId, qint64 amountMinor, qint64 minorPerPoint) const;
    [[nodiscard]] qint64 setting(QLatin1StringView key) const;
    [[nodiscard]] QString money(qint64 minor) const;
    // The reason wrapped in what happened and what to do instead.
    [[nodiscard]] static Error refused(const QString &reason);

    const Database &m_database;
    const StoreProfile &m_profile;
};

} // namespace omnitill
