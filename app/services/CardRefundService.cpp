#include "CardRefundService.h"

#include "Return.h"
#include "ReturnService.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

namespace omnitill {

Q_LOGGING_CATEGORY(lcCardRefund, "omnitill.cardrefund")

namespace {
// The one refund of this return that goes to a card the terminal took, if any.
std::optional<Refund> cardRefund(const Return &planned)
{
    for (const Refund &refund : planned.refunds())
        if (refund.method == TenderMethod::Card && !refund.reference.isEmpty())
            return refund;
    return std::nullopt;
}

QJsonArray requestsToJson(const QList<ReturnRequest> &requests)
{
    QJsonArray lines;
    for (const ReturnRequest &request : requests)
        lines.append(QJsonObject{{QStringLiteral("line"), request.lineId},
                                 {QStringLiteral("thousandths"), request.quantity.thousandths},
                                 {QStringLiteral("restock"), request.restock},
                                 {QStringLiteral("reason"), returnReasonCode(request.reason)}});
    return lines;
}

QList<ReturnRequest> requestsFromJson(const QJsonArray &lines)
{
    QList<ReturnRequest> requests;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        requests.append(
            {line.value(QLatin1String("line")).toInt(), Quantity{line.value(QLatin1String("thousandths")).toInteger()},
             line.value(QLatin1String("restock")).toBool(),
             returnReasonFromCode(line.value(QLatin1String("reason")).toString()).value_or(ReturnReason::Other)});
    }
    return requests;
}
} // namespace

CardRefundService::CardRefundService(const Database &database, ReturnService &returns, PaymentTerminal &terminal,
                                     Currency currency, QObject *parent)
    : QObject(parent)
    , m_returns(returns)
    , m_terminal(terminal)
    , m_attempts(database)
    , m_currency(std::move(currency))
{
}

bool CardRefundService::refundsToCard(const QString &saleId, const QList<ReturnRequest> &requests) const
{
    const auto planned = m_returns.returnAgainst(saleId, requests);
    return planned && cardRefund(*planned).has_value();
}

Result<void> CardRefundService::refund(const QString &saleId, const QList<ReturnRequest> &requests)
{
    if (m_busy)
        return Error{tr("The card terminal is busy with another payment or refund.")};
    const auto planned = m_returns.returnAgainst(saleId, requests);
    if (!planned)
        return Error{planned.error()};
    const auto toCard = cardRefund(*planned);
    if (!toCard)
        return Error{tr("This return refunds no card.")};
    const auto original = m_attempts.approvedPayment(toCard->reference);
    if (!original)
        return Error{tr("The card payment %1 is not one this till's terminal took: refund it on the terminal "
                        "that did, or as store credit.")
                         .arg(toCard->reference)};

    PaymentAttempt attempt;
    attempt.kind = PaymentAttempt::Kind::Refund;
    attempt.serviceId = PaymentAttempts::newServiceId();
    attempt.saleId = saleId;
    attempt.amountMinor = toCard->amountMinor;
    attempt.currency = m_currency.code();
    attempt.refundOf = {{QStringLiteral("lines"), requestsToJson(requests)},
                        {QStringLiteral("reference"), original->pspReference},
                        {QStringLiteral("time"), original->transactionTime.toString(Qt::ISODateWithMs)}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto created = m_attempts.create(attempt, now); !created)
        return created;
    if (auto sent = m_attempts.advance(attempt, PaymentAttemptState::Sent, now); !sent)
        return sent;
    attempt.state = PaymentAttemptState::Sent;
    m_busy = true;
    qCInfo(lcCardRefund) << "refund" << attempt.serviceId << "of" << original->pspReference << "sent for"
                         << attempt.amountMinor;
    m_terminal.refund(attempt.serviceId, {original->pspReference, original->transactionTime}, attempt.amountMinor,
                      m_currency, [self = QPointer(this), attempt](const PaymentResult &result) {
                          if (self)
                              self->settle(attempt, result, self->m_statusRetries);
                      });
    return {};
}

void CardRefundService::recover()
{
    const auto attempt = m_attempts.inFlight();
    if (m_busy || !attempt || attempt->kind != PaymentAttempt::Kind::Refund)
        return;
    m_busy = true;
    qCInfo(lcCardRefund) << "recovering refund" << attempt->serviceId << PaymentAttempts::stateCode(attempt->state);
    switch (attempt->state) {
    case PaymentAttemptState::Requested:
        (void)m_attempts.advance(*attempt, PaymentAttemptState::Abandoned, QDateTime::currentDateTimeUtc());
        return end(false, 0, tr("A card refund that never reached the terminal was dropped."));
    case PaymentAttemptState::Approved:
        return journal(*attempt);
    default:
        return askStatus(*attempt, m_statusRetries);
    }
}

void CardRefundService::askStatus(const PaymentAttempt &attempt, int triesLeft)
{
    m_terminal.transactionStatus(PaymentAttempts::newServiceId(), attempt.serviceId, m_currency,
                                 [self = QPointer(this), attempt, triesLeft](const PaymentResult &result) {
                                     if (self)
                                         self->settle(attempt, result, triesLeft - 1);
                                 });
}

void CardRefundService::settle(PaymentAttempt attempt, const PaymentResult &result, int statusTriesLeft)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    attempt.outcome = paymentOutcomeCode(result.outcome);
    if (result.charged()) { // for a refund: the terminal gave the money back
        attempt.approvedMinor = result.approvedMinor;
        attempt.pspReference = result.pspReference;
        attempt.transactionTime = result.transactionTime;
        if (auto approved = m_attempts.advance(attempt, PaymentAttemptState::Approved, now); !approved)
            return end(false, 0, approved.error());
        attempt.state = PaymentAttemptState::Approved;
        return journal(attempt);
    }
    if (result.unknown()) {
        if (attempt.state != PaymentAttemptState::Unknown) {
            if (auto unknown = m_attempts.advance(attempt, PaymentAttemptState::Unknown, now); !unknown)
                return end(false, 0, unknown.error());
            attempt.state = PaymentAttemptState::Unknown;
        }
        if (statusTriesLeft < 0)
            return end(false, 0,
                       tr("The terminal has not said whether the card was refunded. The till asks again at the "
                          "next start; do not refund this return another way meanwhile."));
        return askStatus(attempt, statusTriesLeft);
    }
    (void)m_attempts.advance(attempt, PaymentAttemptState::Declined, now);
    end(false, 0,
        tr("The terminal refused the card refund (%1). Nothing was returned; refund as store credit instead?")
            .arg(result.reason.isEmpty() ? attempt.outcome : result.reason));
}

void CardRefundService::journal(PaymentAttempt attempt)
{
    const auto done = m_returns.returnWithReceipt(
        attempt.saleId, requestsFromJson(attempt.refundOf.value(QLatin1String("lines")).toArray()));
    if (!done) {
        // The card has its money back: the attempt stays approved and recover() journals it again.
        qCCritical(lcCardRefund) << "refund" << attempt.serviceId << "approved but not journaled:" << done.error();
        return end(false, 0, tr("The card was refunded but the return could not be saved: %1").arg(done.error()));
    }
    if (auto recorded = m_attempts.advance(attempt, PaymentAttemptState::Recorded, QDateTime::currentDateTimeUtc());
        !recorded)
        qCCritical(lcCardRefund) << recorded.error();
    end(true, done->sequence, tr("Refunded to the card."));
}

void CardRefundService::end(bool refunded, qint64 sequence, const QString &message)
{
    m_busy = false;
    Q_EMIT finished(refunded, sequence, message);
}

} // namespace omnitill
