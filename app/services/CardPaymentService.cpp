#include "CardPaymentService.h"

#include "CheckoutService.h"
#include "Money.h"

#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace omnitill {

Q_LOGGING_CATEGORY(lcCardPayment, "omnitill.cardpayment")

namespace {
bool onScreen(const Sale &sale, const QString &saleId)
{
    return sale.id().toString(QUuid::WithoutBraces) == saleId &&
           (sale.state() == SaleState::Open || sale.state() == SaleState::Tendering);
}
} // namespace

CardPaymentService::CardPaymentService(const Database &database, CheckoutService &checkout, PaymentTerminal &terminal,
                                       QObject *parent)
    : QObject(parent)
    , m_checkout(checkout)
    , m_terminal(terminal)
    , m_attempts(database)
{
    // From now on only the terminal's approvals are card tenders: no typed references.
    m_checkout.setCardTerminalRequired(true);
}

CardPaymentService::~CardPaymentService() = default;

void CardPaymentService::setStatusRetries(int retries, int intervalMs)
{
    m_statusRetries = retries;
    m_statusIntervalMs = intervalMs;
}

Result<void> CardPaymentService::pay(qint64 amountMinor)
{
    if (m_busy)
        return Error{tr("A card payment is already in progress.")};
    if (const auto earlier = m_attempts.inFlight();
        earlier && earlier->kind == PaymentAttempt::Kind::Purchase && earlier->state == PaymentAttemptState::Unknown) {
        // Left unknown when the terminal stopped answering: its late approval must pay this sale, not a second card.
        recover();
        return Error{tr("The terminal is asked again how the last card payment ended; pay once it has answered.")};
    }
    const Sale &sale = m_checkout.sale();
    if (sale.state() != SaleState::Open && sale.state() != SaleState::Tendering)
        return Error{tr("There is no sale to pay.")};
    if (amountMinor <= 0 || amountMinor > sale.totals().balanceMinor)
        return Error{tr("A card payment must be more than nothing and no more than the balance.")};

    PaymentAttempt attempt;
    attempt.serviceId = PaymentAttempts::newServiceId();
    attempt.saleId = sale.id().toString(QUuid::WithoutBraces);
    attempt.amountMinor = amountMinor;
    attempt.currency = m_checkout.profile().currency.code();
    if (auto created = m_attempts.create(attempt, m_clock()); !created)
        return created;
    // Written before the request leaves: an attempt found "requested" after a crash was never sent.
    if (auto sent = m_attempts.advance(attempt, PaymentAttemptState::Sent, m_clock()); !sent) {
        (void)m_attempts.advance(attempt, PaymentAttemptState::Abandoned, m_clock());
        return sent;
    }
    attempt.state = PaymentAttemptState::Sent;
    m_busy = true;
    m_sentServiceId = attempt.serviceId;
    qCInfo(lcCardPayment) << "payment" << attempt.serviceId << "sent for" << amountMinor;
    m_terminal.purchase(attempt.serviceId, amountMinor, m_checkout.profile().currency,
                        [self = QPointer(this), attempt](const PaymentResult &result) {
                            if (!self)
                                return;
                            self->m_sentServiceId.clear();
                            if (result.unknown())
                                Q_EMIT self->unanswered(attempt.serviceId);
                            self->settle(attempt, result, self->m_statusRetries);
                        });
    return {};
}

Result<void> CardPaymentService::cancel()
{
    if (m_sentServiceId.isEmpty())
        return Error{tr("No card payment is waiting at the terminal.")};
    m_terminal.abort(PaymentAttempts::newServiceId(), m_sentServiceId);
    return {};
}

bool CardPaymentService::unsettled() const
{
    const auto attempt = m_attempts.inFlight();
    return attempt && attempt->kind == PaymentAttempt::Kind::Purchase;
}

QList<PaymentResult> CardPaymentService::takeApproved(const QString &saleId)
{
    QList<PaymentResult> taken;
    m_approved.removeIf([&](const std::pair<QString, PaymentResult> &approved) {
        if (approved.first != saleId)
            return false;
        taken.append(approved.second);
        return true;
    });
    return taken;
}

