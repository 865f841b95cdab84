#include "ReturnsViewModel.h"

#include "Money.h"
#include "ReturnService.h"

#include <QJsonArray>
#include <QLocale>

namespace omnitill {

ReturnsViewModel::ReturnsViewModel(ReturnService &returns, StoreProfile profile, QObject *parent)
    : QAbstractListModel(parent)
    , m_returns(returns)
    , m_profile(std::move(profile))
    , m_language(m_profile.language)
{
}

QString ReturnsViewModel::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

bool ReturnsViewModel::report(bool ok, const QString &text)
{
    m_message = text;
    m_messageIsError = !ok;
    Q_EMIT messageChanged();
    return ok;
}

void ReturnsViewModel::setRestock(bool restock)
{
    if (restock == m_restock)
        return;
    m_restock = restock;
    Q_EMIT restockChanged();
}

bool ReturnsViewModel::load(const QString &scannedOrTyped)
{
    const auto sale = m_returns.findSale(scannedOrTyped.trimmed());
    if (!sale)
        return report(false, sale.error());
    const auto returnable = m_returns.returnable(sale->saleId);
    if (!returnable)
        return report(false, returnable.error());
    QList<Row> rows;
    for (const QJsonValue &value : sale->record.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const QJsonObject product = line.value(QLatin1String("product")).toObject();
        Row row;
        row.lineId = line.value(QLatin1String("line")).toInt();
        const QString nameKo = product.value(QLatin1String("nameKo")).toString();
        const QString nameEn = product.value(QLatin1String("nameEn")).toString();
        row.name = m_language == QLatin1String("ko") || nameEn.isEmpty() ? nameKo : nameEn;
        row.byWeight = product.value(QLatin1String("unit")).toString() == QLatin1String("kg");
        row.sold = Quantity{line.value(QLatin1String("quantity")).toInteger()};
        row.returnable = returnable->value(row.lineId, Quantity{0});
        rows.append(row);
    }
    beginResetModel();
    m_saleId = sale->saleId;
    m_rows = std::move(rows);
    endResetModel();
    m_receiptTitle = tr("Receipt %1, %2").arg(sale->sequence, 6, 10, QLatin1Char('0')).arg(money(sale->totalMinor));
    Q_EMIT receiptChanged();
    return report(true, {});
}

void ReturnsViewModel::change(int row, int step)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &line = m_rows[row];
    if (line.byWeight)
        line.chosen = step > 0 ? line.returnable : Quantity{0};
    else
        line.chosen =
            Quantity{qBound<qint64>(0, line.chosen.thousandths + step * Quantity::scale, line.returnable.thousandths)};
    Q_EMIT dataChanged(index(row), index(row), {ChosenRole});
}

bool ReturnsViewModel::refund()
{
    QList<ReturnRequest> requests;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.chosen.thousandths > 0)
            requests.append(ReturnRequest{row.lineId, row.chosen, m_restock, ReturnReason::ChangedMind});
    }
    const auto done = m_returns.returnWithReceipt(m_saleId, requests);
    if (!done)
        return report(false, done.error());
    QStringList parts;
    for (const QJsonValue &value : done->record.value(QLatin1String("refunds")).toArray()) {
        const QJsonObject refund = value.toObject();
        const QString method = refund.value(QLatin1String("method")).toString();
        const QString amount = money(refund.value(QLatin1String("amount")).toInteger());
        parts.append(method == QLatin1String("card")   ? tr("card %1").arg(amount)
                     : method == QLatin1String("cash") ? tr("cash %1").arg(amount)
                                                       : tr("other %1").arg(amount));
    }
    const QString refunded = money(done->record.value(QLatin1String("refund")).toInteger());
    load(QString::number(done->record.value(QLatin1String("originalSequence")).toInteger()));
    return report(true, tr("Return %1: refund %2 (%3)")
                            .arg(done->sequence, 6, 10, QLatin1Char('0'))
                            .arg(refunded, parts.join(QStringLiteral(", "))));
}

int ReturnsViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReturnsViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto shown = [&row](Quantity quantity) {
        return row.byWeight ? tr("%1 kg").arg(quantity.toString()) : quantity.toString();
    };
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case SoldRole:
        return tr("sold %1, returnable %2").arg(shown(row.sold), shown(row.returnable));
    case ReturnableRole:
        return row.returnable.thousandths > 0;
    case ChosenRole:
        return shown(row.chosen);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReturnsViewModel::roleNames() const
{
    return {{NameRole, "name"}, {SoldRole, "sold"}, {ReturnableRole, "returnable"}, {ChosenRole, "chosen"}};
}

} // namespace omnitill
