#pragma once

#include "ReturnRequest.h"
#include "StoreProfile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class ApprovalRetry;
class CardRefundService;
class CheckoutService;
class ReturnService;

// Returns on screen. Against a receipt: the cashier scans the receipt's QR code or types its number,
// picks how many of each line come back (never more than may still be returned), and refunds them or
// exchanges them (their value then pays the sale on screen). Without a receipt: an item code and count
// come back as store credit, with a manager's approval if the cashier's role lacks it. The model's rows
// are the receipt's lines; the rules are ReturnService's.
class ReturnsViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its returns screen")
    Q_PROPERTY(QString receiptTitle READ receiptTitle NOTIFY receiptChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY receiptChanged)
    Q_PROPERTY(bool restock READ restock WRITE setRestock NOTIFY restockChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, SoldRole, ReturnableRole, ChosenRole };
    Q_ENUM(Role)

    ReturnsViewModel(ReturnService &returns, CheckoutService &checkout, StoreProfile profile,
                     ApprovalRetry &approvalRetry, QObject *parent = nullptr);

    QString receiptTitle() const { return m_receiptTitle; }
    bool loaded() const { return !m_saleId.isEmpty(); }
    bool restock() const { return m_restock; }
    void setRestock(bool restock);
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    void setLanguage(const QString &language) { m_language = language; }
    // With a card terminal: a refund to a card it took goes through it first (CardRefundService), and the
    // return is journaled once the terminal has refunded. Must outlive this view.
    void setCardRefunds(CardRefundService *refunds);

    Q_INVOKABLE bool load(const QString &scannedOrTyped);
    // One more or one less of a line to return; a weighed line comes back whole or not at all.
    Q_INVOKABLE void change(int row, int step);
    Q_INVOKABLE bool refund();
    // The chosen lines' value becomes credit on the sale on screen; the new items are scanned next.
    Q_INVOKABLE bool exchange();
    // reason is the ReturnReason's index (damaged, wrong size, changed mind, other).
    Q_INVOKABLE bool returnWithoutReceipt(const QString &code, int count, bool restock, int reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void receiptChanged();
    void restockChanged();
    void messageChanged();

private:
    struct Row
    {
        int lineId = 0;
        QString name;
        bool byWeight = false;
        Quantity sold;
        Quantity returnable;
        Quantity chosen{0};
    };
    bool report(bool ok, const QString &text);
    QList<ReturnRequest> chosen() const;
    QString refundsText(const QJsonObject &record) const;
    QString money(qint64 minor) const;

    void refunded(qint64 sequence);

    ReturnService &m_returns;
    CardRefundService *m_cardRefunds = nullptr;
    CheckoutService &m_checkout;
    ApprovalRetry &m_approvalRetry;
    StoreProfile m_profile;
    QString m_language;
    QString m_saleId;
    QString m_receiptTitle;
    QList<Row> m_rows;
    bool m_restock = true;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
