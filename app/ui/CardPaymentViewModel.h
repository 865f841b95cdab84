#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CardPaymentService;
class CheckoutService;

// Card payments on the Pay panel. With a card terminal configured (CardPaymentService), the amount goes to
// the terminal and only its approval pays; while the customer is at the terminal the panel says so and
// offers to cancel. Without one, the till is used beside a standalone terminal: the cashier charges the
// card there and records the card payment here, as a card tender without a reference.
class CardPaymentViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its card payments")
    Q_PROPERTY(bool integrated READ integrated CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)
    // The terminal did not answer the last payment in time; cleared by the next payment.
    Q_PROPERTY(bool unanswered READ unanswered NOTIFY changed)

public:
    // payments may be null: no terminal is configured, or (with unusableReason) one that cannot be used, and
    // then no card is taken at all.
    CardPaymentViewModel(CheckoutService &checkout, CardPaymentService *payments, const QString &unusableReason,
                         QObject *parent = nullptr);

    bool integrated() const { return m_payments != nullptr || !m_unusableReason.isEmpty(); }
    bool busy() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    bool unanswered() const { return m_unanswered; }
    // A card payment the terminal has not settled is remembered: its card may still be charged (see
    // CardPaymentService::unsettled()).
    bool unsettled() const;

    // The balance, or the amount typed (part of it: split tender), by card.
    Q_INVOKABLE bool pay(const QString &amountText);
    Q_INVOKABLE bool cancel();
    // The payment a previous run left at the terminal is being settled (recover()).
    void showRecovering();

Q_SIGNALS:
    void changed();

private:
    bool show(bool ok, const QString &text);
    void finished(bool charged, const QString &message);

    CheckoutService &m_checkout;
    CardPaymentService *m_payments;
    QString m_unusableReason;
    QString m_message;
    bool m_messageIsError = false;
    bool m_unanswered = false;
};

} // namespace omnitill
