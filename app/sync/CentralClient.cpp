#include "CentralClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>

namespace omnitill {

Q_LOGGING_CATEGORY(lcSync, "omnitill.sync")

CentralClient::CentralClient(QObject *parent)
    : QObject(parent)
{
}

void CentralClient::get(const QString &path, const QUrlQuery &query, Callback done)
{
    send("GET", path, query, {}, std::move(done));
}

void CentralClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done));
}

void CentralClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                         Callback done)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_credential.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_credential.toUtf8());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, done = std::move(done), path] {
        reply->deleteLater();
        CentralReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        if (!answer.reached()) {
            answer.error = reply->error() == QNetworkReply::OperationCanceledError
                               ? tr("The central store did not answer within %1 s").arg(m_timeoutMs / 1000.0)
                               : tr("The central store cannot be reached: %1").arg(reply->errorString());
        } else if (!answer.ok()) {
            const QString message =
                answer.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            answer.error = message.isEmpty() ? tr("The central store answered %1").arg(answer.status) : message;
        }
        if (!answer.ok()) {
            // A gift card number in a path spends its balance: the log names the card by its last digits only.
            static const QRegularExpression cardNumber(QStringLiteral("\\d{8,15}(\\d{4})"));
            qCInfo(lcSync) << QString(path).replace(cardNumber, QStringLiteral("…\\1")) << "->" << answer.status
                           << answer.error;
        }
        Q_EMIT requestFinished(answer.reached(), timer.elapsed());
        done(answer);
    });
}

} // namespace omnitill
