#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CashierViewModel;

// What the customer is shown, decided once for every customer-facing display: the second-screen
// window (CustomerDisplay.qml) and a 2×20 pole display read the same phase and amount. While the till
// is idle, a welcome; while selling, the last item with its price and the total; once paid, the total
// and the change. The pole's two lines are derived here too (PoleDisplayEncoder::priceLine fits a label
// and an amount into 20 columns), so the pole never says something the screen does not.
class CustomerDisplayFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till creates its customer display feed")
    Q_PROPERTY(bool idle READ idle NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(QString amountLabel READ amountLabel NOTIFY changed)
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)

public:
    explicit CustomerDisplayFeed(CashierViewModel &till, QObject *parent = nullptr);

    bool idle() const;
    bool finished() const;
    // "Total" while selling, "Change" once paid.
    QString amountLabel() const;
    QString amountText() const;

    // The pole display's lines for the current phase, each at most 20 columns.
    QString poleTop() const;
    QString poleBottom() const;

Q_SIGNALS:
    void changed();

private:
    CashierViewModel &m_till;
};

} // namespace omnitill
