#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace omnitill::central {

// What every handler does with JSON: read the body, check a field's type before touching the database,
// answer an outcome. Shared by CentralApi and the handler classes beside it.

// The body as a JSON object, or 400 malformed_json / invalid_body.
[[nodiscard]] Outcome<QJsonObject> parseJsonObject(const QByteArray &body);

// 400 invalid_field: "The field "sale" must be the UUID of the sale".
[[nodiscard]] ApiError wrongType(const QString &field, const QString &expected);

// An optional string field: absent or null is empty, anything but a string is a 400.
[[nodiscard]] std::optional<ApiError> readString(const QJsonObject &body, const char *key, QString &out);

// A required UUID field, answered without braces; else 400 invalid_field.
[[nodiscard]] Outcome<QString> readUuid(const QJsonObject &body, const char *key);

// A required base64 field that holds a PNG image (its signature checked), decoded; else 400 invalid_field.
[[nodiscard]] Outcome<QByteArray> readPng(const QJsonObject &body, const char *key);

// A whole number query parameter from minimum to maximum, or the fallback when absent; else 400
// missing_query or invalid_query.
[[nodiscard]] Outcome<qint64> wholeParameter(const ApiRequest &request, const QString &name, qint64 minimum,
                                             qint64 maximum, std::optional<qint64> fallback);

// The outcome's value made into JSON with the status, or its error.
template <typename T, typename Make>
[[nodiscard]] QHttpServerResponse answer(const Outcome<T> &outcome, Make make,
                                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    if (!outcome)
        return outcome.error().toResponse();
    return QHttpServerResponse(make(*outcome), status);
}

} // namespace omnitill::central
