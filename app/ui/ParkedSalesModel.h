#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class CheckoutService;

// The parked sales of this till, oldest first, as the cashier picks one to resume: when it was parked,
// what is in it, what it comes to.
class ParkedSalesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its parked sales")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { SaleIdRole = Qt::UserRole + 1, SummaryRole, TotalRole, ParkedAtRole };
    Q_ENUM(Role)

    ParkedSalesModel(const CheckoutService &checkout, QObject *parent = nullptr);

    void setLanguage(const QString &language);
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    const CheckoutService &m_checkout;
    QString m_language = QStringLiteral("ko");
};

} // namespace omnitill
