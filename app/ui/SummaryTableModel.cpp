#include "SummaryTableModel.h"

#include "Money.h"

#include <cstdlib>

namespace omnitill {

SummaryTableModel::SummaryTableModel(Currency currency, QLocale locale, QObject *parent)
    : QAbstractListModel(parent)
    , m_currency(std::move(currency))
    , m_locale(std::move(locale))
{
}

void SummaryTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_largest = 0;
    for (const Row &row : m_rows)
        m_largest = std::max(m_largest, std::abs(row.amountMinor));
    endResetModel();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LabelRole:
        return row.label;
    case CountRole:
        return row.count;
    case QuantityRole: // pieces as a whole number, kilograms with their grams
        return row.quantityThousandths % 1000 == 0 ? QString::number(row.quantityThousandths / 1000)
                                                   : QString::number(row.quantityThousandths / 1000.0, 'f', 3);
    case AmountRole:
        return Money(row.amountMinor, m_currency).toDecimalString();
    case AmountTextRole:
        return Money(row.amountMinor, m_currency).format(m_locale);
    case ShareRole:
        return m_largest == 0 ? 0.0 : double(std::abs(row.amountMinor)) / double(m_largest);
    default:
        return {};
    }
}

QHash<int, QByteArray> SummaryTableModel::roleNames() const
{
    return {{LabelRole, "label"},   {CountRole, "count"},           {QuantityRole, "quantity"},
            {AmountRole, "amount"}, {AmountTextRole, "amountText"}, {ShareRole, "share"}};
}

} // namespace omnitill
