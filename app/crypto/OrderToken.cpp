#include "OrderToken.h"

#include "TokenEnvelope.h"

#include <QJsonObject>

namespace omnitill {

Result<QString> OrderToken::sign(const OrderTokenClaims &claims, const QByteArray &privateKey)
{
    const QJsonObject payload{{QLatin1String("kid"), claims.keyId},
                              {QLatin1String("oid"), claims.orderId},
                              {QLatin1String("num"), claims.number},
                              {QLatin1String("store"), claims.storeId},
                              {QLatin1String("lines"), claims.linesDigest},
                              {QLatin1String("iat"), claims.issuedAt.toSecsSinceEpoch()},
                              {QLatin1String("exp"), claims.expiresAt.toSecsSinceEpoch()}};
    return TokenEnvelope::seal(prefix, payload, privateKey, maximumLength);
}

} // namespace omnitill
