#pragma once

#include "Sale.h"
#include "TillQrPrefix.h"

#include <QImage>
#include <QUuid>

namespace omnitill {

// A receipt as data: everything any rendering of it shows (the screen preview, the printer, an image
// for e-mail), taken from a sale and its journal number and nothing else, so every rendering agrees.
// Amounts are minor units of currency; formatting and wording belong to the layout (ReceiptText).
struct Receipt
{
    explicit Receipt(Currency currency)
        : currency(std::move(currency))
    {
    }

    // A promotion's saving as printed: under its line, or once under the subtotal for a basket promotion.
    struct Saving
    {
        QString name;
        qint64 amountMinor = 0;
    };

    struct Line
    {
        QString name;
        bool taxExempt = false; // marked "*" and summed apart in the tax summary
        Quantity quantity;
        bool byWeight = false;
        qint64 unitPriceMinor = 0;
        qint64 grossMinor = 0;
        qint64 discountMinor = 0;
        QString priceChangeReason; // empty unless the price was overridden
        QString note;              // the cashier's note on the line, if any
        QList<Saving> promotions;  // item promotions on this line's units
    };
    struct Payment
    {
        TenderMethod method = TenderMethod::Cash;
        qint64 amountMinor = 0;
        QString reference;    // a card payment's terminal reference
        QStringList cardSlip; // the terminal's customer slip, printed under the payment; never stored
        bool offline = false; // a card payment approved offline, to be forwarded (store and forward)
    };
    // An item that came back: on an exchange's receipt, or on a return's own receipt.
    struct ReturnedLine
    {
        QString name; // the SKU when the record has no product (a return's own record)
        Quantity quantity;
        qint64 refundMinor = 0;
    };
    // Which print of the sale this is: the receipt itself, a reprint marked as a copy so it cannot pass
    // for a second purchase, or a gift receipt that shows what was bought but no price.
    enum class Kind { Original, Copy, Gift };

    Kind kind = Kind::Original;

    // Header
    QImage logo; // the store's logo in printer dots (ReceiptLogo), printed first; none when null
    QString storeName;
    QStringList addressLines;
    QStringList headerLines; // the manager's lines under the address
    QUuid saleId;
    qint64 sequence = 0; // the journal's receipt number, 0 for a sale not finished yet
    QString terminalId;
    QDateTime time; // completion, or opening for a sale in progress
    // Body
    QList<Line> lines;
    qint64 subtotalMinor = 0;
    QList<Saving> basketPromotions;
    QList<Saving> coupons; // each coupon that saved something, named by its code
    qint64 basketDiscountMinor = 0;
    std::optional<qint64> addedTaxMinor; // only where prices exclude tax
    qint64 cashRoundingMinor = 0;
    qint64 totalMinor = 0;
    QList<Payment> payments;
    qint64 changeMinor = 0;
    // A Korean cash receipt (현금영수증), its number masked: printed under the cash payment.
    std::optional<saleevent::CashReceiptRequested> cashReceipt;
    qint64 promotionSavingMinor = 0; // all promotions together: "promotions saved you"
    // What the attached customer earns for the completed sale (loyalty::pointsFor), credited by the central
    // store when the sale reaches it; 0 without a customer.
    qint64 pointsEarned = 0;
    // The customer's balance once those are credited, when the till knows it (PrintService).
    std::optional<qint64> pointsBalance;
    QList<TaxRateSummary> taxRates;
    bool voided = false;
    // Returns: a return's own receipt (isReturn: no sale lines, totalMinor is minus the refund), or the
    // return half of an exchange on its sale's receipt (returnSequence set).
    bool isReturn = false;
    qint64 returnSequence = 0;
    qint64 originalSequence = 0;
    QList<ReturnedLine> returned;
    QList<Payment> refunds; // back to the original payments, or onto store credit
    // The card terminal's merchant copies, printed after the receipt's cut for the store to keep (with the
    // signature line when the terminal asks for one); in memory only, like the customer slips.
    QList<QStringList> merchantSlips;
    // What this print says beyond the journal's record (a ship-to-home order the central store could not be told of
    // yet: "will be created"), under the payments; in memory only, like the slips, so a reprint reads as it is then.
    QStringList notices;
    // Footer: the manager's lines, one receipt line (or more, wrapped) each
    QString footer;
    // Formatting
    Currency currency;
    QString language;
    QString localeName;

    [[nodiscard]] static Receipt fromSale(const Sale &sale, qint64 sequence);
    // Puts the card terminal's customer slip under the card payment with that reference. The slip exists
    // only in memory, as the terminal returned it (masked PAN included); the store never has it.
    void attachCardSlip(const QString &reference, const QStringList &slip);

    // A sale's own receipt opens the cash drawer when cash was taken: the cashier needs it for the notes
    // and the change. Copies and gift receipts never do.
    [[nodiscard]] bool opensDrawer() const;

    // The QR code printed at the bottom: scanning it at any till finds this sale again (reprints,
    // returns). "OTR:" and the sale's UUID; nothing secret, nothing a customer could change usefully.
    [[nodiscard]] QByteArray qrPayload() const;
    [[nodiscard]] static std::optional<QUuid> saleIdFromQr(const QString &scanned);
    static constexpr QLatin1StringView qrPrefix = TillQrPrefix::receipt;
};

} // namespace omnitill
