#include "RowListModel.h"

namespace omnitill {

RowListModel::RowListModel(const QList<QByteArray> &roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(roles)
{
}

void RowListModel::setRows(const QList<QVariantMap> &rows)
{
    const bool resized = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (resized)
        Q_EMIT countChanged();
}

QVariant RowListModel::value(int row, const QByteArray &role) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(QString::fromLatin1(role)) : QVariant();
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    const qsizetype column = role - (Qt::UserRole + 1);
    if (!index.isValid() || index.row() >= m_rows.size() || column < 0 || column >= m_roles.size())
        return {};
    return value(index.row(), m_roles.at(column));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + int(i), m_roles.at(i));
    return names;
}

} // namespace omnitill
