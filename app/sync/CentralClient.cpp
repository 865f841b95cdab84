#include "CentralClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>

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
        if (answer.reached())
            measureSkew(reply->rawHeader(QByteArrayLiteral("Date")));
        Q_EMIT requestFinished(answer.reached(), timer.elapsed());
        done(answer);
    });
}

void CentralClient::measureSkew(const QByteArray &dateHeader)
{
    // RFC 9110's IMF-fixdate, in English whatever the till's locale.
    QDateTime central =
        QLocale::c().toDateTime(QString::fromLatin1(dateHeader).chopped(std::min(4, int(dateHeader.size()))),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!central.isValid())
        return;
    central.setTimeZone(QTimeZone::utc());
    m_skewSeconds = m_clock().secsTo(central);
}

QDateTime CentralClient::centralTime() const
{
    return m_clock().addSecs(m_skewSeconds.value_or(0));
}

QString CentralClient::clockWarning() const
{
    const qint64 skew = m_skewSeconds.value_or(0);
    if (std::abs(skew) <= skewToleranceSeconds)
        return {};
    const qint64 minutes = std::abs(skew) / 60;
    const QString by = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return skew < 0 ? tr("The till's clock is %1 ahead of the central store's; check the till's time setting").arg(by)
                    : tr("The till's clock is %1 behind the central store's; check the till's time setting").arg(by);
}

} // namespace omnitill
