#include "CouponToken.h"

#include "TokenEnvelope.h"

#include <QJsonObject>

namespace omnitill {

Result<QString> CouponToken::sign(const CouponTokenClaims &claims, const QByteArray &privateKey)
{
    QJsonObject payload{{QLatin1String("kid"), claims.keyId},
                        {QLatin1String("id"), claims.couponId},
                        {QLatin1String("code"), claims.code},
                        {QLatin1String("rule"), claims.rule.toJson()},
                        {QLatin1String("nbf"), claims.validFrom.toSecsSinceEpoch()},
                        {QLatin1String("exp"), claims.validUntil.toSecsSinceEpoch()}};
    if (!claims.customerId.isEmpty())
        payload.insert(QLatin1String("cid"), claims.customerId);
    return TokenEnvelope::seal(prefix, payload, privateKey, maximumLength);
}

} // namespace omnitill
