#pragma once

#include "ApiError.h"
#include "CouponLedger.h"
#include "OrderToken.h"
#include "TokenVerifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace omnitill::central {

class ConnectionPool;

struct PublicSigningKey
{
    QString keyId;
    QByteArray publicKey; // raw Ed25519, 32 bytes
    QDateTime createdAt;
    bool active = false; // the key that signs new tokens
};

// The Ed25519 keys with which the central store signs customer app, online order and coupon tokens.
//
// The newest key that is not retired signs; every key that is not retired is published (GET /v1/keys), so
// after a rotation the tills already know the new key and still accept tokens signed with the old one until
// it is retired. The first signing creates a key when there is none. Private keys are in the database, so
// every instance signs with the same key.
class SigningKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyStore)

public:
    explicit SigningKeyStore(ConnectionPool &pool);

    // Creates a new signing key; the previous ones stay published. Returns the new key id.
    [[nodiscard]] Outcome<QString> rotate();
    [[nodiscard]] Outcome<void> retire(const QString &keyId);
    [[nodiscard]] Outcome<QList<PublicSigningKey>> publishedKeys();
    [[nodiscard]] static QJsonArray toJson(const QList<PublicSigningKey> &keys);
    // A verifier that holds every published key: the check a till makes offline, made online.
    [[nodiscard]] Outcome<TokenVerifier> verifier();

    // A fresh customer app token for the customer, signed with the active key.
    [[nodiscard]] Outcome<QString> customerToken(const QString &customerId, const QString &tier, const QDateTime &now);
    // An online order's pickup/return token with these claims, signed with the active key (claims.keyId is
    // set here).
    [[nodiscard]] Outcome<QString> orderToken(OrderTokenClaims claims);
    // The coupon's QR token, signed with the active key: its id, code, bound customer, rule and window.
    [[nodiscard]] Outcome<QString> couponToken(const Coupon &coupon);

private:
    // The id and private key of the newest key that is not retired; made first when there is none.
    [[nodiscard]] Outcome<std::pair<QString, QByteArray>> activeKey();

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
