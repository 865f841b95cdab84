#pragma once

#include "CentralServer.h"
#include "ConnectionPool.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

// The race tests' scaffold: a second central instance over the same database, and many clients that post at
// once, spread over the instances, each with its own network manager (so its own connections) and waiting
// together. The database, not the instance, must then decide who wins.

// Another omnitill-central over the test's database, with its own connections and worker threads.
struct SecondInstance
{
    explicit SecondInstance(const omnitill::central::DatabaseSettings &settings)
        : pool(settings)
        , server(pool)
        , port(server.listen(QHostAddress::LocalHost, 0).value())
    {
    }

    omnitill::central::ConnectionPool pool;
    omnitill::central::CentralServer server;
    quint16 port = 0;
};

// Posts bodyFor(i) to path for i in [0, clients), client i on ports[i % ports.size()], all at once; returns
// the HTTP status of each (0 when no answer came within a minute).
inline QList<int> postConcurrently(const QList<quint16> &ports, const QString &path, const QString &credential,
                                   int clients, const std::function<QJsonObject(int)> &bodyFor)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < clients; ++i) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(ports[i % ports.size()]).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + credential.toLatin1());
        replies.append(networks.back()->post(request, QJsonDocument(bodyFor(i)).toJson()));
    }
    QEventLoop loop;
    int finished = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (++finished == clients)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (finished < clients)
        loop.exec();
    QList<int> statuses;
    for (QNetworkReply *reply : std::as_const(replies))
        statuses.append(reply->isFinished() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0);
    return statuses;
}
