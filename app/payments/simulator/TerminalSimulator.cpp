#include "TerminalSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace omnitill {

namespace {
const QString maskedPan = QStringLiteral("541333 **** 9999");

QJsonObject response(const QString &result, const QString &errorCondition = {}, const QString &additional = {})
{
    QJsonObject object{{QStringLiteral("Result"), result}};
    if (!errorCondition.isEmpty())
        object.insert(QStringLiteral("ErrorCondition"), errorCondition);
    if (!additional.isEmpty())
        object.insert(QStringLiteral("AdditionalResponse"), additional);
    return object;
}

// Slip lines as Adyen sends them: each OutputText one URL-encoded "key=…&name=…&value=…&type=text".
QJsonObject receipt(const QString &qualifier, const QList<std::pair<QString, QString>> &lines)
{
    QJsonArray texts;
    for (const auto &[name, value] : lines) {
        QUrlQuery text;
        text.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
        text.addQueryItem(QStringLiteral("value"), QString::fromLatin1(QUrl::toPercentEncoding(value)));
        text.addQueryItem(QStringLiteral("type"), QStringLiteral("text"));
        texts.append(QJsonObject{{QStringLiteral("Text"), text.toString(QUrl::FullyEncoded)}});
    }
    return {{QStringLiteral("DocumentQualifier"), qualifier},
            {QStringLiteral("OutputContent"), QJsonObject{{QStringLiteral("OutputFormat"), QStringLiteral("Text")},
                                                          {QStringLiteral("OutputText"), texts}}}};
}

QJsonObject messageReference(const QJsonObject &request)
{
    return request.value(QLatin1String("MessageReference")).toObject();
}
} // namespace

TerminalSimulator::TerminalSimulator(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    if (m_settings.key)
        m_crypto = NexoCrypto::create(*m_settings.key).value();
    if (m_settings.tls) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*m_settings.tls);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TerminalSimulator::accept);
}

TerminalSimulator::~TerminalSimulator() = default;

Result<quint16> TerminalSimulator::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error{m_server->errorString()};
    return m_server->serverPort();
}

SimulatedOutcome TerminalSimulator::outcomeForAmount(qint64 amountMinor)
{
    switch (amountMinor % 100) {
    case 51:
        return SimulatedOutcome::Decline;
    case 52:
        return SimulatedOutcome::InsufficientFunds;
    case 53:
        return SimulatedOutcome::CardRemoved;
    case 54:
        return SimulatedOutcome::NoResponse;
    case 55:
        return SimulatedOutcome::CancelOnTerminal;
    case 56:
        return SimulatedOutcome::PartialApproval;
    case 57:
        return SimulatedOutcome::DropAfterApproval;
    case 58:
        return SimulatedOutcome::OfflineApproval;
    default:
        return SimulatedOutcome::Approve;
    }
}

std::optional<SimulatedOutcome> TerminalSimulator::outcomeFromName(const QString &name)
{
    static const QHash<QString, SimulatedOutcome> names{
        {QStringLiteral("approve"), SimulatedOutcome::Approve},
        {QStringLiteral("decline"), SimulatedOutcome::Decline},
        {QStringLiteral("insufficient-funds"), SimulatedOutcome::InsufficientFunds},
        {QStringLiteral("card-removed"), SimulatedOutcome::CardRemoved},
        {QStringLiteral("no-response"), SimulatedOutcome::NoResponse},
        {QStringLiteral("cancel"), SimulatedOutcome::CancelOnTerminal},
        {QStringLiteral("partial"), SimulatedOutcome::PartialApproval},
        {QStringLiteral("drop-after-approval"), SimulatedOutcome::DropAfterApproval},
        {QStringLiteral("offline"), SimulatedOutcome::OfflineApproval}};
    if (!names.contains(name))
        return std::nullopt;
    return names.value(name);
}

