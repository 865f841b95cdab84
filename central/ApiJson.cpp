#include "ApiJson.h"

#include <QJsonDocument>
#include <QUuid>

namespace omnitill::central {

Outcome<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::badRequest(
            QStringLiteral("malformed_json"),
            QCoreApplication::translate("CentralApi", "The body is not valid JSON: %1 at offset %2")
                .arg(error.errorString())
                .arg(error.offset));
    }
    if (!document.isObject()) {
        return ApiError::badRequest(QStringLiteral("invalid_body"),
                                    QCoreApplication::translate("CentralApi", "The body must be a JSON object"));
    }
    return document.object();
}

Outcome<qint64> wholeParameter(const ApiRequest &request, const QString &name, qint64 minimum, qint64 maximum,
                               std::optional<qint64> fallback)
{
    if (!request.query.hasQueryItem(name)) {
        if (fallback)
            return *fallback;
        return ApiError::badRequest(QStringLiteral("missing_query"),
                                    QCoreApplication::translate("CatalogApi", "Say %1=").arg(name));
    }
    bool number = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&number);
    if (!number || value < minimum || value > maximum) {
        return ApiError::badRequest(QStringLiteral("invalid_query"),
                                    QCoreApplication::translate("CatalogApi", "%1 must be a whole number from %2 to %3")
                                        .arg(name)
                                        .arg(minimum)
                                        .arg(maximum));
    }
    return value;
}

ApiError wrongType(const QString &field, const QString &expected)
{
    return ApiError::badRequest(
        QStringLiteral("invalid_field"),
        QCoreApplication::translate("CentralApi", "The field \"%1\" must be %2").arg(field, expected));
}

std::optional<ApiError> readString(const QJsonObject &body, const char *key, QString &out)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return wrongType(QLatin1String(key), QCoreApplication::translate("CentralApi", "a string"));
    out = value.toString();
    return std::nullopt;
}

Outcome<QString> readUuid(const QJsonObject &body, const char *key)
{
    QString text;
    if (auto invalid = readString(body, key, text))
        return *invalid;
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return wrongType(QLatin1String(key), QCoreApplication::translate("CentralApi", "a UUID"));
    return uuid.toString(QUuid::WithoutBraces);
}

Outcome<QByteArray> readPng(const QJsonObject &body, const char *key)
{
    static constexpr QByteArrayView pngSignature = "\x89PNG\r\n\x1a\n";
    QString text;
    if (auto invalid = readString(body, key, text))
        return *invalid;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(pngSignature))
        return wrongType(QLatin1String(key),
                         QCoreApplication::translate("CentralApi", "the receipt as a PNG image, base64"));
    return decoded.decoded;
}

} // namespace omnitill::central
