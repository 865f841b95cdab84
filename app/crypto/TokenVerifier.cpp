#include "TokenVerifier.h"

#include "Ed25519.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace omnitill {

namespace {

bool isBase64Url(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    if (!isBase64Url(text))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::Base64UrlEncoding |
                                                                          QByteArray::OmitTrailingEquals |
                                                                          QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? std::optional<QByteArray>(*decoded) : std::nullopt;
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
    const auto refused = [](const QString &reason) { return Error{reason}; };
    if (token.size() > CustomerToken::maximumLength)
        return refused(tr("This code is too long to be a customer app code"));
    if (!token.startsWith(CustomerToken::prefix))
        return refused(tr("This is not a customer app code"));
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot < 0 || text.indexOf('.', dot + 1) >= 0)
        return refused(tr("The customer app code is damaged (it has no signature)"));
    const QByteArrayView signedPart = QByteArrayView(text).first(dot);
    const auto payload = decode(signedPart.sliced(CustomerToken::prefix.size()));
    const auto signature = decode(QByteArrayView(text).sliced(dot + 1));
    if (!payload || !signature)
        return refused(tr("The customer app code is damaged (it is not base64url)"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &parseError);
    const QJsonObject claims = document.object();
    const auto claim = [&](const char *key) { return claims.value(QLatin1String(key)); };
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        claim("v").toInt() != CustomerToken::formatVersion || !claim("kid").isString() || !claim("cid").isString() ||
        !claim("tier").isString() || !claim("nonce").isString() || !claim("iat").isDouble() ||
        !claim("exp").isDouble() || claim("cid").toString().isEmpty() || claim("nonce").toString().isEmpty()) {
        return refused(tr("The customer app code is damaged (its contents cannot be read)"));
    }
    const QString keyId = claim("kid").toString();
    const auto key = m_keys.constFind(keyId);
    if (key == m_keys.cend())
        return refused(tr("The customer app code was signed by an unknown key (%1); update the keys").arg(keyId));
    if (!ed25519::verify(*key, signedPart, *signature))
        return refused(tr("The customer app code is forged or altered (bad signature)"));

    CustomerTokenClaims result{keyId,
                               claim("cid").toString(),
                               claim("tier").toString(),
                               QDateTime::fromSecsSinceEpoch(claim("iat").toInteger(), Qt::UTC),
                               QDateTime::fromSecsSinceEpoch(claim("exp").toInteger(), Qt::UTC),
                               claim("nonce").toString()};
    if (result.issuedAt.secsTo(now) < -clockLeewaySeconds)
        return refused(tr("The customer app code is not valid yet; check the phone's clock"));
    if (now >= result.expiresAt)
        return refused(tr("The customer app code has expired; ask the customer to refresh it"));
    return result;
}

} // namespace omnitill
