#include "CouponToken.h"

#include "SignedToken.h"

namespace omnitill {

Result<QString> CouponToken::sign(const CouponTokenClaims &claims, const QByteArray &privateKey)
{
    QJsonObject payload{{QLatin1String("id"), claims.couponId},
                        {QLatin1String("code"), claims.code},
                        {QLatin1String("rule"), claims.rule.toJson()},
                        {QLatin1String("nbf"), claims.validFrom.toSecsSinceEpoch()},
                        {QLatin1String("exp"), claims.validUntil.toSecsSinceEpoch()}};
    if (!claims.customerId.isEmpty())
        payload.insert(QLatin1String("cid"), claims.customerId);
    return SignedToken::seal(prefix, formatVersion, claims.keyId, payload, privateKey, maximumLength);
}

} // namespace omnitill
