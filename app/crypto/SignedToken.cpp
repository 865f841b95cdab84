#include "SignedToken.h"

#include "Ed25519.h"

#include <QCoreApplication>
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

Result<QString> SignedToken::seal(QLatin1StringView prefix, int version, const QString &keyId, QJsonObject payload,
                                  const QByteArray &privateKey, qsizetype maximumLength)
{
    payload.insert(QLatin1String("v"), version);
    payload.insert(QLatin1String("kid"), keyId);
    const QByteArray signedPart = QByteArray(prefix.data(), prefix.size()) +
                                  QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(base64Url);
    auto signature = ed25519::sign(privateKey, signedPart);
    if (!signature)
        return Error{signature.error()};
    const QByteArray token = signedPart + '.' + signature->toBase64(base64Url);
    if (token.size() > maximumLength) {
        return Error{QCoreApplication::translate("SignedToken", "The token would be too long (%1 characters)")
                         .arg(token.size())};
    }
    return QString::fromLatin1(token);
}

std::variant<SignedToken::Opened, SignedToken::Refusal> SignedToken::open(QLatin1StringView prefix, int version,
                                                                          const QString &token, qsizetype maximumLength,
                                                                          const QHash<QString, QByteArray> &keys)
{
    if (token.size() > maximumLength)
        return Refusal{Flaw::TooLong, {}};
    if (!token.startsWith(prefix))
        return Refusal{Flaw::WrongPrefix, {}};
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot < 0 || text.indexOf('.', dot + 1) >= 0)
        return Refusal{Flaw::NoSignature, {}};
    const QByteArrayView signedPart = QByteArrayView(text).first(dot);
    const auto payload = decode(signedPart.sliced(prefix.size()));
    const auto signature = decode(QByteArrayView(text).sliced(dot + 1));
    if (!payload || !signature)
        return Refusal{Flaw::NotBase64, {}};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &parseError);
    const QJsonObject claims = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        claims.value(QLatin1String("v")).toInt() != version || !claims.value(QLatin1String("kid")).isString()) {
        return Refusal{Flaw::Unreadable, {}};
    }
    const QString keyId = claims.value(QLatin1String("kid")).toString();
    const auto key = keys.constFind(keyId);
    if (key == keys.cend())
        return Refusal{Flaw::UnknownKey, keyId};
    if (!ed25519::verify(*key, signedPart, *signature))
        return Refusal{Flaw::BadSignature, {}};
    return Opened{keyId, claims};
}

} // namespace omnitill
