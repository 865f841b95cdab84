#include "ApiJson.h"

#include <QJsonDocument>

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

} // namespace omnitill::central
