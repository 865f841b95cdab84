#pragma once

#include "OrderSnapshot.h"
#include "StoreProfile.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;
class OnlineOrderService;

// The "Orders" tab: online orders at the till. The pickups waiting at this store (searchable by number or
// item), an order opened by its scanned code, its number, or from the customer panel; then, for a pickup,
// how many of each open line the customer takes (the rest stays open, or goes back to stock), and for a
// return, how many of each line come back (never more than the central store says may still come back)
// and how the refund goes. The rows are the open order's lines; the rules are OnlineOrderService's.
class OnlineOrdersViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its online orders screen")
    Q_PROPERTY(bool returning READ returning WRITE setReturning NOTIFY orderChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY orderChanged)
    Q_PROPERTY(QString orderTitle READ orderTitle NOTIFY orderChanged)
    Q_PROPERTY(QString orderDetail READ orderDetail NOTIFY orderChanged)
    Q_PROPERTY(bool reserveToTry READ reserveToTry NOTIFY orderChanged)
    // {number, summary} per order waiting here that matches the filter.
    Q_PROPERTY(QVariantList readyOrders READ readyOrders NOTIFY readyOrdersChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY readyOrdersChanged)
    // {code, label} per refund method the store allows.
    Q_PROPERTY(QVariantList refundMethods READ refundMethods CONSTANT)
    Q_PROPERTY(QString slipText READ slipText NOTIFY slipTextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, DetailRole, AvailableRole, ChosenRole };
    Q_ENUM(Role)

    OnlineOrdersViewModel(OnlineOrderService &service, CheckoutService &checkout, QObject *parent = nullptr);

    bool returning() const { return m_returning; }
    void setReturning(bool returning);
    bool loaded() const { return m_order.has_value(); }
    QString orderTitle() const;
    QString orderDetail() const;
    bool reserveToTry() const { return m_order && m_order->reserveToTry; }
    QVariantList readyOrders() const;
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QVariantList refundMethods() const;
    QString slipText() const { return m_slipText; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // A scanned order code or a typed number; opened() follows when found.
    Q_INVOKABLE void find(const QString &scannedOrTyped);
    Q_INVOKABLE void refreshReady();
    // Back to the list of pickups.
    Q_INVOKABLE void close();
    // One more or one less of a line, within what is available.
    Q_INVOKABLE void change(int row, int step);
    Q_INVOKABLE void chooseAll();
    // Hands the chosen units over; leaveOpen keeps the rest waiting for a later visit.
    Q_INVOKABLE void handOver(bool leaveOpen);
    Q_INVOKABLE void takeBack(const QString &refundMethod);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void orderChanged();
    void readyOrdersChanged();
    void slipTextChanged();
    void busyChanged();
    void messageChanged();
    // An order was found: the screen shows its tab.
    void opened();
    // An order paid in store went into the sale on screen: its balance is to be taken.
    void paymentWanted();

private:
    void show(std::optional<OrderSnapshot> order);
    void reload();
    qint64 available(const OrderSnapshotLine &line) const;
    QMap<int, qint64> chosen() const;
    void setBusy(bool busy);
    void say(const QString &text, bool isError);
    void showSlip(const QString &text);
    QString money(qint64 minor) const;

    OnlineOrderService &m_service;
    StoreProfile m_profile;
    std::optional<OrderSnapshot> m_order;
    QList<qint64> m_chosen; // per line of m_order
    QList<OrderSnapshot> m_ready;
    QString m_filter;
    bool m_returning = false;
    QString m_slipText;
    bool m_busy = false;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace omnitill
