#include "NexoMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <cmath>

namespace omnitill {

namespace {
QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}
QJsonObject child(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toObject();
}

// "key=value&key=value", URL-encoded, as Adyen puts extra detail in AdditionalResponse.
QString additional(const QJsonObject &response, const QString &key)
{
    return QUrlQuery(field(response, "AdditionalResponse")).queryItemValue(key, QUrl::FullyDecoded);
}

// Card data the terminal chose to show: the masked PAN and the brand, for the slip.
void readCard(const QJsonObject &paymentResult, PaymentResult &result)
{
    const QJsonObject instrument = child(paymentResult, "PaymentInstrumentData");
    const QJsonObject card = child(instrument, "CardData");
    result.maskedPan = field(card, "MaskedPan");
    result.brand = field(card, "PaymentBrand");
}

// Adyen writes each slip line as "key=…&name=…&value=…&type=…", URL-encoded: the line is name and value.
QString slipLine(const QString &text)
{
    const QUrlQuery query(text);
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QString value = query.queryItemValue(QStringLiteral("value"), QUrl::FullyDecoded);
    return value.isEmpty() ? name : name + QLatin1Char(' ') + value;
}

void readReceipts(const QJsonArray &receipts, PaymentResult &result)
{
    for (const QJsonValue &receipt : receipts) {
        const QJsonObject object = receipt.toObject();
        QStringList lines;
        const QJsonArray texts = child(object, "OutputContent").value(QLatin1String("OutputText")).toArray();
        for (const QJsonValue &text : texts)
            lines << slipLine(text.toObject().value(QLatin1String("Text")).toString());
        if (field(object, "DocumentQualifier") == QLatin1String("CashierReceipt"))
            result.merchantSlip = lines;
        else if (field(object, "DocumentQualifier") == QLatin1String("CustomerReceipt"))
            result.customerSlip = lines;
    }
}

PaymentOutcome failureOutcome(const QJsonObject &response)
{
    const QString condition = field(response, "ErrorCondition");
    if (condition == QLatin1String("Cancel") || condition == QLatin1String("Aborted"))
        return PaymentOutcome::Cancelled;
    if (condition == QLatin1String("InProgress") || condition == QLatin1String("Busy"))
        return PaymentOutcome::InProgress;
    if (condition == QLatin1String("NotFound"))
        return PaymentOutcome::NotFound;
    if (condition != QLatin1String("Refusal"))
        return PaymentOutcome::Rejected; // only a refusal is a decline; anything else is settled by status
    const QString refusal = additional(response, QStringLiteral("refusalReason"));
    if (refusal == QLatin1String("Not enough balance"))
        return PaymentOutcome::InsufficientFunds;
    if (refusal == QLatin1String("Card Absent") || refusal == QLatin1String("Card removed"))
        return PaymentOutcome::CardRemoved;
    return PaymentOutcome::Declined;
}
} // namespace

QJsonObject NexoHeader::toJson() const
{
    return {{QStringLiteral("ProtocolVersion"), QStringLiteral("3.0")},
            {QStringLiteral("MessageClass"), QStringLiteral("Service")},
            {QStringLiteral("MessageCategory"), category},
            {QStringLiteral("MessageType"), type},
            {QStringLiteral("ServiceID"), serviceId},
            {QStringLiteral("SaleID"), saleId},
            {QStringLiteral("POIID"), poiId}};
}

NexoHeader NexoHeader::fromJson(const QJsonObject &json)
{
    return {field(json, "MessageCategory"), field(json, "MessageType"), field(json, "SaleID"), field(json, "ServiceID"),
            field(json, "POIID")};
}

double NexoMessages::toWireAmount(qint64 minor, const Currency &currency)
{
    // Exact for every till amount: below 2^53 minor units a double holds the quotient's nearest value,
    // which prints back as the shortest decimal (10.99, not 10.9900000001).
    return double(minor) / double(currency.minorPerMajor());
}

qint64 NexoMessages::fromWireAmount(double amount, const Currency &currency)
{
    return std::llround(amount * double(currency.minorPerMajor()));
}

QString NexoMessages::wireTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QByteArray NexoMessages::request(const NexoHeader &header, const QString &body, const QJsonObject &content)
{
    const QJsonObject message{{QStringLiteral("MessageHeader"), header.toJson()}, {body, content}};
    return QJsonDocument(QJsonObject{{QStringLiteral("SaleToPOIRequest"), message}}).toJson(QJsonDocument::Compact);
}

QByteArray NexoMessages::paymentRequest(const NexoHeader &header, qint64 amountMinor, const Currency &currency,
                                        const QDateTime &at)
{
    const QJsonObject saleData{
        {QStringLiteral("SaleTransactionID"), QJsonObject{{QStringLiteral("TransactionID"), header.serviceId},
                                                          {QStringLiteral("TimeStamp"), wireTime(at)}}}};
    const QJsonObject transaction{
        {QStringLiteral("AmountsReq"),
         QJsonObject{{QStringLiteral("Currency"), currency.code()},
                     {QStringLiteral("RequestedAmount"), toWireAmount(amountMinor, currency)}}}};
    return request(header, QStringLiteral("PaymentRequest"),
                   {{QStringLiteral("SaleData"), saleData}, {QStringLiteral("PaymentTransaction"), transaction}});
}

