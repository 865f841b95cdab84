#pragma once

#include "CustomerLookup.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;

// The customer at the till, on screen: identify by the app's QR code (scanned anywhere, or typed) or a
// loyalty or phone number, see who it is (name, tier, points, sizes, wishlist, open service notes, recent
// orders in every channel) so nobody explains themselves twice, and attach them to the sale so member
// prices apply and the sale reaches their history. Detaching removes the member prices again.
class CustomerViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its customer panel")
    Q_PROPERTY(bool attached READ attached NOTIFY customerChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString name READ name NOTIFY customerChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY customerChanged)
    // What the customer display may show of them: their given name and points, nothing else.
    Q_PROPERTY(QString greeting READ greeting NOTIFY customerChanged)
    // Lines to show under the name: {text, important, order}; open service notes are the important ones, and
    // an online order's line names its number (order), which opens it on the orders tab.
    Q_PROPERTY(QVariantList details READ details NOTIFY customerChanged)
    // Where their receipts are mailed and their shipments go, as on file at the central store: for the cashier's
    // ship-to-home and e-mail forms only, never the customer display (empty when none or not reached).
    Q_PROPERTY(QString email READ email NOTIFY customerChanged)
    Q_PROPERTY(QString address READ address NOTIFY customerChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    CustomerViewModel(CustomerLookup &lookup, CheckoutService &checkout, QObject *parent = nullptr);

    bool attached() const { return !m_customer.id.isEmpty(); }
    bool busy() const { return m_busy; }
    QString name() const { return m_customer.name; }
    QString greeting() const;
    QString email() const { return m_customer.email; }
    QString address() const { return m_customer.address; }
    // GET /v1/customers/{id}/profile as the central store answered (empty when it was not reached).
    const QJsonObject &profile() const { return m_customer.profile; }
    QString summary() const;
    QVariantList details() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE void identify(const QString &scannedOrTyped);
    Q_INVOKABLE bool detach();
    // The central store's order state codes in the cashier's words.
    static QString orderState(const QString &code);

Q_SIGNALS:
    void customerChanged();
    void busyChanged();
    void messageChanged();

private:
    void identified(Result<IdentifiedCustomer> found);
    void followSale();
    void say(const QString &text, bool isError);
    // When the cached points were the central store's, in the store's locale and time zone.
    [[nodiscard]] QString pointsAsOf() const;

    CustomerLookup &m_lookup;
    CheckoutService &m_checkout;
    IdentifiedCustomer m_customer;
    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
