#pragma once

#include "NexoCrypto.h"
#include "NexoMessages.h"
#include "PaymentTerminalPlugin.h"

#include <QLoggingCategory>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcPayments)

// Where the terminal is and how to trust it. The certificate is the CA (or the terminal's own
// certificate) the TLS connection must chain to; its host name is not checked, because terminals are
// reached by IP address (Adyen's documentation says the common-name mismatch is expected).
struct NexoTerminalSettings
{
    QUrl endpoint; // https://192.168.1.20:8443/nexo
    QString saleId;
    QString poiId;
    QList<QSslCertificate> trustedCertificates;
    std::optional<NexoSecurityKey> key; // without one, messages travel plain (loopback simulator only)
    int timeoutMs = 150'000;            // the customer may take a while at the terminal
};

// The Adyen Terminal API over a local connection: each request is one HTTPS POST of a secured
// Sale-to-POI message, answered synchronously. No answer within the timeout is Timeout, a broken
// connection ConnectionLost: the caller must then ask transactionStatus(), never assume.
class NexoTerminal : public PaymentTerminal
{
    Q_OBJECT

public:
    [[nodiscard]] static Result<std::unique_ptr<NexoTerminal>> create(NexoTerminalSettings settings,
                                                                      QObject *parent = nullptr);
    // The settings from the store's: the address "https://192.168.1.20:8443" (or "http://127.0.0.1:8443",
    // the simulator on this machine), payment.poiId, payment.keyId and payment.keyVersion (the shared key the
    // terminal was set up with), payment.certificate (the PEM file the terminal's TLS must chain to) and
    // payment.timeoutSeconds (how long a request waits for the terminal's answer; 150 s when unset).
    [[nodiscard]] static Result<NexoTerminalSettings> settingsFrom(const PaymentTerminalConfig &config);
    ~NexoTerminal() override;

    void purchase(const QString &serviceId, qint64 amountMinor, const Currency &currency, Completion done) override;
    void refund(const QString &serviceId, const OriginalPayment &original, qint64 amountMinor, const Currency &currency,
                Completion done) override;
    void reverse(const QString &serviceId, const OriginalPayment &original, const Currency &currency,
                 Completion done) override;
    void abort(const QString &serviceId, const QString &serviceIdToAbort) override;
    void transactionStatus(const QString &serviceId, const QString &serviceIdToQuery, const Currency &currency,
                           Completion done) override;

private:
    NexoTerminal(NexoTerminalSettings settings, std::optional<NexoCrypto> crypto, QObject *parent);
    NexoHeader header(const QString &category, const QString &serviceId) const;
    // Without a currency and a completion (an abort), the answer is not read.
    void send(const NexoHeader &header, const QByteArray &plain, std::optional<Currency> currency, Completion done);

    NexoTerminalSettings m_settings;
    std::optional<NexoCrypto> m_crypto;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace omnitill
