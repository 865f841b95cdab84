#include "StaffRequestClient.h"

#include "CentralClient.h"
#include "OutboxQueue.h"
#include "OutboxTaskSender.h"

#include <QJsonArray>
#include <QUuid>

namespace omnitill {

const QString StaffRequestClient::raiseKind = QStringLiteral("staff_request");
const QString StaffRequestClient::raiseRoute = QStringLiteral("/v1/staff-requests");
const QString StaffRequestClient::resolveKind = QStringLiteral("staff_request_resolution");
const QString StaffRequestClient::resolveRoute = QStringLiteral("/v1/staff-requests/resolve");

StaffRequestStatus StaffRequestStatus::fromJson(const QJsonObject &json)
{
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    return {text("request"),
            text("terminalName"),
            text("kind"),
            text("details"),
            QDateTime::fromString(text("raisedAt"), Qt::ISODateWithMs),
            json.value(QLatin1String("open")).toBool(true),
            QDateTime::fromString(text("resolvedAt"), Qt::ISODateWithMs),
            text("resolvedBy"),
            text("resolvedByName"),
            text("resolvedAtTerminalName")};
}

QString StaffRequestStatus::resolverWords() const
{
    const QString who =
        resolvedByName.isEmpty() ? resolvedBy : StaffRequestClient::tr("%1 (%2)").arg(resolvedByName, resolvedBy);
    return StaffRequestClient::tr("%1 at %2").arg(who, resolvedAtTerminalName);
}

StaffRequestClient::StaffRequestClient(const Database &database, CentralClient &client, OutboxTaskSender &tasks)
    : m_database(database)
    , m_client(client)
    , m_tasks(tasks)
{
}

Result<QString> StaffRequestClient::raise(const QString &kind, const QString &details)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject payload{{QLatin1String("request"), id},
                              {QLatin1String("kind"), kind},
                              {QLatin1String("details"), details},
                              {QLatin1String("raisedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (auto queued = enqueue(QStringLiteral("staff-request:") + id, raiseKind, payload); !queued)
        return Error{queued.error()};
    return id;
}

Result<void> StaffRequestClient::resolveLater(const QString &requestId, const QString &staffNumber,
                                              const QString &staffName, const QString &resolution)
{
    return enqueue(QStringLiteral("staff-request-resolution:") + requestId, resolveKind,
                   {{QLatin1String("request"), requestId},
                    {QLatin1String("staff"), staffNumber},
                    {QLatin1String("staffName"), staffName},
                    {QLatin1String("resolution"), resolution}});
}

Result<void> StaffRequestClient::enqueue(const QString &recordId, const QString &kind, const QJsonObject &payload)
{
    if (auto queued = OutboxQueue(m_database).enqueue(recordId, kind, payload, QDateTime::currentDateTimeUtc());
        !queued)
        return queued;
    m_tasks.send();
    return {};
}

void StaffRequestClient::resolve(const QString &requestId, const QString &staffNumber, const QString &staffName,
                                 Followed done)
{
    const QJsonObject body{{QLatin1String("request"), requestId},
                           {QLatin1String("staff"), staffNumber},
                           {QLatin1String("staffName"), staffName},
                           {QLatin1String("resolution"), QStringLiteral("resolved")}};
    m_client.post(resolveRoute, body, [this, requestId, done = std::move(done)](const CentralReply &reply) {
        if (reply.ok())
            return done(StaffRequestStatus::fromJson(reply.json));
        if (reply.status != 409)
            return done(Error{reply.error});
        // Who came first, in the till's own words.
        follow(requestId, [done](Result<StaffRequestStatus> found) {
            if (!found)
                return done(found);
            done(Error{tr("Already resolved by %1").arg(found->resolverWords())});
        });
    });
}

void StaffRequestClient::follow(const QString &requestId, Followed done)
{
    m_client.get(raiseRoute + u'/' + requestId, {}, [done = std::move(done)](const CentralReply &reply) {
        if (!reply.ok())
            return done(Error{reply.error});
        done(StaffRequestStatus::fromJson(reply.json));
    });
}

void StaffRequestClient::list(const QDateTime &resolvedSince, Listed done)
{
    QUrlQuery query;
    if (resolvedSince.isValid())
        query.addQueryItem(QStringLiteral("resolvedSince"), resolvedSince.toUTC().toString(Qt::ISODateWithMs));
    m_client.get(raiseRoute, query, [done = std::move(done)](const CentralReply &reply) {
        if (!reply.ok())
            return done(Error{reply.error});
        QList<StaffRequestStatus> requests;
        for (const QJsonValue &request : reply.json.value(QLatin1String("requests")).toArray())
            requests.append(StaffRequestStatus::fromJson(request.toObject()));
        done(requests);
    });
}

} // namespace omnitill
