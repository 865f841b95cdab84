#include "RevokedCoupons.h"

#include "Database.h"
#include "StoreQuery.h"

#include <QJsonObject>

namespace omnitill {

RevokedCoupons::RevokedCoupons(const Database &database)
    : m_database(database)
{
}

Result<int> RevokedCoupons::add(const QJsonArray &revocations)
{
    int added = 0;
    for (const QJsonValue &value : revocations) {
        const QJsonObject revocation = value.toObject();
        const auto text = [&](const char *key) { return revocation.value(QLatin1String(key)).toString(); };
        if (text("coupon").isEmpty())
            continue; // nothing to refuse it by
        auto inserted = runQuery(m_database,
                                 QStringLiteral("INSERT OR IGNORE INTO revoked_coupons (coupon_id, code, "
                                                "reason, revoked_at) VALUES (?, ?, ?, ?)"),
                                 {text("coupon"), text("code"), text("reason"), text("revokedAt")});
        if (!inserted)
            return Error{inserted.error()};
        added += inserted->numRowsAffected();
    }
    return added;
}

Result<QHash<QString, QString>> RevokedCoupons::reasons() const
{
    auto rows = runQuery(m_database, QStringLiteral("SELECT coupon_id, reason FROM revoked_coupons"));
    if (!rows)
        return Error{rows.error()};
    QHash<QString, QString> reasons;
    while (rows->next())
        reasons.insert(rows->value(0).toString(), rows->value(1).toString());
    return reasons;
}

} // namespace omnitill
