#include "NexoTerminal.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace omnitill {

Q_LOGGING_CATEGORY(lcPayments, "omnitill.payments")

Result<std::unique_ptr<NexoTerminal>> NexoTerminal::create(NexoTerminalSettings settings, QObject *parent)
{
    if (!settings.endpoint.isValid() || settings.saleId.isEmpty() || settings.poiId.isEmpty())
        return Error{NexoMessages::tr("The payment terminal needs an address, a sale id and a terminal id.")};
    std::optional<NexoCrypto> crypto;
    if (settings.key) {
        auto created = NexoCrypto::create(*settings.key);
        if (!created)
            return Error{created.error()};
        crypto = std::move(created).value();
    } else if (settings.endpoint.host() != QLatin1String("127.0.0.1")) {
        return Error{NexoMessages::tr("A payment terminal on the network needs its shared key.")};
    }
    return std::unique_ptr<NexoTerminal>(new NexoTerminal(std::move(settings), std::move(crypto), parent));
}

Result<NexoTerminalSettings> NexoTerminal::settingsFrom(const PaymentTerminalConfig &config)
{
    const auto setting = [&config](const char *name) {
        return config.setting(QLatin1String(name)).value_or(QString());
    };
    NexoTerminalSettings terminal;
    terminal.endpoint = QUrl(config.address);
    terminal.endpoint.setPath(QStringLiteral("/nexo"));
    const QString transport = terminal.endpoint.scheme();
    if (transport != QLatin1String("https") && transport != QLatin1String("http"))
        return Error{
            NexoMessages::tr("The card terminal %1 is reached by neither HTTPS nor HTTP.").arg(config.address)};
    terminal.saleId = config.saleId;
    terminal.poiId = setting("poiId");
    if (const int seconds = setting("timeoutSeconds").toInt(); seconds > 0)
        terminal.timeoutMs = seconds * 1000;
    if (const QString keyId = setting("keyId"); !keyId.isEmpty()) {
        const QString version = setting("keyVersion");
        terminal.key = NexoSecurityKey{keyId, version.isEmpty() ? 1 : version.toInt(), config.passphrase};
    }
    if (transport == QLatin1String("https")) {
        const QString path = setting("certificate");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return Error{NexoMessages::tr("The card terminal's certificate %1 cannot be read.").arg(path)};
        terminal.trustedCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (terminal.trustedCertificates.isEmpty())
            return Error{NexoMessages::tr("The card terminal's certificate %1 holds no certificate.").arg(path)};
    }
    // create() checks the rest (ids, and a key for anything but loopback).
    return terminal;
}

NexoTerminal::NexoTerminal(NexoTerminalSettings settings, std::optional<NexoCrypto> crypto, QObject *parent)
    : PaymentTerminal(parent)
    , m_settings(std::move(settings))
    , m_crypto(std::move(crypto))
    , m_network(new QNetworkAccessManager(this))
{
}

NexoTerminal::~NexoTerminal() = default;

NexoHeader NexoTerminal::header(const QString &category, const QString &serviceId) const
{
    return {category, QStringLiteral("Request"), m_settings.saleId, serviceId, m_settings.poiId};
}

void NexoTerminal::purchase(const QString &serviceId, qint64 amountMinor, const Currency &currency, Completion done)
{
    const NexoHeader request = header(QStringLiteral("Payment"), serviceId);
    send(request, NexoMessages::paymentRequest(request, amountMinor, currency, QDateTime::currentDateTimeUtc()),
         currency, std::move(done));
}

void NexoTerminal::refund(const QString &serviceId, const OriginalPayment &original, qint64 amountMinor,
                          const Currency &currency, Completion done)
{
    const NexoHeader request = header(QStringLiteral("Reversal"), serviceId);
    send(request, NexoMessages::reversalRequest(request, original, amountMinor, currency), currency, std::move(done));
}

void NexoTerminal::reverse(const QString &serviceId, const OriginalPayment &original, const Currency &currency,
                           Completion done)
{
    const NexoHeader request = header(QStringLiteral("Reversal"), serviceId);
    send(request, NexoMessages::reversalRequest(request, original, std::nullopt, currency), currency, std::move(done));
}

void NexoTerminal::abort(const QString &serviceId, const QString &serviceIdToAbort)
{
    const NexoHeader request = header(QStringLiteral("Abort"), serviceId);
    // An AbortRequest has no response body worth reading: the aborted payment answers for it.
    send(request, NexoMessages::abortRequest(request, serviceIdToAbort), std::nullopt, {});
}

void NexoTerminal::transactionStatus(const QString &serviceId, const QString &serviceIdToQuery,
                                     const Currency &currency, Completion done)
{
    const NexoHeader request = header(QStringLiteral("TransactionStatus"), serviceId);
    send(request, NexoMessages::transactionStatusRequest(request, serviceIdToQuery), currency, std::move(done));
}

void NexoTerminal::send(const NexoHeader &header, const QByteArray &plain, std::optional<Currency> currency,
                        Completion done)
{
    PaymentResult failed;
    failed.serviceId = header.serviceId;
    QByteArray body = plain;
    if (m_crypto) {
        auto sealed = m_crypto->seal(plain);
        if (!sealed) {
            if (!done)
                return;
            failed.outcome = PaymentOutcome::ConnectionLost;
            failed.reason = sealed.error();
            done(failed);
            return;
        }
        body = std::move(sealed).value();
    }

    QNetworkRequest request(m_settings.endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_settings.timeoutMs);
    if (m_settings.endpoint.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_settings.trustedCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        // Only the expected name mismatch is forgiven; a certificate that does not chain is refused.
        QList<QSslError> expected;
        for (const QSslError &error : errors)
            if (error.error() == QSslError::HostNameMismatch)
                expected << error;
        reply->ignoreSslErrors(expected);
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, header, currency, failed, done = std::move(done)]() mutable {
                reply->deleteLater();
                if (!done)
                    return;
                if (reply->error() != QNetworkReply::NoError) {
                    failed.outcome = reply->error() == QNetworkReply::OperationCanceledError ||
                                             reply->error() == QNetworkReply::TimeoutError
                                         ? PaymentOutcome::Timeout
                                         : PaymentOutcome::ConnectionLost;
                    failed.reason = reply->errorString();
                    qCWarning(lcPayments) << header.category << header.serviceId << "no answer:" << failed.reason;
                    done(failed);
                    return;
                }
                QByteArray answer = reply->readAll();
                if (m_crypto) {
                    auto opened = m_crypto->open(answer);
                    if (!opened) {
                        // An answer we cannot trust is as good as none: the outcome is unknown.
                        failed.outcome = PaymentOutcome::ConnectionLost;
                        failed.reason = opened.error();
                        done(failed);
                        return;
                    }
                    answer = std::move(opened).value();
                }
                auto result = NexoMessages::readResponse(answer, header, *currency);
                if (!result) {
                    failed.outcome = PaymentOutcome::ConnectionLost;
                    failed.reason = result.error();
                    done(failed);
                    return;
                }
                qCInfo(lcPayments) << header.category << header.serviceId << paymentOutcomeCode(result->outcome);
                done(*result);
            });
}

} // namespace omnitill
