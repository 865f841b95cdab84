#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class Sale;

// The lines of the sale on screen, as the cart list shows them. Rebuilt from the sale after each
// change; a sale has tens of lines, so a reset is cheaper than diffing and keeps the model honest.
class CartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The cart belongs to the till")

public:
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        NameRole,
        QuantityRole,
        UnitPriceRole,
        AmountRole,
        DiscountRole,
        NoteRole,        // what the cashier should see under the line: price change and note
        CashierNoteRole, // the note alone, to edit it
    };
    Q_ENUM(Role)

    explicit CartModel(QObject *parent = nullptr);

    void showSale(const Sale &sale, const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        int lineId = 0;
        QString name;
        QString quantity;
        QString unitPrice;
        QString amount;
        QString discount;
        QString note;
        QString cashierNote;
    };
    QList<Row> m_rows;
};

} // namespace omnitill
