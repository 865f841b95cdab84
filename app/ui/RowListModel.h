#pragma once

#include <QAbstractListModel>
#include <QVariantMap>

namespace omnitill {

// A table that a page reads whole from the store or the central store (tens or hundreds of rows, not a catalog):
// each row a map from role name to value, the role names fixed at construction, so QML delegates bind them as
// required properties and every table exports the same way. Invariant: a row has a value for each role (missing
// ones read as an invalid QVariant).
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RowListModel(const QList<QByteArray> &roles, QObject *parent = nullptr);

    // Replaces every row.
    void setRows(const QList<QVariantMap> &rows);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    // The row's value of one role, by name (for tests and the page's own C++).
    [[nodiscard]] QVariant value(int row, const QByteArray &role) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<QByteArray> m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace omnitill
