#pragma once

#include "SaleEvent.h"

#include <QUuid>

namespace omnitill {

// A tender drawn on a balance the central store holds (a gift card, the customer's store credit, points),
// as the sale records it. The reference names the redemption at the central store (the till's tender UUID,
// its idempotency key there) and whose balance it was: the customer's id, or a gift card's last four digits
// only, since a whole gift card number spends its balance. Nothing secret is in a reference, and from it
// alone the redemption can be given back (a void, a removed tender, a return).
struct StoredValueReference
{
    TenderMethod method = TenderMethod::GiftCard;
    QUuid redemption;
    QString holder; // customer id, or "••••1234" for a gift card

    [[nodiscard]] QString toString() const;
    // The reference of a tender paid that way; nullopt for any other tender or a malformed reference.
    [[nodiscard]] static std::optional<StoredValueReference> parse(TenderMethod method, const QString &reference);
    // Whether a tender of this method draws on a balance the central store holds.
    [[nodiscard]] static bool isStoredValue(TenderMethod method);
    // A gift card number typed, scanned or swiped: its 12 to 19 digits, spaces and dashes dropped
    // ("6390 1234-5678 9012" -> "6390123456789012"); empty when it is no card number at all.
    [[nodiscard]] static QString giftCardDigits(const QString &typed);
    // A gift card number as it may be printed: its last four digits.
    [[nodiscard]] static QString maskedCard(const QString &number);
};

// The loyalty rules both the till and the central store apply. The central ledger is the truth: the till
// only shows what the central store will credit when the sale reaches it.
namespace loyalty {
// One point per 100 minor units paid (per 100 won, per dollar).
inline constexpr qint64 minorUnitsPerPoint = 100;
[[nodiscard]] constexpr qint64 pointsFor(qint64 totalMinor)
{
    return totalMinor > 0 ? totalMinor / minorUnitsPerPoint : 0;
}
} // namespace loyalty

} // namespace omnitill
