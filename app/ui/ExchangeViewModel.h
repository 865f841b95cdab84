#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CardRefundService;
class CheckoutService;
class ReturnService;

// The exchange and store credit on the paying side of the till: what an exchange's credit pays of the
// sale on screen and what it will refund, completing a sale its credit covers, and spending a store
// credit receipt as a payment. The rules are CheckoutService's and ReturnService's; this says them.
class ExchangeViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its exchange view")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString creditText READ creditText NOTIFY changed)
    Q_PROPERTY(QString refundText READ refundText NOTIFY changed)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    ExchangeViewModel(CheckoutService &checkout, ReturnService &returns, QObject *parent = nullptr);
    // With a card terminal: an exchange that refunds a card it took completes once the terminal has refunded
    // it (CardRefundService), not before.
    void setCardRefunds(CardRefundService *refunds);

    // Whether the sale on screen (or the one just completed) is an exchange.
    bool active() const;
    // "Exchange credit 19,900 (receipt 000001)": what the returned items are worth.
    QString creditText() const;
    // What goes back to the customer, and how: "Refund 18,000: card PAY-1" once completed, the amount
    // to refund while the sale is open; empty when the new items cost as much or more.
    QString refundText() const;
    bool canComplete() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE bool complete();
    // A store credit receipt's QR code or number pays the sale on screen, as far as the credit goes.
    Q_INVOKABLE bool spendStoreCredit(const QString &scannedOrTyped);

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    bool report(bool ok, const QString &text);
    QString money(qint64 minor) const;

    CheckoutService &m_checkout;
    ReturnService &m_returns;
    CardRefundService *m_cardRefunds = nullptr;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