void CardPaymentService::recover()
{
    if (m_busy)
        return;
    const auto attempt = m_attempts.inFlight();
    if (!attempt || attempt->kind != PaymentAttempt::Kind::Purchase) // a refund is CardRefundService's
        return;
    m_busy = true;
    qCInfo(lcCardPayment) << "recovering payment" << attempt->serviceId << PaymentAttempts::stateCode(attempt->state);
    switch (attempt->state) {
    case PaymentAttemptState::Requested:
        if (auto abandoned = m_attempts.advance(*attempt, PaymentAttemptState::Abandoned, m_clock()); !abandoned)
            return fail(*attempt, abandoned.error());
        return end(*attempt, false, tr("A card payment that never reached the terminal was dropped."));
    case PaymentAttemptState::Sent:
    case PaymentAttemptState::Unknown:
        return askStatus(*attempt, m_statusRetries);
    case PaymentAttemptState::Approved:
        return recordOnSale(*attempt);
    default:
        m_busy = false; // not in flight: inFlight() returns none of these
        return;
    }
}

void CardPaymentService::askStatus(PaymentAttempt attempt, int triesLeft)
{
    m_terminal.transactionStatus(PaymentAttempts::newServiceId(), attempt.serviceId, m_checkout.profile().currency,
                                 [self = QPointer(this), attempt, triesLeft](const PaymentResult &result) {
                                     if (self)
                                         self->settle(attempt, result, triesLeft - 1);
                                 });
}

void CardPaymentService::settle(PaymentAttempt attempt, const PaymentResult &result, int statusTriesLeft)
{
    attempt.outcome = paymentOutcomeCode(result.outcome);
    if (result.charged()) {
        attempt.approvedMinor = result.approvedMinor;
        attempt.pspReference = result.pspReference;
        attempt.transactionTime = result.transactionTime;
        attempt.offline = result.offline;
        // Checked before this approval is saved, so today's total is of the earlier ones only.
        const Result<void> withinCaps = result.offline ? withinOfflineCaps(result.approvedMinor) : Result<void>{};
        if (auto approved = m_attempts.advance(attempt, PaymentAttemptState::Approved, m_clock()); !approved)
            return fail(attempt, approved.error());
        attempt.state = PaymentAttemptState::Approved;
        m_lastResult = result;
        if (!withinCaps)
            return reverse(attempt, withinCaps.error());
        m_approved.append({attempt.saleId, result});
        return recordOnSale(attempt);
    }
    if (result.unknown()) {
        if (auto unknown = m_attempts.advance(attempt, PaymentAttemptState::Unknown, m_clock()); !unknown)
            return fail(attempt, unknown.error());
        attempt.state = PaymentAttemptState::Unknown;
        if (statusTriesLeft < 0)
            return end(attempt, false,
                       tr("The terminal has not said whether the card was charged. Ask it again before "
                          "taking another payment."));
        int delay = 0;
        if (result.outcome == PaymentOutcome::InProgress) {
            // Still running on the terminal after the till stopped waiting: stop it, then ask again.
            m_terminal.abort(PaymentAttempts::newServiceId(), attempt.serviceId);
            delay = m_statusIntervalMs;
        }
        QTimer::singleShot(delay, this, [this, attempt, statusTriesLeft] { askStatus(attempt, statusTriesLeft); });
        return;
    }
    // Declined in any way, or never received by the terminal (NotFound): nothing was charged.
    if (auto declined = m_attempts.advance(attempt, PaymentAttemptState::Declined, m_clock()); !declined)
        return fail(attempt, declined.error());
    m_lastResult = result;
    switch (result.outcome) {
    case PaymentOutcome::InsufficientFunds:
        return end(attempt, false, tr("Declined: insufficient funds."));
    case PaymentOutcome::CardRemoved:
        return end(attempt, false, tr("The card was removed too early. Please try again."));
    case PaymentOutcome::Cancelled:
        return end(attempt, false, tr("The card payment was cancelled."));
    case PaymentOutcome::NotFound:
        return end(attempt, false, tr("The terminal never received the card payment; nothing was charged."));
    default:
        return end(attempt, false, tr("The card was declined."));
    }
}

