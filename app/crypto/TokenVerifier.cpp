#include "TokenVerifier.h"

#include <QLocale>

namespace omnitill {

void TokenVerifier::addKey(const QString &keyId, const QByteArray &publicKey)
{
    m_keys.insert(keyId, publicKey);
}

void TokenVerifier::removeKey(const QString &keyId)
{
    m_keys.remove(keyId);
}

QString TokenVerifier::refusalOf(const SignedToken::Refusal &refusal, Kind kind)
{
    const bool coupon = kind == Kind::Coupon;
    switch (refusal.flaw) {
    case SignedToken::Flaw::TooLong:
        return coupon ? tr("This code is too long to be a coupon code")
                      : tr("This code is too long to be a customer app code");
    case SignedToken::Flaw::WrongPrefix:
        return coupon ? tr("This is not a coupon code") : tr("This is not a customer app code");
    case SignedToken::Flaw::NoSignature:
        return coupon ? tr("The coupon code is damaged (it has no signature)")
                      : tr("The customer app code is damaged (it has no signature)");
    case SignedToken::Flaw::NotBase64:
        return coupon ? tr("The coupon code is damaged (it is not base64url)")
                      : tr("The customer app code is damaged (it is not base64url)");
    case SignedToken::Flaw::Unreadable:
        return coupon ? tr("The coupon code is damaged (its contents cannot be read)")
                      : tr("The customer app code is damaged (its contents cannot be read)");
    case SignedToken::Flaw::UnknownKey:
        return coupon
                   ? tr("The coupon code was signed by an unknown key (%1); update the keys").arg(refusal.keyId)
                   : tr("The customer app code was signed by an unknown key (%1); update the keys").arg(refusal.keyId);
    case SignedToken::Flaw::BadSignature:
        return coupon ? tr("The coupon code is forged or altered (bad signature)")
                      : tr("The customer app code is forged or altered (bad signature)");
    }
    Q_UNREACHABLE();
    return {};
}

Result<CustomerTokenClaims> TokenVerifier::verify(const QString &token, const QDateTime &now) const
{
    auto opened = SignedToken::open(CustomerToken::prefix, CustomerToken::formatVersion, token,
                                    CustomerToken::maximumLength, m_keys);
    if (const auto *refusal = std::get_if<SignedToken::Refusal>(&opened))
        return Error{refusalOf(*refusal, Kind::Customer)};
    const auto &[keyId, claims] = std::get<SignedToken::Opened>(opened);
    const auto claim = [&claims](const char *key) { return claims.value(QLatin1String(key)); };
    if (!claim("cid").isString() || !claim("tier").isString() || !claim("nonce").isString() ||
        !claim("iat").isDouble() || !claim("exp").isDouble() || claim("cid").toString().isEmpty() ||
        claim("nonce").toString().isEmpty()) {
        return Error{refusalOf({SignedToken::Flaw::Unreadable, {}}, Kind::Customer)};
    }
    CustomerTokenClaims result{keyId,
                               claim("cid").toString(),
                               claim("tier").toString(),
                               QDateTime::fromSecsSinceEpoch(claim("iat").toInteger(), Qt::UTC),
                               QDateTime::fromSecsSinceEpoch(claim("exp").toInteger(), Qt::UTC),
                               claim("nonce").toString()};
    if (result.issuedAt.secsTo(now) < -clockLeewaySeconds)
        return Error{tr("The customer app code is not valid yet; check the phone's clock")};
    if (now >= result.expiresAt)
        return Error{tr("The customer app code has expired; ask the customer to refresh it")};
    return result;
}

Result<CouponTokenClaims> TokenVerifier::verifyCoupon(const QString &token, const QDateTime &now) const
{
    auto opened =
        SignedToken::open(CouponToken::prefix, CouponToken::formatVersion, token, CouponToken::maximumLength, m_keys);
    if (const auto *refusal = std::get_if<SignedToken::Refusal>(&opened))
        return Error{refusalOf(*refusal, Kind::Coupon)};
    const auto &[keyId, claims] = std::get<SignedToken::Opened>(opened);
    const auto claim = [&claims](const char *key) { return claims.value(QLatin1String(key)); };
    const auto rule = CouponRule::fromJson(claim("rule").toObject());
    if (!claim("id").isString() || !claim("code").isString() || !claim("nbf").isDouble() || !claim("exp").isDouble() ||
        (!claim("cid").isUndefined() && !claim("cid").isString()) || claim("code").toString().isEmpty() || !rule) {
        return Error{refusalOf({SignedToken::Flaw::Unreadable, {}}, Kind::Coupon)};
    }
    CouponTokenClaims result{keyId,
                             claim("id").toString(),
                             claim("code").toString(),
                             claim("cid").toString(),
                             *rule,
                             QDateTime::fromSecsSinceEpoch(claim("nbf").toInteger(), Qt::UTC),
                             QDateTime::fromSecsSinceEpoch(claim("exp").toInteger(), Qt::UTC)};
    if (now < result.validFrom) {
        return Error{tr("This coupon is valid from %1")
                         .arg(QLocale().toString(result.validFrom.toLocalTime(), QLocale::ShortFormat))};
    }
    if (now >= result.validUntil) {
        return Error{tr("This coupon expired on %1")
                         .arg(QLocale().toString(result.validUntil.toLocalTime(), QLocale::ShortFormat))};
    }
    return result;
}

} // namespace omnitill
