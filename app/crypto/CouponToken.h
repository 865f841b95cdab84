#pragma once

#include "CouponRule.h"
#include "Result.h"
#include "TillQrPrefix.h"

#include <QDateTime>

namespace omnitill {

// What a coupon token says: which coupon (its id and the code a till reports its redemption under), the
// customer it is bound to (empty: anyone), its rule and its validity window, and the key that signed it.
struct CouponTokenClaims
{
    QString keyId;
    QString couponId;
    QString code;
    QString customerId;
    CouponRule rule;
    QDateTime validFrom;
    QDateTime validUntil;
};

// A coupon's QR token, in the TokenEnvelope like the customer app's: "OMCP1:" + base64url(payload) + "." +
// base64url(Ed25519 signature). The payload is compact JSON with times in Unix seconds and the rule
// as CouponRule's JSON:
//     {"cid":"<customer>","code":"K7QM2XWD9HTR","id":"...","kid":"k1","nbf":1700000000,"exp":1702592000,
//      "rule":{"kind":"percent","value":10},"v":1}
// A till verifies it offline (TokenVerifier::verifyCoupon) and applies the rule with CouponEvaluation;
// unlike a customer token it lives as long as the coupon, and single use is settled by the central store's
// ledger or, offline, by its reconciliation.
class CouponToken
{
public:
    static constexpr QLatin1StringView prefix = TillQrPrefix::coupon;
    // A rule with long SKU lists is refused rather than printed as a QR no camera reads.
    static constexpr qsizetype maximumLength = 1024;

    [[nodiscard]] static Result<QString> sign(const CouponTokenClaims &claims, const QByteArray &privateKey);
};

} // namespace omnitill
