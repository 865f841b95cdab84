#include "TokenVerifier.h"

#include "TokenEnvelope.h"

#include <QJsonObject>
#include <QLocale>

namespace omnitill {

namespace {

// Issued-at and expiry as Unix seconds, or nothing when either is missing or not a number.
std::optional<std::pair<QDateTime, QDateTime>> lifetimeOf(const QJsonObject &claims)
{
    const QJsonValue issued = claims.value(QLatin1String("iat"));
    const QJsonValue expires = claims.value(QLatin1String("exp"));
    if (!issued.isDouble() || !expires.isDouble())
        return std::nullopt;
    return std::pair{QDateTime::fromSecsSinceEpoch(issued.toInteger(), Qt::UTC),
                     QDateTime::fromSecsSinceEpoch(expires.toInteger(), Qt::UTC)};
}

bool allStrings(const QJsonObject &claims, std::initializer_list<const char *> keys)
{
    return std::all_of(keys.begin(), keys.end(),
                       [&](const char *key) { return claims.value(QLatin1String(key)).isString(); });
}

} // namespace

void TokenVerifier::addKey(const QString &keyId, const QByteArray &publicKey)
{
    m_keys.insert(keyId, publicKey);
}

void TokenVerifier::removeKey(const QString &keyId)
{
    m_keys.remove(keyId);
}

Result<CustomerTokenClaims> TokenVerifier::verify(const QString &token, const QDateTime &now) const
{
    auto opened = TokenEnvelope::open(token, CustomerToken::prefix, CustomerToken::maximumLength,
                                      tr("customer app code"), m_keys);
    if (!opened)
        return Error{opened.error()};
    const QJsonObject &claims = opened->claims;
    const auto claim = [&](const char *key) { return claims.value(QLatin1String(key)).toString(); };
    const auto lifetime = lifetimeOf(claims);
    if (!lifetime || !allStrings(claims, {"cid", "tier", "nonce"}) || claim("cid").isEmpty() ||
        claim("nonce").isEmpty()) {
        return Error{tr("The customer app code is damaged (its contents cannot be read)")};
    }
    CustomerTokenClaims result{opened->keyId,   claim("cid"),     claim("tier"),
                               lifetime->first, lifetime->second, claim("nonce")};
    if (result.issuedAt.secsTo(now) < -clockLeewaySeconds)
        return Error{tr("The customer app code is not valid yet; check the phone's clock")};
    if (now >= result.expiresAt)
        return Error{tr("The customer app code has expired; ask the customer to refresh it")};
    return result;
}

Result<OrderTokenClaims> TokenVerifier::verifyOrder(const QString &token, const QDateTime &now) const
{
    auto opened =
        TokenEnvelope::open(token, OrderToken::prefix, OrderToken::maximumLength, tr("online order code"), m_keys);
    if (!opened)
        return Error{opened.error()};
    const QJsonObject &claims = opened->claims;
    const auto claim = [&](const char *key) { return claims.value(QLatin1String(key)).toString(); };
    const auto lifetime = lifetimeOf(claims);
    if (!lifetime || !allStrings(claims, {"oid", "num", "store", "lines"}) || claim("oid").isEmpty())
        return Error{tr("The online order code is damaged (its contents cannot be read)")};
    OrderTokenClaims result{opened->keyId,  claim("oid"),    claim("num"),    claim("store"),
                            claim("lines"), lifetime->first, lifetime->second};
    if (result.issuedAt.secsTo(now) < -clockLeewaySeconds)
        return Error{tr("The online order code is not valid yet; check the phone's clock")};
    if (now >= result.expiresAt)
        return Error{tr("The online order code has expired")};
    return result;
}

Result<CouponTokenClaims> TokenVerifier::verifyCoupon(const QString &token, const QDateTime &now) const
{
    auto opened =
        TokenEnvelope::open(token, CouponToken::prefix, CouponToken::maximumLength, tr("coupon code"), m_keys);
    if (!opened)
        return Error{opened.error()};
    const QJsonObject &claims = opened->claims;
    const auto claim = [&](const char *key) { return claims.value(QLatin1String(key)); };
    const auto rule = CouponRule::fromJson(claim("rule").toObject());
    const bool customerReadable = claim("cid").isUndefined() || claim("cid").isString();
    if (!allStrings(claims, {"id", "code"}) || claim("code").toString().isEmpty() || !claim("nbf").isDouble() ||
        !claim("exp").isDouble() || !customerReadable || !rule) {
        return Error{tr("The coupon code is damaged (its contents cannot be read)")};
    }
    CouponTokenClaims result{opened->keyId,
                             claim("id").toString(),
                             claim("code").toString(),
                             claim("cid").toString(),
                             *rule,
                             QDateTime::fromSecsSinceEpoch(claim("nbf").toInteger(), Qt::UTC),
                             QDateTime::fromSecsSinceEpoch(claim("exp").toInteger(), Qt::UTC)};
    if (const auto revoked = m_revokedCoupons.constFind(result.couponId); revoked != m_revokedCoupons.cend())
        return Error{tr("This coupon was withdrawn by the central store: %1").arg(revoked.value())};
    const auto when = [](const QDateTime &at) { return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat); };
    if (now < result.validFrom)
        return Error{tr("This coupon is valid from %1").arg(when(result.validFrom))};
    if (now >= result.validUntil)
        return Error{tr("This coupon expired on %1").arg(when(result.validUntil))};
    return result;
}

} // namespace omnitill
