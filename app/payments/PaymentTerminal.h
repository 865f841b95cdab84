#pragma once

#include "Currency.h"
#include "PaymentResult.h"

#include <QObject>
#include <functional>

namespace omnitill {

// The payment this one refers to: a refund or a reversal names the original by the terminal's reference.
struct OriginalPayment
{
    QString pspReference;
    QDateTime transactionTime;
};

// A semi-integrated card terminal: the till asks for an amount, the terminal talks to the card and the
// acquirer and answers with an outcome, a reference and the slip text. Every request carries a ServiceID
// the caller chose (1 to 10 characters, unique per terminal), so an interrupted transaction can be looked
// up later with transactionStatus(). Each completion is called exactly once, on the caller's thread;
// a transport failure is reported as a result (Timeout, ConnectionLost), never dropped.
class PaymentTerminal : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(const PaymentResult &)>;

    using QObject::QObject;

    virtual void purchase(const QString &serviceId, qint64 amountMinor, const Currency &currency, Completion done) = 0;
    // A referenced refund of part or all of an earlier payment.
    virtual void refund(const QString &serviceId, const OriginalPayment &original, qint64 amountMinor,
                        const Currency &currency, Completion done) = 0;
    // Cancels the last payment in full (before settlement).
    virtual void reverse(const QString &serviceId, const OriginalPayment &original, const Currency &currency,
                         Completion done) = 0;
    // Asks the terminal to stop the transaction in progress under serviceIdToAbort; its own request then
    // answers (usually Cancelled). Nothing is reported for the abort itself.
    virtual void abort(const QString &serviceId, const QString &serviceIdToAbort) = 0;
    // The outcome of the payment sent under serviceIdToQuery, as the terminal remembers it.
    virtual void transactionStatus(const QString &serviceId, const QString &serviceIdToQuery, const Currency &currency,
                                   Completion done) = 0;
};

} // namespace omnitill
