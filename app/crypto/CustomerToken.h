#pragma once

#include "Result.h"
#include "TillQrPrefix.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace omnitill {

// What a customer app token says: who the customer is, their tier, when the token was made and until
// when it holds, a nonce that makes every token unique (so a till can refuse a replay), and the id of
// the key that signed it.
struct CustomerTokenClaims
{
    QString keyId;
    QString customerId;
    QString tier;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString nonce;
};

// The customer app's QR token: "OMC1:" + base64url(payload) + "." + base64url(Ed25519 signature), with
// the signature over the ASCII text before the dot (TokenEnvelope). The payload is compact JSON with times in
// Unix seconds:
//     {"cid":"...","exp":1700000120,"iat":1700000000,"kid":"k1","nonce":"...","tier":"gold","v":1}
// Tokens are short-lived (lifetime), so a screenshot stops working within minutes. TokenVerifier reads
// them back.
class CustomerToken
{
    Q_DECLARE_TR_FUNCTIONS(CustomerToken)

public:
    static constexpr QLatin1StringView prefix = TillQrPrefix::customer;
    static constexpr qint64 lifetimeSeconds = 120;
    // Longer input is refused before it is decoded; a real token is about 250 characters.
    static constexpr qsizetype maximumLength = 512;

    // Claims for a new token: issued now, expiring after lifetimeSeconds, with a fresh random nonce.
    [[nodiscard]] static CustomerTokenClaims claimsFor(const QString &customerId, const QString &tier,
                                                       const QString &keyId, const QDateTime &now);
    [[nodiscard]] static Result<QString> sign(const CustomerTokenClaims &claims, const QByteArray &privateKey);
};

} // namespace omnitill
