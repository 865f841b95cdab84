#include "TokenEnvelope.h"

#include "Ed25519.h"

#include <QJsonDocument>

namespace omnitill {

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

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
    auto decoded =
        QByteArray::fromBase64Encoding(text.toByteArray(), base64Url | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? std::optional<QByteArray>(*decoded) : std::nullopt;
}

} // namespace

Result<QString> TokenEnvelope::seal(QLatin1StringView prefix, QJsonObject payload, const QByteArray &privateKey,
                                    qsizetype maximumLength)
{
    payload.insert(QLatin1String("v"), formatVersion);
    const QByteArray signedPart = QByteArray(prefix.data(), prefix.size()) +
                                  QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(base64Url);
    auto signature = ed25519::sign(privateKey, signedPart);
    if (!signature)
        return Error{signature.error()};
    const QByteArray token = signedPart + '.' + signature->toBase64(base64Url);
    if (token.size() > maximumLength)
        return Error{tr("The token would be too long (%1 characters)").arg(token.size())};
    return QString::fromLatin1(token);
}

Result<OpenedEnvelope> TokenEnvelope::open(const QString &token, QLatin1StringView prefix, qsizetype maximumLength,
                                           const QString &noun, const QHash<QString, QByteArray> &keys)
{
    const auto refused = [](const QString &reason) { return Error{reason}; };
    if (token.size() > maximumLength)
        return refused(tr("This code is too long to be a %1").arg(noun));
    if (!token.startsWith(prefix))
        return refused(tr("This is not a %1").arg(noun));
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot < 0 || text.indexOf('.', dot + 1) >= 0)
        return refused(tr("The %1 is damaged (it has no signature)").arg(noun));
    const QByteArrayView signedPart = QByteArrayView(text).first(dot);
    const auto payload = decode(signedPart.sliced(prefix.size()));
    const auto signature = decode(QByteArrayView(text).sliced(dot + 1));
    if (!payload || !signature)
        return refused(tr("The %1 is damaged (it is not base64url)").arg(noun));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &parseError);
    const QJsonObject claims = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        claims.value(QLatin1String("v")).toInt() != formatVersion || !claims.value(QLatin1String("kid")).isString()) {
        return refused(tr("The %1 is damaged (its contents cannot be read)").arg(noun));
    }
    const QString keyId = claims.value(QLatin1String("kid")).toString();
    const auto key = keys.constFind(keyId);
    if (key == keys.cend())
        return refused(tr("The %1 was signed by an unknown key (%2); update the keys").arg(noun, keyId));
    if (!ed25519::verify(*key, signedPart, *signature))
        return refused(tr("The %1 is forged or altered (bad signature)").arg(noun));
    return OpenedEnvelope{keyId, claims};
}

} // namespace omnitill
