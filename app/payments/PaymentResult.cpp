#include "PaymentResult.h"

namespace omnitill {

QString paymentOutcomeCode(PaymentOutcome outcome)
{
    switch (outcome) {
    case PaymentOutcome::Approved:
        return QStringLiteral("approved");
    case PaymentOutcome::PartiallyApproved:
        return QStringLiteral("partially_approved");
    case PaymentOutcome::Declined:
        return QStringLiteral("declined");
    case PaymentOutcome::InsufficientFunds:
        return QStringLiteral("insufficient_funds");
    case PaymentOutcome::CardRemoved:
        return QStringLiteral("card_removed");
    case PaymentOutcome::Cancelled:
        return QStringLiteral("cancelled");
    case PaymentOutcome::Timeout:
        return QStringLiteral("timeout");
    case PaymentOutcome::ConnectionLost:
        return QStringLiteral("connection_lost");
    case PaymentOutcome::InProgress:
        return QStringLiteral("in_progress");
    case PaymentOutcome::NotFound:
        return QStringLiteral("not_found");
    case PaymentOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

} // namespace omnitill