int TerminalSimulator::chargedCount() const
{
    return int(std::count_if(m_transactions.cbegin(), m_transactions.cend(),
                             [](const Transaction &transaction) { return transaction.chargedMinor > 0; }));
}

void TerminalSimulator::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TerminalSimulator::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    handle(socket, body);
}

void TerminalSimulator::writeHttp(QTcpSocket *socket, const QByteArray &body)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void TerminalSimulator::handle(QTcpSocket *socket, const QByteArray &body)
{
    QByteArray plain = body;
    if (m_crypto) {
        auto opened = m_crypto->open(body);
        if (!opened) {
            socket->abort(); // a real terminal drops what it cannot authenticate
            return;
        }
        plain = std::move(opened).value();
    }
    const QJsonObject message =
        QJsonDocument::fromJson(plain).object().value(QLatin1String("SaleToPOIRequest")).toObject();
    const NexoHeader header = NexoHeader::fromJson(message.value(QLatin1String("MessageHeader")).toObject());
    Q_EMIT requestReceived(header.category, header.serviceId);

    if (header.category == QLatin1String("Payment")) {
        const QJsonObject content =
            handlePayment(socket, header, message.value(QLatin1String("PaymentRequest")).toObject());
        if (!content.isEmpty())
            answer(socket, header, QStringLiteral("PaymentResponse"), content);
    } else if (header.category == QLatin1String("Reversal")) {
        const QJsonObject content = handleReversal(header, message.value(QLatin1String("ReversalRequest")).toObject());
        if (m_settings.scripted == SimulatedOutcome::DropAfterApproval)
            socket->abort(); // refunded, and the answer lost on the way
        else
            answer(socket, header, QStringLiteral("ReversalResponse"), content);
    } else if (header.category == QLatin1String("TransactionStatus")) {
        answer(socket, header, QStringLiteral("TransactionStatusResponse"),
               handleStatus(message.value(QLatin1String("TransactionStatusRequest")).toObject()));
    } else if (header.category == QLatin1String("Abort")) {
        handleAbort(message.value(QLatin1String("AbortRequest")).toObject());
        writeHttp(socket, {});
    } else {
        socket->abort();
    }
}

