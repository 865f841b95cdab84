#pragma once

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

// A real HTTP client for the tests: one synchronous request through QNetworkAccessManager to the server on
// 127.0.0.1, with the status, the raw body and the body as JSON.
struct ApiReply
{
    int status = 0; // 0 when no HTTP response came
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QString errorCode() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
};

class ApiClient
{
public:
    explicit ApiClient(QUrl base)
        : m_base(std::move(base))
    {
    }

    void setCredential(const QString &credential) { m_credential = credential; }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    // Sent with every request from now on ("Accept-Language").
    void setHeader(const QByteArray &name, const QByteArray &value) { m_headers.insert(name, value); }

    ApiReply get(const QString &path) { return send("GET", path, {}); }
    ApiReply post(const QString &path, const QByteArray &body) { return send("POST", path, body); }
    ApiReply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    ApiReply put(const QString &path, const QJsonObject &body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    ApiReply remove(const QString &path) { return send("DELETE", path, {}); }

    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_credential.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_credential.toLatin1());
        for (auto header = m_headers.cbegin(); header != m_headers.cend(); ++header)
            request.setRawHeader(header.key(), header.value());
        if (m_ssl)
            request.setSslConfiguration(*m_ssl);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        ApiReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_credential;
    std::optional<QSslConfiguration> m_ssl;
    QHash<QByteArray, QByteArray> m_headers;
};
