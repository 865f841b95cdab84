#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;

// The Korean cash receipt (현금영수증) on the Pay panel: whether this store offers one, asking for one on
// the sale on screen from the number the cashier typed, and the masked number the sale keeps. Parsing,
// the check digit and the rule of when a request is allowed are CashReceiptRequest's and Sale's; this
// says them. The typed number is handed straight to the checkout and kept nowhere here.
class CashReceiptViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its cash receipt view")
    Q_PROPERTY(bool offered READ offered CONSTANT)
    Q_PROPERTY(bool canRequest READ canRequest NOTIFY changed)
    Q_PROPERTY(bool requested READ requested NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit CashReceiptViewModel(CheckoutService &checkout, QObject *parent = nullptr);

    // Only a store that sells in won offers cash receipts.
    bool offered() const;
    // A sale is on screen and not finished: a request may be made, replaced or withdrawn.
    bool canRequest() const;
    bool requested() const;
    // "Cash receipt (income deduction) 010-****-3852"; empty when none was asked for.
    QString summary() const;
    // Why the last request was refused; empty after one that was taken.
    QString message() const { return m_message; }

    // expenseProof: for a business (지출증빙) by its registration number, otherwise for the customer's income
    // deduction (소득공제) by a mobile or cash receipt card number.
    Q_INVOKABLE bool request(bool expenseProof, const QString &typed);
    Q_INVOKABLE bool withdraw();

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    bool report(bool ok, const QString &text);

    CheckoutService &m_checkout;
    QString m_message;
};

} // namespace omnitill