QJsonObject TerminalSimulator::handlePayment(QTcpSocket *socket, const NexoHeader &header, const QJsonObject &request)
{
    const QJsonObject amounts =
        request.value(QLatin1String("PaymentTransaction")).toObject().value(QLatin1String("AmountsReq")).toObject();
    const auto currency = Currency::fromCode(amounts.value(QLatin1String("Currency")).toString());
    if (!currency || m_transactions.contains(header.serviceId)) {
        // A ServiceID is used once; a repeat or an unknown currency is refused, as a terminal does.
        return {{QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("NotAllowed"))}};
    }
    const qint64 requested =
        NexoMessages::fromWireAmount(amounts.value(QLatin1String("RequestedAmount")).toDouble(), *currency);
    const SimulatedOutcome outcome = m_settings.scripted.value_or(outcomeForAmount(requested));

    Transaction &transaction = m_transactions[header.serviceId];
    transaction.request = header;
    if (outcome == SimulatedOutcome::NoResponse) {
        transaction.waiting = socket; // answered only if aborted
        return {};
    }
    const QString reference =
        QStringLiteral("%1.SIM%2").arg(header.serviceId).arg(m_nextReference++, 8, 10, QLatin1Char('0'));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject content{{QStringLiteral("POIData"),
                         QJsonObject{{QStringLiteral("POITransactionID"),
                                      QJsonObject{{QStringLiteral("TransactionID"), reference},
                                                  {QStringLiteral("TimeStamp"), NexoMessages::wireTime(now)}}}}}};
    switch (outcome) {
    case SimulatedOutcome::Decline:
        content.insert(QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("Refusal"),
                                                            QStringLiteral("refusalReason=Refused")));
        break;
    case SimulatedOutcome::InsufficientFunds:
        content.insert(QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("Refusal"),
                                                            QStringLiteral("refusalReason=Not%20enough%20balance")));
        break;
    case SimulatedOutcome::CardRemoved:
        content.insert(QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("Refusal"),
                                                            QStringLiteral("refusalReason=Card%20Absent")));
        break;
    case SimulatedOutcome::CancelOnTerminal:
        content.insert(QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("Cancel")));
        break;
    default: {
        const bool partial = outcome == SimulatedOutcome::PartialApproval;
        transaction.chargedMinor = partial ? requested / 2 : requested;
        // Adyen marks a store-and-forward approval in the additional response (offline, offlineAuthCode).
        content.insert(QStringLiteral("Response"),
                       response(partial ? QStringLiteral("Partial") : QStringLiteral("Success"), {},
                                outcome == SimulatedOutcome::OfflineApproval
                                    ? QStringLiteral("offline=true&offlineAuthCode=Failed%20go%20online%20offline%20"
                                                     "declined&unconfirmedBatchCount=1")
                                    : QString()));
        content.insert(
            QStringLiteral("PaymentResult"),
            QJsonObject{{QStringLiteral("AmountsResp"),
                         QJsonObject{{QStringLiteral("Currency"), currency->code()},
                                     {QStringLiteral("AuthorizedAmount"),
                                      NexoMessages::toWireAmount(transaction.chargedMinor, *currency)}}},
                        {QStringLiteral("PaymentInstrumentData"),
                         QJsonObject{{QStringLiteral("CardData"),
                                      QJsonObject{{QStringLiteral("MaskedPan"), maskedPan},
                                                  {QStringLiteral("PaymentBrand"), QStringLiteral("mc")}}}}}});
        const QString amount =
            QStringLiteral("%1 %2")
                .arg(currency->code())
                .arg(NexoMessages::toWireAmount(transaction.chargedMinor, *currency), 0, 'f', currency->exponent());
        const QList<std::pair<QString, QString>> common{{QStringLiteral("MC"), maskedPan},
                                                        {QStringLiteral("Amount"), amount},
                                                        {QStringLiteral("APPROVED"), {}},
                                                        {QStringLiteral("Ref"), reference}};
        content.insert(
            QStringLiteral("PaymentReceipt"),
            QJsonArray{receipt(QStringLiteral("CashierReceipt"),
                               QList<std::pair<QString, QString>>{{QStringLiteral("MERCHANT COPY"), {}}} + common),
                       receipt(QStringLiteral("CustomerReceipt"),
                               QList<std::pair<QString, QString>>{{QStringLiteral("CARDHOLDER COPY"), {}}} + common)});
    }
    }
    transaction.response = content;
    if (outcome == SimulatedOutcome::DropAfterApproval) {
        socket->abort();
        return {};
    }
    return content;
}

QJsonObject TerminalSimulator::handleReversal(const NexoHeader &header, const QJsonObject &request)
{
    if (m_transactions.contains(header.serviceId))
        return {{QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("NotAllowed"))}};
    // Remembered by its ServiceID like a payment, so that TransactionStatus answers for a lost refund.
    const QJsonObject content = reverse(request);
    Transaction &remembered = m_transactions[header.serviceId];
    remembered.request = header;
    remembered.response = content;
    return content;
}

