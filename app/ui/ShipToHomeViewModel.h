#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;
class CustomerViewModel;
class ShipToHomeService;

// Ship to home on the cashier screen: a line of the sale on screen shipped to the attached customer's address,
// the one on file at the central store offered to confirm, or one typed. The marking, its checks and the order
// are ShipToHomeService's; this offers the address, says its refusals and which lines of the sale ship, so each
// cart row can say it will be delivered.
class ShipToHomeViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its ship-to-home view")
    // The ids of the lines of the sale on screen that ship to the customer.
    Q_PROPERTY(QVariantList lines READ lines NOTIFY linesChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    ShipToHomeViewModel(ShipToHomeService &service, CheckoutService &checkout, const CustomerViewModel &customer,
                        QObject *parent = nullptr);

    QVariantList lines() const { return m_lines; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // The address to confirm for the line: the one it already ships to, else the customer's on file (empty
    // when neither: the cashier types it).
    Q_INVOKABLE QString addressFor(int lineId) const;
    // Marks the line to ship to address; false with the reason in message when it cannot.
    Q_INVOKABLE bool ship(int lineId, const QString &address);
    // Forgets the last outcome (the form opens afresh).
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void linesChanged();
    void messageChanged();
    // A line was marked: said on the cashier's message line once the dialog has closed.
    void outcome(const QString &message, bool isError);

private:
    void followSale();
    void say(const QString &text, bool isError);

    ShipToHomeService &m_service;
    CheckoutService &m_checkout;
    const CustomerViewModel &m_customer;
    QString m_saleId;
    QVariantList m_lines;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
