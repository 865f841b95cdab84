#include "ApiError.h"

#include "Logging.h"

#include <QJsonObject>

namespace omnitill::central {

ApiError ApiError::badRequest(const QString &code, const QString &message)
{
    return {Kind::BadRequest, code, message};
}

ApiError ApiError::unauthorized(const QString &message)
{
    return {Kind::Unauthorized, QStringLiteral("unauthorized"), message};
}

ApiError ApiError::notFound(const QString &code, const QString &message)
{
    return {Kind::NotFound, code, message};
}

ApiError ApiError::conflict(const QString &code, const QString &message)
{
    return {Kind::Conflict, code, message};
}

ApiError ApiError::internal(const QString &logDetail)
{
    qCWarning(lcCentral) << "internal error:" << logDetail;
    return {Kind::Internal, QStringLiteral("storage_error"),
            QCoreApplication::translate("ApiError", "The central store could not complete the request; try again")};
}

QHttpServerResponse::StatusCode ApiError::status() const
{
    using Status = QHttpServerResponse::StatusCode;
    switch (kind) {
    case Kind::BadRequest:
        return Status::BadRequest;
    case Kind::Unauthorized:
        return Status::Unauthorized;
    case Kind::NotFound:
        return Status::NotFound;
    case Kind::MethodNotAllowed:
        return Status::MethodNotAllowed;
    case Kind::Conflict:
        return Status::Conflict;
    case Kind::PayloadTooLarge:
        return Status::PayloadTooLarge;
    case Kind::Internal:
        break;
    }
    return Status::InternalServerError;
}

QHttpServerResponse ApiError::toResponse() const
{
    QHttpServerResponse response(
        QJsonObject{
            {QLatin1String("error"), QJsonObject{{QLatin1String("code"), code}, {QLatin1String("message"), message}}}},
        status());
    if (kind == Kind::Unauthorized)
        response.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"omnitill\""));
    return response;
}

} // namespace omnitill::central
