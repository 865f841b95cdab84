#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;
class Connectivity;
class CustomerViewModel;
class OutboxTaskSender;
class ReceiptMailer;

// Digital receipts on the paid screen (the cashier's and the kiosk's goodbye): once a sale with a customer is
// completed, its receipt is queued through ReceiptMailer for e-mail, to the address the cashier confirms (the
// customer's on file at the central store, prefilled, or one typed), or for the customer's app ("Send to my
// app"). The screen follows the receipt: queued (and, with the central store out of reach, said to wait for
// it), then handed to the central store.
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
    // The receipt of the sale on screen was sent to the customer's app already.
    Q_PROPERTY(bool sentToApp READ sentToApp NOTIFY changed)

public:
    ReceiptMailViewModel(ReceiptMailer &mailer, OutboxTaskSender &sender, CheckoutService &checkout,
                         const CustomerViewModel &customer, const Connectivity &connectivity,
                         QObject *parent = nullptr);

    bool available() const;
    QString email() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    bool sentToApp() const { return m_toApp; }

    // Queues the completed sale's receipt for address; false with the reason in message when it cannot.
    Q_INVOKABLE bool send(const QString &address);
    // Queues the completed sale's receipt for its customer's app; false with the reason in message when it cannot.
    Q_INVOKABLE bool sendToApp();

Q_SIGNALS:
    void changed();

private:
    void followSale();
    void say(const QString &text, bool isError);
    // The receipt asked for the sale on screen may be queued at all: false, saying why, when not.
    bool mayQueue();

    ReceiptMailer &m_mailer;
    CheckoutService &m_checkout;
    const CustomerViewModel &m_customer;
    const Connectivity &m_connectivity;
    QString m_saleId;   // the sale the message is about
    QString m_recordId; // its mail's outbox record, while it waits for the central store
    QString m_address;  // the mail's, or empty for the app
    bool m_toApp = false;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
