#pragma once

#include "StoredValuePayments.h"

#include <QObject>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;

// Gift cards, the customer's store credit and points on the Pay panel: each balance as the central store last
// said it, the amount each would pay (its balance, at most what is due) and the payment itself, split with
// cash and cards as the cashier likes. Points and store credit are the attached customer's; a gift card is
// typed, scanned or swiped (useGiftCard), and its number is kept only while the sale is on screen. The rules
// are StoredValuePayments'; this says them.
class StoredValueViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its stored value tenders")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool customerAttached READ customerAttached NOTIFY changed)
    Q_PROPERTY(QString pointsText READ pointsText NOTIFY changed)
    Q_PROPERTY(QString storeCreditText READ storeCreditText NOTIFY changed)
    Q_PROPERTY(QString giftCardText READ giftCardText NOTIFY changed)
    Q_PROPERTY(bool hasGiftCard READ hasGiftCard NOTIFY changed)
    Q_PROPERTY(QString pointsAmount READ pointsAmount NOTIFY changed)
    Q_PROPERTY(QString storeCreditAmount READ storeCreditAmount NOTIFY changed)
    Q_PROPERTY(QString giftCardAmount READ giftCardAmount NOTIFY changed)
    Q_PROPERTY(QString earnedText READ earnedText NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    StoredValueViewModel(StoredValuePayments &payments, CheckoutService &checkout, QObject *parent = nullptr);

    bool busy() const { return m_payments.busy() || m_asking > 0; }
    // A sale with something left to pay is on screen.
    bool available() const { return m_payments.amountDue() > 0; }
    bool customerAttached() const;
    // "5,000 P = ₩5,000", "₩12,000", "••••1001: ₩50,000"; empty until the central store said.
    QString pointsText() const;
    QString storeCreditText() const;
    QString giftCardText() const;
    bool hasGiftCard() const { return !m_cardNumber.isEmpty(); }
    // What each would pay: its balance in money, at most what is due, as a plain number for the amount field.
    QString pointsAmount() const { return suggestion(TenderMethod::Points, m_points); }
    QString storeCreditAmount() const { return suggestion(TenderMethod::StoreCredit, m_storeCredit); }
    QString giftCardAmount() const { return suggestion(TenderMethod::GiftCard, m_giftCard); }
    // After a completed sale with a customer: the points it earns, credited once the central store has it.
    QString earnedText() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Asks the central store for the attached customer's points and store credit.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool payWithPoints(const QString &amountText);
    Q_INVOKABLE bool payWithStoreCredit(const QString &amountText);
    Q_INVOKABLE bool payWithGiftCard(const QString &amountText);

public Q_SLOTS:
    // A gift card number typed, scanned, or swiped on the card reader (CashierViewModel::giftCardSwiped):
    // its balance is looked up and it becomes the card the Pay panel pays with.
    void useGiftCard(const QString &number);

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    bool pay(TenderMethod method, const QString &amountText);
    void ask(TenderMethod method, std::optional<qint64> &into);
    void followSale();
    QString suggestion(TenderMethod method, const std::optional<qint64> &balance) const;
    QString money(qint64 minor) const;
    void say(const QString &text, bool isError);

    StoredValuePayments &m_payments;
    CheckoutService &m_checkout;
    QUuid m_saleId;
    QString m_customerId;
    QString m_cardNumber;
    std::optional<qint64> m_points; // in points
    std::optional<qint64> m_storeCredit;
    std::optional<qint64> m_giftCard;
    int m_asking = 0;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
