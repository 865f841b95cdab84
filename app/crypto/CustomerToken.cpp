#include "CustomerToken.h"

#include "TokenEnvelope.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace omnitill {

CustomerTokenClaims CustomerToken::claimsFor(const QString &customerId, const QString &tier, const QString &keyId,
                                             const QDateTime &now)
{
    QByteArray nonce(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    // Whole seconds: the payload carries Unix seconds, and claims read back must compare equal.
    const QDateTime issuedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return {keyId,
            customerId,
            tier,
            issuedAt,
            issuedAt.addSecs(lifetimeSeconds),
            QString::fromLatin1(nonce.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))};
}

Result<QString> CustomerToken::sign(const CustomerTokenClaims &claims, const QByteArray &privateKey)
{
    const QJsonObject payload{{QLatin1String("kid"), claims.keyId},
                              {QLatin1String("cid"), claims.customerId},
                              {QLatin1String("tier"), claims.tier},
                              {QLatin1String("iat"), claims.issuedAt.toSecsSinceEpoch()},
                              {QLatin1String("exp"), claims.expiresAt.toSecsSinceEpoch()},
                              {QLatin1String("nonce"), claims.nonce}};
    return TokenEnvelope::seal(prefix, payload, privateKey, maximumLength);
}

} // namespace omnitill
