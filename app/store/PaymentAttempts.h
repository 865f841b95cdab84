#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace omnitill {

class Database;
class Transaction;

enum class PaymentAttemptState { Requested, Sent, Unknown, Approved, Declined, Recorded, Abandoned, Reversed };

// One card payment attempt as the till remembers it (table payment_attempts, migrations 0009 and 0010).
struct PaymentAttempt
{
    enum class Kind { Purchase, Refund };

    Kind kind = Kind::Purchase;
    QString serviceId; // the nexo ServiceID the payment was sent under
    QString saleId;    // for a refund: the original sale
    qint64 amountMinor = 0;
    QString currency;
    PaymentAttemptState state = PaymentAttemptState::Requested;
    QString outcome;
    qint64 approvedMinor = 0;
    QString pspReference;
    QDateTime transactionTime;
    bool offline = false; // approved by the terminal alone (store and forward)
    QJsonObject refundOf; // a refund's return: what CardRefundService needs to journal it (migration 0010)

    // Still needs the till's attention: not yet settled, or settled as charged but not yet on the sale.
    [[nodiscard]] bool inFlight() const
    {
        return state == PaymentAttemptState::Requested || state == PaymentAttemptState::Sent ||
               state == PaymentAttemptState::Unknown || state == PaymentAttemptState::Approved;
    }
};

// The card payment state machine's memory. Every change is its own committed transaction, made before
// the step it records has consequences (a request leaves, a tender is recorded), and only along the
// allowed transitions: a recorded or declined attempt never comes back. At most one attempt is in
// flight; the database refuses a second one (migration 0017: a refund approved and waiting for its return's
// other cards is not in flight).
class PaymentAttempts
{
    Q_DECLARE_TR_FUNCTIONS(PaymentAttempts)

public:
    explicit PaymentAttempts(const Database &database);

    // Writes a new attempt in state Requested.
    [[nodiscard]] Result<void> create(const PaymentAttempt &attempt, const QDateTime &at);
    // Moves an attempt to its next state, with what the terminal said (outcome, amount, reference).
    [[nodiscard]] Result<void> advance(const PaymentAttempt &attempt, PaymentAttemptState to, const QDateTime &at);
    // The same step inside the caller's transaction, committed with what it records (a card refund's return).
    [[nodiscard]] Result<void> advance(Transaction &transaction, const PaymentAttempt &attempt, PaymentAttemptState to,
                                       const QDateTime &at);
    [[nodiscard]] std::optional<PaymentAttempt> find(const QString &serviceId) const;
    // The card payment (not a refund) the terminal approved under that reference.
    [[nodiscard]] std::optional<PaymentAttempt> approvedPayment(const QString &pspReference) const;
    // What card payments approved offline since that moment add up to (the per-day offline cap).
    [[nodiscard]] Result<qint64> offlineTotalSince(const QDateTime &since) const;
    // The attempt in flight, if any: one the terminal may still be handling, or a purchase approved but not
    // yet on its sale.
    [[nodiscard]] std::optional<PaymentAttempt> inFlight() const;
    // Card refunds the terminal made whose return is not journaled yet (the other cards of a split-tender
    // return still to refund, or a till stopped before journaling), oldest first.
    [[nodiscard]] QList<PaymentAttempt> refundsAwaitingReturn() const;

    [[nodiscard]] static QString stateCode(PaymentAttemptState state);
    // A fresh ServiceID for a message to the terminal.
    [[nodiscard]] static QString newServiceId();

private:
    [[nodiscard]] std::optional<PaymentAttempt> read(const QString &where, const QString &value) const;
    [[nodiscard]] QList<PaymentAttempt> readAll(const QString &where, const QString &value) const;

    const Database &m_database;
};

} // namespace omnitill
