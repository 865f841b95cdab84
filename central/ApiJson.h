#pragma once

#include "ApiError.h"

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
