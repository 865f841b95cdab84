#include "TokenVerifier.h"

#include "TokenEnvelope.h"

#include <QJsonObject>

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

} // namespace omnitill
