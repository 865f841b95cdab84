#pragma once

#include "NexoCrypto.h"
#include "NexoMessages.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

class QTcpSocket;

namespace omnitill {

// What the simulated customer and acquirer do with a payment.
enum class SimulatedOutcome {
    Approve,
    Decline, // a scripted Decline refuses refunds too
    InsufficientFunds,
    CardRemoved,
    NoResponse, // the terminal never answers; the payment stays in progress until aborted
    CancelOnTerminal,
    PartialApproval,   // half the amount (rounded down) is approved
    DropAfterApproval, // approved, then the connection is cut before the answer is sent
    OfflineApproval,   // the terminal cannot reach the acquirer and approves for store-and-forward
};

// A card terminal on a socket: HTTP or HTTPS POSTs of Sale-to-POI messages, secured with the shared key
// when it has one, answered as the Adyen Terminal API does. The outcome is scripted for all payments or,
// as test hosts commonly do, chosen by the amount's last two minor digits (see outcomeForAmount). It
// remembers every transaction by ServiceID, so a TransactionStatusRequest answers for an interrupted one.
class TerminalSimulator : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString poiId = QStringLiteral("P400Plus-275000001");
        std::optional<NexoSecurityKey> key;
        std::optional<QSslConfiguration> tls;
        std::optional<SimulatedOutcome> scripted; // overrides the amount rule
        int responseDelayMs = 0;
    };

    explicit TerminalSimulator(Settings settings, QObject *parent = nullptr);
    ~TerminalSimulator() override;

    // Listens on 127.0.0.1; returns the port (an ephemeral one for 0).
    [[nodiscard]] Result<quint16> listen(quint16 port = 0);

    // 51 decline, 52 insufficient funds, 53 card removed, 54 no response, 55 cancelled on the terminal,
    // 56 partial approval, 57 dropped after approval, 58 approved offline (store and forward); anything else
    // is approved.
    [[nodiscard]] static SimulatedOutcome outcomeForAmount(qint64 amountMinor);
    [[nodiscard]] static std::optional<SimulatedOutcome> outcomeFromName(const QString &name);

    void setScriptedOutcome(std::optional<SimulatedOutcome> outcome) { m_settings.scripted = outcome; }
    void setResponseDelayMs(int delayMs) { m_settings.responseDelayMs = delayMs; }
    // How many payments the terminal has charged (approved in full or in part, not reversed).
    [[nodiscard]] int chargedCount() const;
    // How much all refunds and reversals gave back.
    [[nodiscard]] qint64 refundedMinor() const { return m_refundedMinor; }

Q_SIGNALS:
    void requestReceived(const QString &category, const QString &serviceId);

private:
    struct Transaction
    {
        NexoHeader request;
        QJsonObject response; // the PaymentResponse body; empty while in progress
        qint64 chargedMinor = 0;
        QPointer<QTcpSocket> waiting; // the connection still owed an answer
    };

    void accept();
    void readFrom(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &body);
    QJsonObject handlePayment(QTcpSocket *socket, const NexoHeader &header, const QJsonObject &request);
    QJsonObject handleReversal(const NexoHeader &header, const QJsonObject &request);
    QJsonObject reverse(const QJsonObject &request);
    QJsonObject handleStatus(const QJsonObject &request);
    void handleAbort(const QJsonObject &request);
    void answer(QTcpSocket *socket, const NexoHeader &request, const QString &body, const QJsonObject &content);
    static void writeHttp(QTcpSocket *socket, const QByteArray &body);

    Settings m_settings;
    std::optional<NexoCrypto> m_crypto;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, Transaction> m_transactions; // by ServiceID
    qint64 m_refundedMinor = 0;
    int m_nextReference = 1;
};

} // namespace omnitill
