#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace omnitill {

class Database;

enum class PaymentAttemptState { Requested, Sent, Unknown, Approved, Declined, Recorded, Abandoned, Reversed };

// One card payment attempt as the till remembers it (table payment_attempts, migration 0008).
struct PaymentAttempt
{
    QString serviceId; // the nexo ServiceID the payment was sent under
    QString saleId;
    qint64 amountMinor = 0;
    QString currency;
    PaymentAttemptState state = PaymentAttemptState::Requested;
    QString outcome;
    qint64 approvedMinor = 0;
    QString pspReference;
    QDateTime transactionTime;

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
// flight; the database refuses a second one.
class PaymentAttempts
{
    Q_DECLARE_TR_FUNCTIONS(PaymentAttempts)

public:
    explicit PaymentAttempts(const Database &database);

    // Writes a new attempt in state Requested.
    [[nodiscard]] Result<void> create(const PaymentAttempt &attempt, const QDateTime &at);
    // Moves an attempt to its next state, with what the terminal said (outcome, amount, reference).
    [[nodiscard]] Result<void> advance(const PaymentAttempt &attempt, PaymentAttemptState to, const QDateTime &at);
    [[nodiscard]] std::optional<PaymentAttempt> find(const QString &serviceId) const;
    // The attempt in flight, if any.
    [[nodiscard]] std::optional<PaymentAttempt> inFlight() const;

    [[nodiscard]] static QString stateCode(PaymentAttemptState state);

private:
    [[nodiscard]] std::optional<PaymentAttempt> read(const QString &where, const QString &value) const;

    const Database &m_database;
};

} // namespace omnitill
