#pragma once

#include "CartModel.h"
#include "ParkedSalesModel.h"
#include "ProductSearchModel.h"
#include "Result.h"
#include "ScanPayload.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class ApprovalRetry;
struct Discount;
struct ScannedCode;
class CatalogRepository;
class CheckoutService;
class PrintService;
class StoreReader;
struct CardSwipe;

// What the cashier screen shows and the actions it forwards: a thin layer over CheckoutService that
// turns its sale into display text in the screen's language and its refusals into messages.
class CashierViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till creates its view model")
    Q_PROPERTY(omnitill::CartModel *cart READ cart CONSTANT)
    Q_PROPERTY(omnitill::ProductSearchModel *products READ products CONSTANT)
    Q_PROPERTY(omnitill::ParkedSalesModel *parked READ parked CONSTANT)
    Q_PROPERTY(QString storeName READ storeName CONSTANT)
    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY saleChanged)
    Q_PROPERTY(bool hasItems READ hasItems NOTIFY saleChanged)
    Q_PROPERTY(bool paying READ paying NOTIFY saleChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY saleChanged)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY saleChanged)
    Q_PROPERTY(QString discountText READ discountText NOTIFY saleChanged)
    Q_PROPERTY(QString taxLabel READ taxLabel NOTIFY saleChanged)
    Q_PROPERTY(QString taxText READ taxText NOTIFY saleChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY saleChanged)
    Q_PROPERTY(QString paidText READ paidText NOTIFY saleChanged)
    Q_PROPERTY(QString cashDueText READ cashDueText NOTIFY saleChanged)
    Q_PROPERTY(QString changeText READ changeText NOTIFY saleChanged)
    // Change is shown only for a sale where cash was handed over: a card-only sale has none to give.
    Q_PROPERTY(bool cashTendered READ cashTendered NOTIFY saleChanged)
    Q_PROPERTY(QStringList cashSuggestions READ cashSuggestions NOTIFY saleChanged)
    Q_PROPERTY(QString receiptText READ receiptText NOTIFY saleChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString printerMessage READ printerMessage NOTIFY printerChanged)
    Q_PROPERTY(bool canReprint READ canReprint NOTIFY saleChanged)

public:
    CashierViewModel(CheckoutService &checkout, CatalogRepository &catalog, StoreReader &reader,
                     const QStringList &favouriteSkus, ApprovalRetry &approvalRetry, QObject *parent = nullptr);

    CartModel *cart() { return &m_cart; }
    ProductSearchModel *products() { return &m_products; }
    ParkedSalesModel *parked() { return &m_parked; }
    QString storeName() const;
    QString terminalId() const;
    int itemCount() const;
    bool hasItems() const;
    bool paying() const;
    bool finished() const;
    QString subtotalText() const;
    QString discountText() const;
    QString taxLabel() const;
    QString taxText() const;
    QString totalText() const;
    QString paidText() const;
    QString cashDueText() const;
    QString changeText() const;
    bool cashTendered() const;
    QStringList cashSuggestions() const;
    QString receiptText() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    void setLanguage(const QString &language);
    // The receipt printer's queue: its state in words, and reprints of the last receipt.
    void setPrinting(PrintService *printing);
    QString printerMessage() const;
    bool canReprint() const;

    // A scanned or typed code; "3*8801234567890" sells three.
    Q_INVOKABLE bool submitCode(const QString &text);
    // What the cashier has typed in the scan field so far: "3*" there makes the next scan three pieces,
    // also when the scanner's burst never reaches the field. Returns whether a multiplier is pending.
    Q_INVOKABLE bool setTypedPrefix(const QString &text);
    // A scan from any scanner (a wedge burst caught before it became typing, evdev, HID POS, serial, the
    // camera), classified by the ScanRouter: products are sold, the till's own QR codes go to their
    // handlers through the signals below, anything else is refused on screen. Never typed anywhere.
    bool takeScan(const omnitill::ScanPayload &payload);
    // A scanner dropped a scan (too long, no data): the cashier sees why nothing happened.
    void scanRefused(const QString &reason);
    // A store card swiped while selling: a loyalty card identifies the customer as its number typed would,
    // a gift card goes to giftCardSwiped(); any other card is refused on screen.
    bool takeStoreCard(const omnitill::CardSwipe &card);
    // What a handler of a scan (coupons) finished with, later than the scan: said in the message line.
    void showOutcome(const QString &message, bool isError);
    // An amount as the cashier typed it ("50,000", "20.00"); empty means the exact amount due.
    Q_INVOKABLE bool payCash(const QString &amountText);
    // The product in that row of the product search, one piece.
    Q_INVOKABLE bool addProduct(int row);
    // A product sold by weight, with the weight read off the scale: digits alone are grams (what the
    // keypad types), "0.456" or "1.2 kg" are kilograms.
    Q_INVOKABLE bool addWeighed(int row, const QString &weightText);
    Q_INVOKABLE bool voidLine(int lineId);
    // A new unit price for a line, with the reason the cashier gives (a supervisor approves if needed).
    Q_INVOKABLE bool overridePrice(int lineId, const QString &priceText, const QString &reason);
    // A percent off one line ("10", "12.5"), or off the whole basket with lineId 0.
    Q_INVOKABLE bool discountPercent(int lineId, const QString &percentText, const QString &reason);
    Q_INVOKABLE bool discountAmount(int lineId, const QString &amountText, const QString &reason);
    // An empty note removes the line's note.
    Q_INVOKABLE bool noteLine(int lineId, const QString &note);
    Q_INVOKABLE bool park();
    Q_INVOKABLE bool resume(const QString &saleId);
    Q_INVOKABLE bool voidSale();
    Q_INVOKABLE void newSale();
    // The last completed sale's receipt again, marked as a copy; or as a gift receipt, without prices.
    Q_INVOKABLE bool reprintLast();
    Q_INVOKABLE bool printGiftReceipt();

Q_SIGNALS:
    // The till's own QR codes, whole and unverified: their handlers check signatures and expiry.
    void customerScanned(const QString &token);
    void couponScanned(const QString &token);
    void orderScanned(const QString &token);
    void receiptScanned(const QString &code);
    void giftCardSwiped(const QString &number);
    // Every scan from a reader, raw, and what the router made of it (or why it refused it): for the device
    // page's scan test.
    void scanSeen(const QString &raw, const QString &parsed);
    // A scan took the typed "3*": the scan field clears it.
    void typedPrefixUsed();
    void saleChanged();
    void messageChanged();
    void printerChanged();

private:
    QString money(qint64 minor) const;
    static QString describe(const ScannedCode &code);
    bool report(const Result<void> &result, const QString &success = {});
    // Hands a code to whoever the till wired to signal, or says why nobody takes it.
    bool handOver(void (CashierViewModel::*signal)(const QString &), const QString &code, const QString &unhandled);
    bool applyDiscount(int lineId, const Discount &discount);
    qint64 m_typedMultiplier = 1;
    void refresh();

    CheckoutService &m_checkout;
    CartModel m_cart;
    ProductSearchModel m_products;
    ParkedSalesModel m_parked;
    ApprovalRetry &m_approvalRetry;
    PrintService *m_printing = nullptr;
    QString m_language;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
