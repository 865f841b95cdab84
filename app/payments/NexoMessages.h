#pragma once

#include "Currency.h"
#include "PaymentTerminal.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omnitill {

// Who is talking and about what: the nexo MessageHeader (ProtocolVersion 3.0, MessageClass Service).
struct NexoHeader
{
    QString category; // Payment, Reversal, TransactionStatus, Abort
    QString type;     // Request or Response
    QString saleId;
    QString serviceId;
    QString poiId;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static NexoHeader fromJson(const QJsonObject &json);
};

// The plain (unsecured) Sale-to-POI JSON of the Adyen Terminal API: the requests the till sends and the
// reading of the terminal's answers. Amounts are integer minor units everywhere but on the wire, where
// nexo writes them as decimal numbers of the major unit; they are converted here and only here.
class NexoMessages
{
    Q_DECLARE_TR_FUNCTIONS(NexoMessages)

public:
    [[nodiscard]] static QByteArray paymentRequest(const NexoHeader &header, qint64 amountMinor,
                                                   const Currency &currency, const QDateTime &at);
    // A referenced refund (amount given) or the reversal of the whole payment (no amount).
    [[nodiscard]] static QByteArray reversalRequest(const NexoHeader &header, const OriginalPayment &original,
                                                    std::optional<qint64> amountMinor, const Currency &currency);
    [[nodiscard]] static QByteArray transactionStatusRequest(const NexoHeader &header, const QString &serviceIdToQuery);
    [[nodiscard]] static QByteArray abortRequest(const NexoHeader &header, const QString &serviceIdToAbort);

    // Reads a PaymentResponse, ReversalResponse or TransactionStatusResponse (whose repeated payment
    // response is the answer) into a result. A message that is not the expected answer is an Error.
    [[nodiscard]] static Result<PaymentResult> readResponse(const QByteArray &message, const NexoHeader &request,
                                                            const Currency &currency);

    [[nodiscard]] static double toWireAmount(qint64 minor, const Currency &currency);
    [[nodiscard]] static qint64 fromWireAmount(double amount, const Currency &currency);
    [[nodiscard]] static QString wireTime(const QDateTime &at);

private:
    static QByteArray request(const NexoHeader &header, const QString &body, const QJsonObject &content);
    static PaymentResult readPaymentOrReversal(const QJsonObject &body, const Currency &currency);
};

} // namespace omnitill
