#include "CartModel.h"

#include "Money.h"
#include "Sale.h"

#include <QLocale>

namespace omnitill {

CartModel::CartModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CartModel::showSale(const Sale &sale, const QString &language)
{
    const QLocale locale(sale.profile().localeName);
    const auto money = [&](qint64 minor) { return Money(minor, sale.profile().currency).format(locale); };
    QList<Row> rows;
    for (const PricedLine &priced : sale.totals().lines) {
        const SaleLine &line = *sale.liveLine(priced.lineId);
        Row row;
        row.lineId = line.id;
        row.name = line.product.name(language);
        row.quantity =
            line.product.unit == Unit::Kilogram ? tr("%1 kg").arg(line.quantity.toString()) : line.quantity.toString();
        row.unitPrice = money(line.unitPriceMinor);
        row.amount = money(priced.grossMinor - priced.promotionMinor - priced.lineDiscountMinor);
        if (priced.promotionMinor + priced.lineDiscountMinor != 0)
            row.discount = money(-(priced.promotionMinor + priced.lineDiscountMinor)); // promotions included
        QStringList notes;
        if (line.priceOverridden())
            notes.append(tr("Price changed: %1").arg(line.overrideReason));
        if (!line.note.isEmpty())
            notes.append(line.note);
        row.note = notes.join(QStringLiteral(" · "));
        row.cashierNote = line.note;
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LineIdRole:
        return row.lineId;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case QuantityRole:
        return row.quantity;
    case UnitPriceRole:
        return row.unitPrice;
    case AmountRole:
        return row.amount;
    case DiscountRole:
        return row.discount;
    case NoteRole:
        return row.note;
    case CashierNoteRole:
        return row.cashierNote;
    default:
        return {};
    }
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    return {{LineIdRole, "lineId"},     {NameRole, "name"},
            {QuantityRole, "quantity"}, {UnitPriceRole, "unitPrice"},
            {AmountRole, "amount"},     {DiscountRole, "discount"},
            {NoteRole, "note"},         {CashierNoteRole, "cashierNote"}};
}

} // namespace omnitill
