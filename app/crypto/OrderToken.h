#pragma once

#include "Result.h"
#include "TillQrPrefix.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace omnitill {

// What an online order's QR token says: which order (id and the number printed for people), the store it
// is picked up at (empty for a shipped order), a digest of its lines (so a till holding the order can tell
// that the code describes the same lines), when it was made and until when it holds, and the signing key.
struct OrderTokenClaims
{
    QString keyId;
    QString orderId;
    QString number;
    QString storeId;
    QString linesDigest;
    QDateTime issuedAt;
    QDateTime expiresAt;
};

// The QR a customer shows to pick an online order up or to return from it: "OMO1:" + base64url(payload) +
// "." + base64url(Ed25519 signature), the same envelope as CustomerToken (TokenEnvelope). The payload is
// compact JSON with times in Unix seconds:
//     {"exp":1700604800,"iat":1700000000,"kid":"k1","lines":"...","num":"OL-7K2Q9","oid":"...","store":"KR-SEOUL-01","v":1}
// Unlike the customer's code it lives as long as the pickup window (or the return window): it names an
// order, not a person at a till, so a screenshot is as good as the phone. TokenVerifier reads it back.
class OrderToken
{
    Q_DECLARE_TR_FUNCTIONS(OrderToken)

public:
    static constexpr QLatin1StringView prefix = TillQrPrefix::order;
    // Longer input is refused before it is decoded; a real token is about 330 characters.
    static constexpr qsizetype maximumLength = 512;

    [[nodiscard]] static Result<QString> sign(const OrderTokenClaims &claims, const QByteArray &privateKey);
};

} // namespace omnitill
