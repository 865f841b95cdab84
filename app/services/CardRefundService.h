#pragma once

#include "PaymentAttempts.h"
#include "PaymentTerminal.h"
#include "ReturnRequest.h"

#include <QObject>

namespace omnitill {

class Database;
class ReturnService;

// Returns whose refund goes back to a card the terminal took: the terminal refunds first (a referenced
// refund of the original payment, never more than that payment has left, which Return already holds), and
// only then is the return journaled. The refund is a payment attempt of kind refund (PaymentAttempts,
// migration 0010), persisted at every step with the return it pays for, so a till stopped while the
// terminal refunds asks the terminal at the next start (recover()) and journals the return if it was
// refunded, or drops it if not. A refund the terminal declines journals nothing.
//
// Limits: one card per return (a sale paid with two cards is refunded one return at a time); a card
// payment taken without the terminal (a standalone one) has no reference and is refunded there by hand.
class CardRefundService : public QObject
{
    Q_OBJECT

public:
    // All must outlive the service.
    CardRefundService(const Database &database, ReturnService &returns, PaymentTerminal &terminal, Currency currency,
                      QObject *parent = nullptr);

    // Whether returning those lines refunds a card through the terminal; then refund() is the way.
    [[nodiscard]] bool refundsToCard(const QString &saleId, const QList<ReturnRequest> &requests) const;
    // Sends the card refund to the terminal; finished() follows, and the return is journaled if refunded.
    [[nodiscard]] Result<void> refund(const QString &saleId, const QList<ReturnRequest> &requests);
    // Settles the refund a previous run left at the terminal. Call at start.
    void recover();
    [[nodiscard]] bool busy() const { return m_busy; }

    void setStatusRetries(int retries) { m_statusRetries = retries; }

Q_SIGNALS:
    // sequence: the journaled return's receipt number, 0 when nothing was refunded; message for the cashier.
    void finished(bool refunded, qint64 sequence, const QString &message);

private:
    void settle(PaymentAttempt attempt, const PaymentResult &result, int statusTriesLeft);
    void askStatus(const PaymentAttempt &attempt, int triesLeft);
    void journal(PaymentAttempt attempt);
    void end(bool refunded, qint64 sequence, const QString &message);

    ReturnService &m_returns;
    PaymentTerminal &m_terminal;
    PaymentAttempts m_attempts;
    Currency m_currency;
    int m_statusRetries = 3;
    bool m_busy = false;
};

} // namespace omnitill
