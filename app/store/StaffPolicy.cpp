#include "StaffPolicy.h"

#include "PinHasher.h"
#include "StoreSettings.h"

namespace omnitill {

namespace {
qint64 setting(const StoreSettings &settings, const QString &key, qint64 fallback, qint64 minimum, qint64 maximum)
{
    bool numeric = false;
    const qint64 value = settings.value(key).value_or(QString()).toLongLong(&numeric);
    return numeric ? std::clamp(value, minimum, maximum) : fallback;
}
} // namespace

StaffPolicy StaffPolicy::load(const StoreSettings &settings)
{
    StaffPolicy policy;
    policy.lockoutAttempts = int(setting(settings, QStringLiteral("staff.lockoutAttempts"), 5, 1, 100));
    policy.idleLockSeconds = setting(settings, QStringLiteral("staff.idleLockSeconds"), 120, 10, 24 * 3600);
    policy.pinHashIterations =
        int(setting(settings, QStringLiteral("staff.pinHashIterations"), PinHasher::defaultIterations,
                    PinHasher::minimumIterations, PinHasher::maximumIterations));
    return policy;
}

} // namespace omnitill
