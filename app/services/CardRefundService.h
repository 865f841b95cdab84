#pragma once

#include "PaymentAttempts.h"
#include "PaymentTerminal.h"
#include "Return.h"

#include <QObject>

namespace omnitill {

class CheckoutService;
class Database;
class ReturnService;

// Returns and exchanges whose refund goes back to cards the terminal took. The terminal refunds first (a
// referenced refund of each original payment, never more than that payment has left, which Return already
// holds, nor more than it was approved for), and only then is the return journaled: a plain return through
// ReturnService, an exchange by completing its sale on screen. A sale paid with several cards (split tender)
// has each card refunded for its part, one after the other, in one return.
//
// Each card's refund is a payment attempt of kind refund (PaymentAttempts, migrations 0010 and 0013),
// persisted at every step with the return it pays for (refund_of: the original sale's lines, and an
// exchange's return id), so a till stopped while the terminal refunds asks the terminal at the next start
// (recover()), refunds the cards still owed and journals the return. A refund the terminal declines journals
// nothing; the cards already refunded for that return wait, and refunding the same lines again goes on with
// the cards still owed, never refunding one twice. Another return of that sale waits until then.
//
// Limit: a card payment taken without the terminal (a standalone one) has no reference and is refunded there
// by hand.
class CardRefundService : public QObject
{
    Q_OBJECT

public:
    // All must outlive the service.
    CardRefundService(const Database &database, ReturnService &returns, CheckoutService &checkout,
                      PaymentTerminal &terminal, Currency currency, QObject *parent = nullptr);

    // Whether returning those lines refunds a card through the terminal; then refund() is the way.
    [[nodiscard]] bool refundsToCard(const QString &saleId, const QList<ReturnRequest> &requests) const;
    // Sends the card refunds to the terminal; finished() follows, and the return is journaled if all refunded.
    [[nodiscard]] Result<void> refund(const QString &saleId, const QList<ReturnRequest> &requests);
    // Whether completing the exchange on screen refunds a card; then completeExchange() is the way.
    [[nodiscard]] bool exchangeRefundsToCard() const;
    // Refunds the exchange's cards at the terminal, then completes its sale; exchangeFinished() follows.
    [[nodiscard]] Result<void> completeExchange();
    // Settles the refund a previous run left at the terminal, and refunds the cards its return still owes.
    // Call at start, after the sale on screen is restored (an exchange completes only on its own sale).
    void recover();
    [[nodiscard]] bool busy() const { return m_job.has_value(); }

    void setStatusRetries(int retries) { m_statusRetries = retries; }

Q_SIGNALS:
    // sequence: the journaled return's receipt number, 0 when nothing was refunded; message for the cashier.
    void finished(bool refunded, qint64 sequence, const QString &message);
    // The exchange on screen: completed (its cards refunded) or not, and why.
    void exchangeFinished(bool completed, const QString &message);

private:
    // The return being refunded: the original sale and lines, and for an exchange its return id.
    struct Job
    {
        QString saleId;
        QList<ReturnRequest> lines;
        QString exchangeReturnId; // empty for a plain return
    };

    [[nodiscard]] static Job jobOf(const PaymentAttempt &attempt);
    [[nodiscard]] Result<void> start(Job job);
    [[nodiscard]] Result<Return> plan(const Job &job) const;
    // The approved refunds of this job's return still waiting for it.
    [[nodiscard]] QList<PaymentAttempt> refundedSoFar(const Job &job) const;
    void next();
    void send(const Refund &card);
    void settle(PaymentAttempt attempt, const PaymentResult &result, int statusTriesLeft);
    void askStatus(const PaymentAttempt &attempt, int triesLeft);
    void journal();
    void notJournaled(const QString &why);
    void end(bool refunded, qint64 sequence, const QString &message);

    ReturnService &m_returns;
    CheckoutService &m_checkout;
    PaymentTerminal &m_terminal;
    PaymentAttempts m_attempts;
    Currency m_currency;
    int m_statusRetries = 3;
    std::optional<Job> m_job; // while the terminal refunds
};

} // namespace omnitill
