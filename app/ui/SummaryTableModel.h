#pragma once

#include "Currency.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

// One of the dashboard's breakdowns (by tender, cashier, item, coupon) as a table: what the row is, how many,
// how much, and its share of the largest row for the bar drawn behind it. The amount is there twice: formatted
// for the screen, and as a plain decimal in major units for the CSV export.
class SummaryTableModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The dashboard fills its tables")

public:
    enum Role { LabelRole = Qt::UserRole + 1, CountRole, QuantityRole, AmountRole, AmountTextRole, ShareRole };

    struct Row
    {
        QString label;
        qint64 count = 0;
        qint64 quantityThousandths = 0;
        qint64 amountMinor = 0;
    };

    SummaryTableModel(Currency currency, QLocale locale, QObject *parent = nullptr);

    void setRows(QList<Row> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Currency m_currency;
    QLocale m_locale;
    QList<Row> m_rows;
    qint64 m_largest = 0;
};

} // namespace omnitill
