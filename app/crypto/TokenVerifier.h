#pragma once

#include "CouponToken.h"
#include "CustomerToken.h"
#include "OrderToken.h"
#include "Result.h"

#include <QHash>

namespace omnitill {

// Checks customer app, online order and coupon tokens against the central store's public keys, offline: the
// till holds the keys (GET /v1/keys) and verifies a scanned QR without asking anyone.
//
// A token is accepted only if it is well formed (prefix, one dot, base64url, JSON payload with every
// claim of the right type), not too long, signed by a known key, already issued (with a little leeway for
// clocks) and not expired. Each refusal has a reason a cashier can read. Several keys are held at once so
// that a key rotation does not invalidate the tokens already on phones. A replayed nonce is the caller's
// to refuse: the verifier keeps no state between calls.
class TokenVerifier
{
    Q_DECLARE_TR_FUNCTIONS(TokenVerifier)

public:
    // How far in the future issued-at may lie: a phone's clock that runs a little fast is no forgery.
    static constexpr qint64 clockLeewaySeconds = 30;

    void addKey(const QString &keyId, const QByteArray &publicKey);
    void removeKey(const QString &keyId);
    [[nodiscard]] qsizetype keyCount() const { return m_keys.size(); }
    // Coupons the central store withdrew (coupon id -> why), refused whatever their signature says.
    void setRevokedCoupons(QHash<QString, QString> reasons) { m_revokedCoupons = std::move(reasons); }

    [[nodiscard]] Result<CustomerTokenClaims> verify(const QString &token, const QDateTime &now) const;
    // An online order's pickup/return code ("OMO1:"): the same checks. Whether the order is this store's is
    // the caller's to decide.
    [[nodiscard]] Result<OrderTokenClaims> verifyOrder(const QString &token, const QDateTime &now) const;
    // A coupon's code ("OMCP1:"): well formed, signed by a held key, with a rule that parses, and inside the
    // coupon's validity window, and not withdrawn (setRevokedCoupons). Whether it was already used is not in the token:
    // the ledger online, the reconciliation of offline redemptions later.
    [[nodiscard]] Result<CouponTokenClaims> verifyCoupon(const QString &token, const QDateTime &now) const;

private:
    QHash<QString, QByteArray> m_keys; // key id -> raw Ed25519 public key
    QHash<QString, QString> m_revokedCoupons;
};

} // namespace omnitill