QJsonObject TerminalSimulator::reverse(const QJsonObject &request)
{
    if (m_settings.scripted == SimulatedOutcome::Decline) // the acquirer refuses refunds too
        return {{QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("Refusal"),
                                                      QStringLiteral("refusalReason=Refund%20declined"))}};
    const QString reference = request.value(QLatin1String("OriginalPOITransaction"))
                                  .toObject()
                                  .value(QLatin1String("POITransactionID"))
                                  .toObject()
                                  .value(QLatin1String("TransactionID"))
                                  .toString();
    for (Transaction &transaction : m_transactions) {
        if (transaction.request.category != QLatin1String("Payment")) // an earlier refund names it too
            continue;
        const QJsonObject poi = transaction.response.value(QLatin1String("POIData")).toObject();
        if (poi.value(QLatin1String("POITransactionID")).toObject().value(QLatin1String("TransactionID")).toString() !=
            reference)
            continue;
        const QString currencyCode = transaction.response.value(QLatin1String("PaymentResult"))
                                         .toObject()
                                         .value(QLatin1String("AmountsResp"))
                                         .toObject()
                                         .value(QLatin1String("Currency"))
                                         .toString();
        const auto currency = Currency::fromCode(currencyCode);
        const qint64 reversed =
            request.contains(QLatin1String("ReversedAmount"))
                ? NexoMessages::fromWireAmount(request.value(QLatin1String("ReversedAmount")).toDouble(), *currency)
                : transaction.chargedMinor;
        if (!currency || reversed <= 0 || reversed > transaction.chargedMinor)
            break;
        transaction.chargedMinor -= reversed;
        m_refundedMinor += reversed;
        return {{QStringLiteral("Response"), response(QStringLiteral("Success"))},
                {QStringLiteral("POIData"), poi},
                {QStringLiteral("ReversedAmount"), NexoMessages::toWireAmount(reversed, *currency)}};
    }
    return {{QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("Refusal"),
                                                  QStringLiteral("refusalReason=Refund%20not%20allowed"))}};
}

QJsonObject TerminalSimulator::handleStatus(const QJsonObject &request)
{
    const QString serviceId = messageReference(request).value(QLatin1String("ServiceID")).toString();
    if (!m_transactions.contains(serviceId))
        return {{QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("NotFound"))}};
    const Transaction &transaction = m_transactions[serviceId];
    if (transaction.response.isEmpty())
        return {{QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("InProgress"),
                                                      QStringLiteral("message=Uncompleted%20transaction"))}};
    NexoHeader repeated = transaction.request;
    repeated.type = QStringLiteral("Response");
    repeated.poiId = m_settings.poiId;
    return {{QStringLiteral("Response"), response(QStringLiteral("Success"))},
            {QStringLiteral("RepeatedMessageResponse"),
             QJsonObject{{QStringLiteral("MessageHeader"), repeated.toJson()},
                         {QStringLiteral("RepeatedResponseMessageBody"),
                          QJsonObject{{transaction.request.category == QLatin1String("Reversal")
                                           ? QStringLiteral("ReversalResponse")
                                           : QStringLiteral("PaymentResponse"),
                                       transaction.response}}}}}};
}

void TerminalSimulator::handleAbort(const QJsonObject &request)
{
    const QString serviceId = messageReference(request).value(QLatin1String("ServiceID")).toString();
    if (!m_transactions.contains(serviceId) || !m_transactions[serviceId].response.isEmpty())
        return;
    Transaction &transaction = m_transactions[serviceId];
    transaction.response = {
        {QStringLiteral("Response"), response(QStringLiteral("Failure"), QStringLiteral("Aborted"))}};
    if (transaction.waiting)
        answer(transaction.waiting, transaction.request, QStringLiteral("PaymentResponse"), transaction.response);
}

void TerminalSimulator::answer(QTcpSocket *socket, const NexoHeader &request, const QString &body,
                               const QJsonObject &content)
{
    NexoHeader header = request;
    header.type = QStringLiteral("Response");
    header.poiId = m_settings.poiId;
    const QJsonObject message{{QStringLiteral("MessageHeader"), header.toJson()}, {body, content}};
    QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("SaleToPOIResponse"), message}}).toJson(QJsonDocument::Compact);
    if (m_crypto)
        bytes = m_crypto->seal(bytes).value();
    QTimer::singleShot(m_settings.responseDelayMs, socket, [socket, bytes] { writeHttp(socket, bytes); });
}

} // namespace omnitill