bool CardPaymentService::alreadyOnSale(const PaymentAttempt &attempt) const
{
    const Sale &sale = m_checkout.sale();
    if (sale.id().toString(QUuid::WithoutBraces) == attempt.saleId)
        for (const Tender &tender : sale.tenders())
            if (tender.reference == attempt.pspReference)
                return true;
    const auto journaled = m_checkout.journal().entryForSale(attempt.saleId);
    if (!journaled)
        return false;
    const QJsonArray tenders = journaled->record.value(QLatin1String("tenders")).toArray();
    return std::any_of(tenders.begin(), tenders.end(), [&attempt](const QJsonValue &tender) {
        return tender.toObject().value(QLatin1String("reference")).toString() == attempt.pspReference;
    });
}

void CardPaymentService::recordOnSale(PaymentAttempt attempt)
{
    // A crash between the tender and this attempt's "recorded" must not tender it twice.
    if (!alreadyOnSale(attempt)) {
        if (!onScreen(m_checkout.sale(), attempt.saleId))
            return reverse(attempt, tr("The sale had closed, so its card payment was reversed."));
        if (auto tendered = m_checkout.tenderApprovedCard(attempt.approvedMinor, attempt.pspReference, attempt.offline);
            !tendered)
            return fail(attempt, tendered.error());
    }
    if (auto recorded = m_attempts.advance(attempt, PaymentAttemptState::Recorded, m_clock()); !recorded)
        return fail(attempt, recorded.error());
    if (attempt.approvedMinor < attempt.amountMinor)
        return end(attempt, true, tr("Partly approved: the rest of the balance is still to pay."));
    if (attempt.offline)
        return end(attempt, true,
                   tr("Card payment approved offline: the terminal sends it to the bank when it is back online."));
    end(attempt, true, tr("Card payment approved."));
}

Result<void> CardPaymentService::withinOfflineCaps(qint64 amountMinor) const
{
    const Currency &currency = m_checkout.profile().currency;
    const QLocale locale(m_checkout.profile().localeName);
    if (amountMinor > m_offlineCaps.perPaymentMinor)
        return Error{tr("The terminal is offline and approved the card alone, but offline card payments are "
                        "limited to %1 each: the payment was cancelled. Take it another way.")
                         .arg(Money(m_offlineCaps.perPaymentMinor, currency).format(locale))};
    const QDateTime startOfDay = m_clock().toLocalTime().date().startOfDay();
    const auto today = m_attempts.offlineTotalSince(startOfDay);
    if (!today)
        return Error{today.error()};
    if (*today + amountMinor > m_offlineCaps.perDayMinor)
        return Error{tr("The terminal is offline and approved the card alone, but today's offline card payments "
                        "would pass the limit of %1: the payment was cancelled. Take it another way.")
                         .arg(Money(m_offlineCaps.perDayMinor, currency).format(locale))};
    return {};
}

void CardPaymentService::reverse(PaymentAttempt attempt, const QString &why)
{
    qCWarning(lcCardPayment) << "payment" << attempt.serviceId << "reversed:" << why;
    m_terminal.reverse(
        PaymentAttempts::newServiceId(), {attempt.pspReference, attempt.transactionTime}, m_checkout.profile().currency,
        [self = QPointer(this), attempt, why](const PaymentResult &result) {
            if (!self)
                return;
            if (!result.charged())
                return self->fail(attempt, tr("The card payment could not be reversed: %1").arg(result.reason));
            if (auto reversed = self->m_attempts.advance(attempt, PaymentAttemptState::Reversed, self->m_clock());
                !reversed)
                return self->fail(attempt, reversed.error());
            self->m_approved.removeIf([&attempt](const std::pair<QString, PaymentResult> &approved) {
                return approved.second.pspReference == attempt.pspReference;
            });
            self->end(attempt, false, why);
        });
}

void CardPaymentService::end(const PaymentAttempt &attempt, bool charged, const QString &message)
{
    m_busy = false;
    qCInfo(lcCardPayment) << "payment" << attempt.serviceId << attempt.outcome << message;
    Q_EMIT finished(attempt.serviceId, charged, message);
}

void CardPaymentService::fail(const PaymentAttempt &attempt, const QString &reason)
{
    // The attempt stays where the store has it; recover() takes it up again.
    qCCritical(lcCardPayment) << "payment" << attempt.serviceId << "stuck:" << reason;
    m_busy = false;
    Q_EMIT finished(attempt.serviceId, false, reason);
}

} // namespace omnitill
