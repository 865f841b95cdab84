#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;
class CustomerViewModel;
class OutboxTaskSender;
class ReceiptMailer;

// "E-mail receipt" on the paid screen: once a sale with a customer is completed, its receipt is queued for the
// address the cashier confirms (the customer's on file at the central store, prefilled, or one typed) through
// ReceiptMailer, and the screen follows the mail: queued, then handed to the central store that sends it.
class ReceiptMailViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its receipt mail view")
    // A completed sale with a customer is on screen.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    // The customer's e-mail on file, to prefill (empty when none, or the central store was not reached).
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)

public:
    ReceiptMailViewModel(ReceiptMailer &mailer, OutboxTaskSender &sender, CheckoutService &checkout,
                         const CustomerViewModel &customer, QObject *parent = nullptr);

    bool available() const;
    QString email() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Queues the completed sale's receipt for address; false with the reason in message when it cannot.
    Q_INVOKABLE bool send(const QString &address);

Q_SIGNALS:
    void changed();

private:
    void followSale();
    void say(const QString &text, bool isError);

    ReceiptMailer &m_mailer;
    CheckoutService &m_checkout;
    const CustomerViewModel &m_customer;
    QString m_saleId;   // the sale the message is about
    QString m_recordId; // its mail's outbox record, while it waits for the central store
    QString m_address;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
