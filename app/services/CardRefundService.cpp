#include "CardRefundService.h"

#include "CheckoutService.h"
#include "ReturnService.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <algorithm>

namespace omnitill {

Q_LOGGING_CATEGORY(lcCardRefund, "omnitill.cardrefund")

namespace {
// The refunds of this return that go to cards the terminal took, in Return's order (as the cards were taken).
QList<Refund> cardRefunds(const Return &planned)
{
    QList<Refund> cards;
    for (const Refund &refund : planned.refunds())
        if (refund.method == TenderMethod::Card && !refund.reference.isEmpty())
            cards.append(refund);
    return cards;
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

CardRefundService::CardRefundService(const Database &database, ReturnService &returns, CheckoutService &checkout,
                                     PaymentTerminal &terminal, Currency currency, QObject *parent)
    : QObject(parent)
    , m_returns(returns)
    , m_checkout(checkout)
    , m_terminal(terminal)
    , m_attempts(database)
    , m_currency(std::move(currency))
{
}

bool CardRefundService::refundsToCard(const QString &saleId, const QList<ReturnRequest> &requests) const
{
    const auto planned = m_returns.returnAgainst(saleId, requests);
    return planned && !cardRefunds(*planned).isEmpty();
}

Result<void> CardRefundService::refund(const QString &saleId, const QList<ReturnRequest> &requests)
{
    return start(Job{saleId, requests, QString()});
}

bool CardRefundService::exchangeRefundsToCard() const
{
    const auto planned = m_returns.exchangeReturn(m_checkout.sale());
    return planned && !cardRefunds(*planned).isEmpty();
}

Result<void> CardRefundService::completeExchange()
{
    const Sale &sale = m_checkout.sale();
    if (!sale.exchange())
        return Error{tr("This sale has no exchange.")};
    if (!sale.totals().fullyPaid())
        return Error{tr("The new items are not paid yet.")};
    return start(Job{sale.exchange()->originalSaleId, sale.exchange()->lines,
                     sale.exchange()->returnId.toString(QUuid::WithoutBraces)});
}

CardRefundService::Job CardRefundService::jobOf(const PaymentAttempt &attempt)
{
    return {attempt.saleId, requestsFromJson(attempt.refundOf.value(QLatin1String("lines")).toArray()),
            attempt.refundOf.value(QLatin1String("exchange")).toString()};
}

Result<Return> CardRefundService::plan(const Job &job) const
{
    if (job.exchangeReturnId.isEmpty())
        return m_returns.returnAgainst(job.saleId, job.lines);
    const Sale &sale = m_checkout.sale();
    if (!sale.exchange() || sale.exchange()->returnId.toString(QUuid::WithoutBraces) != job.exchangeReturnId)
        return Error{tr("The exchange these card refunds belong to is not on screen: it completes only there.")};
    return m_returns.exchangeReturn(sale);
}

QList<PaymentAttempt> CardRefundService::refundedSoFar(const Job &job) const
{
    const QJsonArray lines = requestsToJson(job.lines);
    QList<PaymentAttempt> parts;
    for (const PaymentAttempt &attempt : m_attempts.refundsAwaitingReturn()) {
        if (attempt.saleId == job.saleId && attempt.refundOf.value(QLatin1String("lines")).toArray() == lines &&
            attempt.refundOf.value(QLatin1String("exchange")).toString() == job.exchangeReturnId)
            parts.append(attempt);
    }
    return parts;
}

Result<void> CardRefundService::start(Job job)
{
    if (m_job)
        return Error{tr("The card terminal is busy with another payment or refund.")};
    // Cards already refunded for another return of this sale wait for it: that return is finished first.
    const qsizetype mine = refundedSoFar(job).size();
    qsizetype ofTheSale = 0;
    for (const PaymentAttempt &attempt : m_attempts.refundsAwaitingReturn())
        ofTheSale += attempt.saleId == job.saleId ? 1 : 0;
    if (ofTheSale > mine)
        return Error{tr("Another return of this sale has cards refunded and waits for the rest: choose the same "
                        "items and refund them again to finish it first.")};
    const auto planned = plan(job);
    if (!planned)
        return Error{planned.error()};
    const QList<Refund> cards = cardRefunds(*planned);
    if (cards.isEmpty())
        return Error{tr("This return refunds no card.")};
    // Every card must be one this terminal took, known before the first one is refunded.
    for (const Refund &card : cards) {
        const auto original = m_attempts.approvedPayment(card.reference);
        if (!original)
            return Error{tr("The card payment %1 is not one this till's terminal took: refund it on the terminal "
                            "that did, or as store credit.")
                             .arg(card.reference)};
        if (card.amountMinor > original->approvedMinor)
            return Error{tr("The card payment %1 paid less than this refund.").arg(card.reference)};
    }
    m_job = std::move(job);
    // Queued: whatever happens next is reported through the signals, after the caller has its answer.
    QMetaObject::invokeMethod(this, &CardRefundService::next, Qt::QueuedConnection);
    return {};
}

void CardRefundService::next()
{
    const auto planned = plan(*m_job);
    if (!planned)
        return end(false, 0, planned.error());
    const QList<PaymentAttempt> refunded = refundedSoFar(*m_job);
    for (const Refund &card : cardRefunds(*planned)) {
        const bool done = std::any_of(refunded.begin(), refunded.end(), [&card](const PaymentAttempt &part) {
            return part.refundOf.value(QLatin1String("reference")).toString() == card.reference;
        });
        if (!done)
            return send(card);
    }
    journal();
}

void CardRefundService::send(const Refund &card)
{
    const auto original = m_attempts.approvedPayment(card.reference);
    if (!original)
        return end(false, 0, tr("The card payment %1 is not one this till's terminal took.").arg(card.reference));
    PaymentAttempt attempt;
    attempt.kind = PaymentAttempt::Kind::Refund;
    attempt.serviceId = PaymentAttempts::newServiceId();
    attempt.saleId = m_job->saleId;
    attempt.amountMinor = card.amountMinor;
    attempt.currency = m_currency.code();
    attempt.refundOf = {{QStringLiteral("lines"), requestsToJson(m_job->lines)},
                        {QStringLiteral("reference"), original->pspReference},
                        {QStringLiteral("time"), original->transactionTime.toString(Qt::ISODateWithMs)}};
    if (!m_job->exchangeReturnId.isEmpty())
        attempt.refundOf.insert(QStringLiteral("exchange"), m_job->exchangeReturnId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto created = m_attempts.create(attempt, now); !created)
        return end(false, 0, created.error());
    if (auto sent = m_attempts.advance(attempt, PaymentAttemptState::Sent, now); !sent)
        return end(false, 0, sent.error());
    attempt.state = PaymentAttemptState::Sent;
    qCInfo(lcCardRefund) << "refund" << attempt.serviceId << "of" << original->pspReference << "sent for"
                         << attempt.amountMinor;
    m_terminal.refund(attempt.serviceId, {original->pspReference, original->transactionTime}, attempt.amountMinor,
                      m_currency, [self = QPointer(this), attempt](const PaymentResult &result) {
                          if (self)
                              self->settle(attempt, result, self->m_statusRetries);
                      });
}

void CardRefundService::recover()
{
    if (m_job)
        return;
    const auto attempt = m_attempts.inFlight();
    if (attempt && attempt->kind != PaymentAttempt::Kind::Refund)
        return; // the terminal is settling a payment (CardPaymentService); refunds still owed wait for the next try
    if (attempt) {
        m_job = jobOf(*attempt);
        qCInfo(lcCardRefund) << "recovering refund" << attempt->serviceId << PaymentAttempts::stateCode(attempt->state);
        if (attempt->state != PaymentAttemptState::Requested)
            return askStatus(*attempt, m_statusRetries);
        (void)m_attempts.advance(*attempt, PaymentAttemptState::Abandoned, QDateTime::currentDateTimeUtc());
        if (refundedSoFar(*m_job).isEmpty())
            return end(false, 0, tr("A card refund that never reached the terminal was dropped."));
        return next(); // the return's other cards are refunded: this one is sent afresh
    }
    const QList<PaymentAttempt> waiting = m_attempts.refundsAwaitingReturn();
    if (waiting.isEmpty())
        return;
    m_job = jobOf(waiting.first());
    qCInfo(lcCardRefund) << "finishing the return of sale" << m_job->saleId << "with" << waiting.size()
                         << "card refunds made";
    next();
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
        return next();
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
    const QString reason = result.reason.isEmpty() ? attempt.outcome : result.reason;
    const qsizetype refunded = refundedSoFar(*m_job).size();
    if (refunded == 0)
        return end(false, 0,
                   tr("The terminal refused the card refund (%1). Nothing was returned; refund as store credit "
                      "instead?")
                       .arg(reason));
    end(false, 0,
        tr("The terminal refused the refund to one card (%1); %n other card(s) of this return are refunded. Refund "
           "the same items again to try that card again.",
           "", int(refunded))
            .arg(reason));
}

void CardRefundService::journal()
{
    const Job job = *m_job;
    const QList<PaymentAttempt> parts = refundedSoFar(job);
    // The refunds are marked recorded in the transaction that journals their return: a till stopped at any
    // moment has either both (nothing left to do) or neither (recover() journals the return once).
    const Alongside recordParts = [this, parts](Transaction &transaction) -> Result<void> {
        for (const PaymentAttempt &part : parts) {
            if (auto recorded = m_attempts.advance(transaction, part, PaymentAttemptState::Recorded,
                                                   QDateTime::currentDateTimeUtc());
                !recorded)
                return recorded;
        }
        return {};
    };
    qint64 sequence = 0;
    if (job.exchangeReturnId.isEmpty()) {
        const auto done = m_returns.returnWithReceipt(job.saleId, job.lines, recordParts);
        if (!done)
            return notJournaled(done.error());
        sequence = done->sequence;
    } else {
        if (auto done = m_checkout.completeExchange(recordParts); !done)
            return notJournaled(done.error());
        sequence = m_checkout.lastCompleted()->sequence;
    }
    end(true, sequence,
        parts.size() > 1 ? tr("Refunded to %n cards.", "", int(parts.size())) : tr("Refunded to the card."));
}

void CardRefundService::notJournaled(const QString &why)
{
    // The cards have their money back: the attempts stay approved and recover() journals the return again.
    qCCritical(lcCardRefund) << "card refunds of sale" << m_job->saleId << "approved but not journaled:" << why;
    end(false, 0, tr("The card was refunded but the return could not be saved: %1").arg(why));
}

void CardRefundService::end(bool refunded, qint64 sequence, const QString &message)
{
    const bool exchange = m_job && !m_job->exchangeReturnId.isEmpty();
    m_job.reset();
    if (exchange)
        Q_EMIT exchangeFinished(refunded, message);
    else
        Q_EMIT finished(refunded, sequence, message);
}

} // namespace omnitill
