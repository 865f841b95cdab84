#include "StaffRequestsApi.h"

#include "ApiJson.h"
#include "StaffRequests.h"

#include <QJsonArray>
#include <QUuid>

namespace omnitill::central {

namespace {

// The request's UUID in its canonical form, or empty when it is not one.
QString canonicalUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

// A short text field of at most maximum characters; required ones may not be blank.
std::optional<ApiError> readText(const QJsonObject &body, const char *key, qsizetype maximum, bool required,
                                 QString &out)
{
    if (auto invalid = readString(body, key, out))
        return invalid;
    if ((required && out.trimmed().isEmpty()) || out.size() > maximum) {
        return wrongType(QLatin1String(key),
                         StaffRequestsApi::tr("a text of %1 to %2 characters").arg(required ? 1 : 0).arg(maximum));
    }
    return std::nullopt;
}

// A raise's or a resolution's body: a JSON object naming the request by its UUID (canonical in id).
struct NamingBody
{
    QJsonObject body;
    QString id;
};

Outcome<NamingBody> bodyNamingARequest(const QByteArray &text)
{
    auto body = parseJsonObject(text);
    if (!body)
        return body.error();
    QString id;
    if (auto invalid = readString(*body, "request", id))
        return *invalid;
    if (canonicalUuid(id).isEmpty())
        return wrongType(QStringLiteral("request"), StaffRequestsApi::tr("the request's UUID"));
    return NamingBody{*body, canonicalUuid(id)};
}

} // namespace

StaffRequestsApi::StaffRequestsApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse StaffRequestsApi::raise(const ApiRequest &request)
{
    auto named = bodyNamingARequest(request.body);
    if (!named)
        return named.error().toResponse();
    const QJsonObject &body = named->body;
    QString kind;
    QString details;
    QString raisedAt;
    if (auto invalid = readString(body, "kind", kind))
        return invalid->toResponse();
    if (!StaffRequests::kinds.contains(kind))
        return wrongType(QStringLiteral("kind"), StaffRequests::kinds.join(QStringLiteral(", "))).toResponse();
    if (auto invalid = readText(body, "details", StaffRequests::maximumDetails, false, details))
        return invalid->toResponse();
    if (auto invalid = readString(body, "raisedAt", raisedAt))
        return invalid->toResponse();
    const QDateTime raised = QDateTime::fromString(raisedAt, Qt::ISODateWithMs);
    if (!raised.isValid())
        return wrongType(QStringLiteral("raisedAt"), tr("a time in ISO 8601")).toResponse();
    auto stored = StaffRequests(m_pool).raise(named->id, kind, details, raised, *request.terminal);
    if (!stored)
        return stored.error().toResponse();
    return QHttpServerResponse(stored->request.toJson(), stored->created ? QHttpServerResponse::StatusCode::Created
                                                                         : QHttpServerResponse::StatusCode::Ok);
}

QHttpServerResponse StaffRequestsApi::list(const ApiRequest &request)
{
    QDateTime since;
    if (request.query.hasQueryItem(QStringLiteral("resolvedSince"))) {
        since = QDateTime::fromString(request.query.queryItemValue(QStringLiteral("resolvedSince"), QUrl::FullyDecoded),
                                      Qt::ISODateWithMs);
        if (!since.isValid()) {
            return ApiError::badRequest(QStringLiteral("invalid_query"), tr("resolvedSince must be a time in ISO 8601"))
                .toResponse();
        }
    }
    return answer(StaffRequests(m_pool).listed(request.terminal->storeId, since), [&](const QList<StaffRequest>
                                                                                          &requests) {
        QJsonArray listed;
        for (const StaffRequest &staffRequest : requests)
            listed.append(staffRequest.toJson());
        return QJsonObject{{QLatin1String("store"), request.terminal->storeId}, {QLatin1String("requests"), listed}};
    });
}

QHttpServerResponse StaffRequestsApi::find(const ApiRequest &request)
{
    const QString id = canonicalUuid(request.arguments.value(0));
    if (id.isEmpty())
        return ApiError::notFound(QStringLiteral("unknown_request"), tr("A request is named by its UUID")).toResponse();
    return answer(StaffRequests(m_pool).find(id, request.terminal->storeId),
                  [](const StaffRequest &found) { return found.toJson(); });
}

QHttpServerResponse StaffRequestsApi::resolve(const ApiRequest &request)
{
    auto named = bodyNamingARequest(request.body);
    if (!named)
        return named.error().toResponse();
    const QJsonObject &body = named->body;
    StaffResolution resolution;
    if (auto invalid = readText(body, "staff", 40, true, resolution.staffNumber))
        return invalid->toResponse();
    if (auto invalid = readText(body, "staffName", 200, false, resolution.staffName))
        return invalid->toResponse();
    if (auto invalid = readText(body, "resolution", 200, true, resolution.resolution))
        return invalid->toResponse();
    return answer(StaffRequests(m_pool).resolve(named->id, resolution, *request.terminal),
                  [](const StaffRequest &resolved) { return resolved.toJson(); });
}

} // namespace omnitill::central
