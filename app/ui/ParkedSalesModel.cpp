#include "ParkedSalesModel.h"

#include "CheckoutService.h"
#include "Money.h"

#include <QLocale>

namespace omnitill {

ParkedSalesModel::ParkedSalesModel(const CheckoutService &checkout, QObject *parent)
    : QAbstractListModel(parent)
    , m_checkout(checkout)
{
    connect(&m_checkout, &CheckoutService::parkedSalesChanged, this, &ParkedSalesModel::reload);
}

void ParkedSalesModel::setLanguage(const QString &language)
{
    m_language = language;
    reload();
}

void ParkedSalesModel::reload()
{
    beginResetModel();
    endResetModel();
    Q_EMIT countChanged();
}

int ParkedSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkout.parkedSales().size());
}

QVariant ParkedSalesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sale &sale = m_checkout.parkedSales().at(index.row());
    switch (role) {
    case SaleIdRole:
        return sale.id().toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case SummaryRole: {
        const QList<PricedLine> &lines = sale.totals().lines;
        if (lines.isEmpty())
            return QString();
        const SaleLine *first = sale.liveLine(lines.first().lineId);
        const QString name = first->product.name(m_language);
        return lines.size() == 1 ? name : tr("%1 and %n more", nullptr, int(lines.size()) - 1).arg(name);
    }
    case TotalRole:
        return Money(sale.totals().totalDueMinor, sale.profile().currency).format(QLocale(sale.profile().localeName));
    case ParkedAtRole: {
        // The last event of a parked sale is the one that parked it.
        const auto *parked = std::get_if<saleevent::Suspended>(&sale.events().constLast());
        return parked ? QLocale(m_language).toString(parked->at.toLocalTime().time(), QLocale::ShortFormat) : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ParkedSalesModel::roleNames() const
{
    return {{SaleIdRole, "saleId"}, {SummaryRole, "summary"}, {TotalRole, "total"}, {ParkedAtRole, "parkedAt"}};
}

} // namespace omnitill
