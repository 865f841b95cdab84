#pragma once

#include "PaymentAttempts.h"
#include "PaymentTerminal.h"

#include <QLoggingCategory>
#include <QObject>
#include <functional>

namespace omnitill {

class CheckoutService;
class Database;

Q_DECLARE_LOGGING_CATEGORY(lcCardPayment)

// Card tenders through the payment terminal, as a state machine persisted at every step (see
// PaymentAttempts): requested → sent → approved | declined | unknown → recorded on the sale. An unknown
// outcome (no answer, a dropped connection, a till stopped mid-payment) is settled only by asking the
// terminal for the attempt's TransactionStatus, never by guessing; recover() does that at start.
//
// Invariants: a Tendered event is recorded only for a payment the terminal approved, with the approved
// amount (a partial approval leaves the rest of the balance to pay), and every approved payment ends on
// its sale, exactly once, or is reversed on the terminal if its sale is gone. One payment at a time.
class CardPaymentService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // Makes the checkout take card tenders only from this service. Both must outlive it.
    CardPaymentService(const Database &database, CheckoutService &checkout, PaymentTerminal &terminal,
                       QObject *parent = nullptr);
    ~CardPaymentService() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // What the manager allows the terminal to approve offline (store and forward), in minor units: per payment
    // and per day (the store's local day). An offline approval beyond them is reversed at once; none is
    // allowed until set.
    struct OfflineCaps
    {
        qint64 perPaymentMinor = 0;
        qint64 perDayMinor = 0;
    };
    void setOfflineCaps(OfflineCaps caps) { m_offlineCaps = caps; }
    // How often, and how far apart, an unfinished payment's status is asked before the till gives up
    // for now (recover() asks again); the terminal is told to abort it in between.
    void setStatusRetries(int retries, int intervalMs);

    // Sends a card payment of amountMinor towards the sale on screen. The outcome is announced by
    // finished(); a second payment while one is in flight is refused. An earlier payment left unsettled
    // (the terminal never said how it ended) is refused too, and asked about again: its late approval then
    // pays this sale instead of charging the card a second time.
    [[nodiscard]] Result<void> pay(qint64 amountMinor);
    // Asks the terminal to stop the payment in progress (the customer walked away); the payment then
    // finishes as cancelled, or as approved if the card was already charged.
    [[nodiscard]] Result<void> cancel();
    // Settles the attempt a previous run left in flight. Call after CheckoutService::restore().
    void recover();

    [[nodiscard]] bool busy() const { return m_busy; }
    // A card payment the terminal has not settled yet is remembered (in flight, or left unknown when the
    // terminal stopped answering): its card may still be charged.
    [[nodiscard]] bool unsettled() const;
    // The last settled payment as the terminal reported it.
    [[nodiscard]] const std::optional<PaymentResult> &lastResult() const { return m_lastResult; }
    // The approved payments of that sale, with their slips for its receipt, handed over once: the slips
    // live in memory only, from the terminal's answer to the receipt's printing.
    [[nodiscard]] QList<PaymentResult> takeApproved(const QString &saleId);

Q_SIGNALS:
    // The attempt is settled (recorded, declined, reversed) or left unknown for later; message is for
    // the cashier.
    void finished(const QString &serviceId, bool charged, const QString &message);
    // The terminal did not answer the payment in time (or the connection dropped): the service now asks it
    // how the payment ended before finishing.
    void unanswered(const QString &serviceId);

private:
    void settle(PaymentAttempt attempt, const PaymentResult &result, int statusTriesLeft);
    void askStatus(PaymentAttempt attempt, int triesLeft);
    void recordOnSale(PaymentAttempt attempt);
    void reverse(PaymentAttempt attempt, const QString &why);
    // Whether an offline approval of that amount stays within the caps, counting today's earlier ones.
    [[nodiscard]] Result<void> withinOfflineCaps(qint64 amountMinor) const;
    [[nodiscard]] bool alreadyOnSale(const PaymentAttempt &attempt) const;
    void end(const PaymentAttempt &attempt, bool charged, const QString &message);
    void fail(const PaymentAttempt &attempt, const QString &reason);

    CheckoutService &m_checkout;
    PaymentTerminal &m_terminal;
    PaymentAttempts m_attempts;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::optional<PaymentResult> m_lastResult;
    QList<std::pair<QString, PaymentResult>> m_approved; // by sale id, until its receipt takes them
    OfflineCaps m_offlineCaps;
    int m_statusRetries = 3;
    int m_statusIntervalMs = 2000;
    bool m_busy = false;
    QString m_sentServiceId; // the payment request awaiting the terminal's answer, if any
};

} // namespace omnitill
