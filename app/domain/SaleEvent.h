#pragma once

#include "CashReceiptRequest.h"
#include "CouponRule.h"
#include "Product.h"
#include "Result.h"
#include "ReturnRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <variant>

namespace omnitill {

// A percent (in basis points: 1000 is 10.00 %) or a fixed amount (minor units) off, with the reason
// the cashier gave.
struct Discount
{
    enum class Kind { Percent, Amount };
    Kind kind = Kind::Amount;
    qint64 value = 0;
    QString reason;
    static constexpr qint64 basisPointsPerWhole = 10'000;
};

// "10", "12.5", "12.50 %" as basis points (1000, 1250, 1250); more than two decimals or anything but
// digits is refused. Whether the percentage is allowed (at most 100 %) is the sale's rule.
[[nodiscard]] Result<qint64> percentToBasisPoints(const QString &text);

// How a tender was paid. GiftCard, StoreCredit (the customer's balance at the central store) and Points draw on
// balances the central store holds: its redemption comes first, the tender records it (StoredValueReference).
// Other is the till's own store credit slip of a return, and what an unknown code in an old journal reads as.
enum class TenderMethod { Cash, Card, Other, GiftCard, StoreCredit, Points };

// The events a sale is made of. The open sale is exactly the replay of its events: they are what is
// persisted after every step, so a crash restores the sale to the line.
namespace saleevent {
struct Opened
{
    QUuid saleId;
    QString terminalId;
    QDateTime at;
};
struct LineAdded
{
    int lineId = 0;
    Product product; // a snapshot: later catalog changes do not change a sale in progress
    Quantity quantity;
    QString scannedCode;
};
struct QuantityChanged
{
    int lineId = 0;
    Quantity quantity;
};
struct LineVoided
{
    int lineId = 0;
};
struct PriceOverridden
{
    int lineId = 0;
    qint64 unitPriceMinor = 0;
    QString reason;
};
struct LineDiscounted
{
    int lineId = 0;
    Discount discount;
};
// A cashier's note on a line ("gift wrap", "size swapped"): printed under the line, never priced.
struct LineNoted
{
    int lineId = 0;
    QString note;
    static constexpr int maxLength = 200;
};
struct BasketDiscounted
{
    Discount discount;
};
struct Tendered
{
    int tenderId = 0;
    TenderMethod method = TenderMethod::Cash;
    qint64 amountMinor = 0;
    QString reference;    // e.g. the payment terminal's transaction id; never card data
    bool offline = false; // a card payment the terminal approved alone, to forward later (store and forward)
};
struct Completed
{
    QDateTime at;
};
struct Voided
{
    QDateTime at;
    QString reason;
};
struct Suspended
{
    QDateTime at;
};
struct Resumed
{
    QDateTime at;
};
// The customer identified at the till (app code, loyalty or phone number). Only the id goes into the sale:
// the name stays on the screen. member: member-only prices apply from now on.
struct CustomerAttached
{
    QString customerId;
    bool member = true;
};
struct CustomerDetached
{
};
// An exchange: lines of an earlier sale come back and their value pays for this sale. Nothing is
// returned yet: the return (with this id, so its credit reference is known now) is journaled together
// with this sale when it completes, and is dropped if the sale is voided.
struct ExchangeCredited
{
    QUuid returnId;
    QString originalSaleId;
    qint64 originalSequence = 0;
    QList<ReturnRequest> lines;
    qint64 creditMinor = 0; // what the returned units refund, as computed when the exchange began
};
// A coupon issued online, applied after the central store reserved it for this sale, or accepted offline
// within the store's allowance (then without a reservation). The rule is a snapshot (a restored sale prices the
// same whatever the central store says later); the saving is not: it follows the basket (SaleTotals::coupons).
// completion redeems the reservation (or reports the offline use), removal or a void releases it.
struct CouponApplied
{
    QString code; // as the central store knows it
    CouponRule rule;
    QString reservation; // the central store's hold for this sale; empty when accepted offline
    QString customerId;  // the customer the coupon is bound to; empty: anyone
};
struct CouponRemoved
{
    QString code;
};
// A Korean cash receipt (현금영수증) for the cash part of the sale; a later one replaces it. Only the
// masked identifier is ever in the sale (CashReceiptRequest says why and who gets the full one).
struct CashReceiptRequested
{
    CashReceiptRequest::Purpose purpose = CashReceiptRequest::Purpose::IncomeDeduction;
    CashReceiptRequest::Identifier identifier = CashReceiptRequest::Identifier::MobilePhone;
    QString masked;
};
struct CashReceiptWithdrawn
{
};
} // namespace saleevent

using SaleEvent =
    std::variant<saleevent::Opened, saleevent::LineAdded, saleevent::QuantityChanged, saleevent::LineVoided,
                 saleevent::PriceOverridden, saleevent::LineDiscounted, saleevent::LineNoted,
                 saleevent::BasketDiscounted, saleevent::Tendered, saleevent::Completed, saleevent::Voided,
                 saleevent::Suspended, saleevent::Resumed, saleevent::ExchangeCredited, saleevent::CustomerAttached,
                 saleevent::CustomerDetached, saleevent::CouponApplied, saleevent::CouponRemoved,
                 saleevent::CashReceiptRequested, saleevent::CashReceiptWithdrawn>;

[[nodiscard]] QJsonObject saleEventToJson(const SaleEvent &event);
[[nodiscard]] Result<SaleEvent> saleEventFromJson(const QJsonObject &json);

QString tenderMethodCode(TenderMethod method);
// The method a journal's code names; a code this till does not know reads as Other.
TenderMethod tenderMethodFromCode(const QString &code);
// A cash receipt request's purpose, identifier kind and masked number, as the event and the sale's record
// write them; reading refuses unknown kinds and a number that is not masked.
QJsonObject cashReceiptToJson(const saleevent::CashReceiptRequested &request);
std::optional<saleevent::CashReceiptRequested> cashReceiptFromJson(const QJsonObject &json);
QJsonObject productToJson(const Product &product);
QJsonObject discountToJson(const Discount &discount);

} // namespace omnitill