QByteArray NexoMessages::reversalRequest(const NexoHeader &header, const OriginalPayment &original,
                                         std::optional<qint64> amountMinor, const Currency &currency)
{
    QJsonObject content{{QStringLiteral("OriginalPOITransaction"),
                         QJsonObject{{QStringLiteral("POITransactionID"),
                                      QJsonObject{{QStringLiteral("TransactionID"), original.pspReference},
                                                  {QStringLiteral("TimeStamp"), wireTime(original.transactionTime)}}}}},
                        {QStringLiteral("ReversalReason"), QStringLiteral("MerchantCancel")}};
    if (amountMinor)
        content.insert(QStringLiteral("ReversedAmount"), toWireAmount(*amountMinor, currency));
    return request(header, QStringLiteral("ReversalRequest"), content);
}

QByteArray NexoMessages::transactionStatusRequest(const NexoHeader &header, const QString &serviceIdToQuery)
{
    return request(header, QStringLiteral("TransactionStatusRequest"),
                   {{QStringLiteral("ReceiptReprintFlag"), true},
                    {QStringLiteral("DocumentQualifier"),
                     QJsonArray{QStringLiteral("CashierReceipt"), QStringLiteral("CustomerReceipt")}},
                    {QStringLiteral("MessageReference"),
                     QJsonObject{{QStringLiteral("MessageCategory"), QStringLiteral("Payment")},
                                 {QStringLiteral("SaleID"), header.saleId},
                                 {QStringLiteral("ServiceID"), serviceIdToQuery}}}});
}

QByteArray NexoMessages::abortRequest(const NexoHeader &header, const QString &serviceIdToAbort)
{
    return request(header, QStringLiteral("AbortRequest"),
                   {{QStringLiteral("AbortReason"), QStringLiteral("MerchantAbort")},
                    {QStringLiteral("MessageReference"),
                     QJsonObject{{QStringLiteral("MessageCategory"), QStringLiteral("Payment")},
                                 {QStringLiteral("SaleID"), header.saleId},
                                 {QStringLiteral("ServiceID"), serviceIdToAbort}}}});
}

PaymentResult NexoMessages::readPaymentOrReversal(const QJsonObject &body, const Currency &currency)
{
    PaymentResult result;
    const QJsonObject response = child(body, "Response");
    const QString outcome = field(response, "Result");
    if (outcome == QLatin1String("Success"))
        result.outcome = PaymentOutcome::Approved;
    else if (outcome == QLatin1String("Partial"))
        result.outcome = PaymentOutcome::PartiallyApproved;
    else
        result.outcome = failureOutcome(response);
    result.offline = additional(response, QStringLiteral("offline")) == QLatin1String("true");
    result.reason = additional(response, QStringLiteral("refusalReason"));
    if (result.reason.isEmpty())
        result.reason = additional(response, QStringLiteral("message"));

    const QJsonObject poiTransaction = child(child(body, "POIData"), "POITransactionID");
    result.pspReference = field(poiTransaction, "TransactionID");
    result.transactionTime = QDateTime::fromString(field(poiTransaction, "TimeStamp"), Qt::ISODate);
    const QJsonObject paymentResult = child(body, "PaymentResult");
    const QJsonObject amounts = child(paymentResult, "AmountsResp");
    if (result.charged())
        result.approvedMinor = fromWireAmount(amounts.value(QLatin1String("AuthorizedAmount")).toDouble(), currency);
    if (body.contains(QLatin1String("ReversedAmount")))
        result.approvedMinor = fromWireAmount(body.value(QLatin1String("ReversedAmount")).toDouble(), currency);
    readCard(paymentResult, result);
    readReceipts(body.value(QLatin1String("PaymentReceipt")).toArray(), result);
    return result;
}

Result<PaymentResult> NexoMessages::readResponse(const QByteArray &message, const NexoHeader &request,
                                                 const Currency &currency)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(message, &parseError).object();
    const QJsonObject response = child(root, "SaleToPOIResponse");
    const NexoHeader header = NexoHeader::fromJson(child(response, "MessageHeader"));
    if (header.type != QLatin1String("Response") || header.category != request.category ||
        header.serviceId != request.serviceId || header.saleId != request.saleId)
        return Error{tr("The terminal answered something other than this request.")};

    if (header.category == QLatin1String("TransactionStatus")) {
        const QJsonObject body = child(response, "TransactionStatusResponse");
        const QJsonObject status = child(body, "Response");
        if (field(status, "Result") != QLatin1String("Success")) {
            PaymentResult result;
            result.outcome = failureOutcome(status);
            result.reason = additional(status, QStringLiteral("message"));
            return result;
        }
        const QJsonObject repeated = child(body, "RepeatedMessageResponse");
        // The repeated answer is the payment's, or a refund's (a reversal) when that is what was asked about.
        const QJsonObject repeatedBody = child(repeated, "RepeatedResponseMessageBody");
        PaymentResult result = readPaymentOrReversal(repeatedBody.contains(QLatin1String("ReversalResponse"))
                                                         ? child(repeatedBody, "ReversalResponse")
                                                         : child(repeatedBody, "PaymentResponse"),
                                                     currency);
        result.serviceId = field(child(repeated, "MessageHeader"), "ServiceID");
        return result;
    }
    const char *bodyName = header.category == QLatin1String("Reversal") ? "ReversalResponse" : "PaymentResponse";
    if (!response.contains(QLatin1String(bodyName)))
        return Error{tr("The terminal's answer has no %1.").arg(QLatin1String(bodyName))};
    PaymentResult result = readPaymentOrReversal(child(response, bodyName), currency);
    result.serviceId = header.serviceId;
    return result;
}

} // namespace omnitill
