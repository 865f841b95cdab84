#pragma once

#include <QDateTime>
#include <QStringList>

namespace omnitill {

// How a card transaction ended, as far as the till can tell. The first group is the terminal's answer;
// Timeout and ConnectionLost mean the till does not know (the card may have been charged), InProgress
// and NotFound are answers to a status query.
enum class PaymentOutcome {
    Approved,
    PartiallyApproved,
    Declined,
    InsufficientFunds,
    CardRemoved,
    Cancelled, // on the terminal by the customer or cashier, or aborted by the till
    Timeout,
    ConnectionLost,
    InProgress,
    NotFound,
    // The terminal refused the request itself (ErrorCondition NotAllowed and the like). Qt may resend a
    // POST whose connection closed before any answer, and a terminal refuses a repeated ServiceID: the
    // first copy may have charged the card, so this is not a decline but a reason to ask the status.
    Rejected,
};

[[nodiscard]] QString paymentOutcomeCode(PaymentOutcome outcome);

// What the terminal reported for one transaction. The masked PAN is only what the terminal itself
// prints for the slip; it is kept in memory for the receipt text and never stored elsewhere.
struct PaymentResult
{
    PaymentOutcome outcome = PaymentOutcome::Timeout;
    QString serviceId;         // the ServiceID of the message pair that carried the transaction
    qint64 approvedMinor = 0;  // what was charged; less than requested on a partial approval
    QString pspReference;      // POITransactionID.TransactionID, the reference for refunds
    QDateTime transactionTime; // POITransactionID.TimeStamp, needed with the reference
    QString maskedPan;         // as the terminal returns it, e.g. "541333 **** 9999"
    QString brand;
    QStringList merchantSlip;
    QStringList customerSlip;
    QString reason; // readable detail from the terminal or the transport
    // Approved by the terminal alone, without the acquirer (store and forward: Adyen's "offline=true").
    bool offline = false;

    // The card was charged (in full or in part).
    [[nodiscard]] bool charged() const
    {
        return outcome == PaymentOutcome::Approved || outcome == PaymentOutcome::PartiallyApproved;
    }
    // The till cannot tell whether the card was charged; only a status query settles it.
    [[nodiscard]] bool unknown() const
    {
        return outcome == PaymentOutcome::Timeout || outcome == PaymentOutcome::ConnectionLost ||
               outcome == PaymentOutcome::InProgress || outcome == PaymentOutcome::Rejected;
    }
};

} // namespace omnitill
