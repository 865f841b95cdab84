#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace omnitill {

// What came back from the central store: reached (an HTTP status) or not, the JSON body, and a message a
// cashier can read when it went wrong ("The central store did not answer within 5 s").
struct CentralReply
{
    int status = 0; // 0: the request never got an answer
    QJsonObject json;
    QString error;

    [[nodiscard]] bool reached() const { return status > 0; }
    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
};

// The till's HTTP client for omnitill-central: JSON over HTTP(S), the terminal's bearer credential on
// every request, a timeout on every request, and the answer or the failure handed to a callback on the
// thread that asked. Nothing here blocks: a till whose network hangs keeps selling.
class CentralClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CentralReply &)>;
    static constexpr int defaultTimeoutMs = 5000;
    // Beyond this the clocks are called skewed: a customer app code lives about two minutes.
    static constexpr qint64 skewToleranceSeconds = 60;

    explicit CentralClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setCredential(const QString &credential) { m_credential = credential; }
    bool hasCredential() const { return !m_credential.isEmpty(); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The till's clock, against which the store's is measured (tests set one hours off).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // How far the store's clock is ahead of the till's (negative: behind), from the Date of its last
    // answer, to the second; nothing before the first answer.
    [[nodiscard]] std::optional<qint64> clockSkewSeconds() const { return m_skewSeconds; }
    // The time by the store's clock: what signed codes (issued and expiring by it) are checked against, so a
    // till whose clock is hours off still takes a fresh app code. The till's clock until the skew is known.
    [[nodiscard]] QDateTime centralTime() const;
    // A sentence for the manager when the clocks differ by more than skewToleranceSeconds; empty otherwise.
    [[nodiscard]] QString clockWarning() const;

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);

Q_SIGNALS:
    // Every finished request: whether the store answered at all, and how long it took. What a connectivity
    // indicator is made from (real outcomes, not a ping).
    void requestFinished(bool reached, qint64 elapsedMs);

private:
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
              Callback done);
    void measureSkew(const QByteArray &dateHeader);

    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_credential;
    int m_timeoutMs = defaultTimeoutMs;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::optional<qint64> m_skewSeconds;
};

} // namespace omnitill
