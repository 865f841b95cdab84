#include "ReturnsViewModel.h"

#include "ApprovalRetry.h"
#include "CardRefundService.h"
#include "CheckoutService.h"
#include "Money.h"
#include "ReceiptText.h"
#include "ReturnService.h"
#include "StoredValue.h"

#include <QJsonArray>
#include <QLocale>

namespace omnitill {

ReturnsViewModel::ReturnsViewModel(ReturnService &returns, CheckoutService &checkout, StoreProfile profile,
                                   ApprovalRetry &approvalRetry, QObject *parent)
    : QAbstractListModel(parent)
    , m_returns(returns)
    , m_checkout(checkout)
    , m_approvalRetry(approvalRetry)
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
    // What the exchange on screen is taking back is not offered a second time (its sale's completion
    // would refuse it anyway); once completed, the journal counts it.
    QHash<int, qint64> exchanging;
    const Sale &onScreen = m_checkout.sale();
    const bool underWay = onScreen.state() == SaleState::Open || onScreen.state() == SaleState::Tendering;
    if (underWay && onScreen.exchange() && onScreen.exchange()->originalSaleId == sale->saleId) {
        for (const ReturnRequest &request : onScreen.exchange()->lines)
            exchanging[request.lineId] += request.quantity.thousandths;
    }
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
        row.returnable =
            Quantity{qMax<qint64>(0, returnable->value(row.lineId, Quantity{0}).thousandths - exchanging[row.lineId])};
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

QList<ReturnRequest> ReturnsViewModel::chosen() const
{
    QList<ReturnRequest> requests;
    for (const Row &row : m_rows) {
        if (row.chosen.thousandths > 0)
            requests.append(ReturnRequest{row.lineId, row.chosen, m_restock, ReturnReason::ChangedMind});
    }
    return requests;
}

QString ReturnsViewModel::refundsText(const QJsonObject &record) const
{
    QStringList parts;
    for (const QJsonValue &value : record.value(QLatin1String("refunds")).toArray()) {
        const QJsonObject refund = value.toObject();
        const QString method = refund.value(QLatin1String("method")).toString();
        const QString amount = money(refund.value(QLatin1String("amount")).toInteger());
        const TenderMethod paidWith = tenderMethodFromCode(method);
        if (StoredValueReference::isStoredValue(paidWith)) { // given back through the central store
            parts.append(QStringLiteral("%1 %2").arg(ReceiptText::refundName(paidWith), amount));
            continue;
        }
        parts.append(method == QLatin1String("card")   ? tr("card %1").arg(amount)
                     : method == QLatin1String("cash") ? tr("cash %1").arg(amount)
                                                       : tr("store credit %1").arg(amount));
    }
    return parts.join(QStringLiteral(", "));
}

void ReturnsViewModel::setCardRefunds(CardRefundService *refunds)
{
    m_cardRefunds = refunds;
    connect(refunds, &CardRefundService::finished, this, [this](bool ok, qint64 sequence, const QString &message) {
        if (ok)
            refunded(sequence);
        else
            report(false, message);
    });
}

bool ReturnsViewModel::refund()
{
    const QList<ReturnRequest> requests = chosen();
    if (m_cardRefunds && m_cardRefunds->refundsToCard(m_saleId, requests)) {
        const auto sent = m_cardRefunds->refund(m_saleId, requests);
        return report(bool(sent), sent ? tr("Refund sent to the card terminal: the customer presents the card "
                                            "there if it asks.")
                                       : sent.error());
    }
    const auto done = m_returns.returnWithReceipt(m_saleId, requests);
    if (!done)
        return report(false, done.error());
    refunded(done->sequence);
    return true;
}

void ReturnsViewModel::refunded(qint64 sequence)
{
    const auto done = m_checkout.journal().entry(sequence);
    if (!done)
        return;
    const QString refunded = money(done->record.value(QLatin1String("refund")).toInteger());
    load(QString::number(done->record.value(QLatin1String("originalSequence")).toInteger()));
    report(true, tr("Return %1: refund %2 (%3)")
                     .arg(done->sequence, 6, 10, QLatin1Char('0'))
                     .arg(refunded, refundsText(done->record)));
}

bool ReturnsViewModel::exchange()
{
    const auto started = m_returns.startExchange(m_checkout, m_saleId, chosen());
    if (!started)
        return report(false, started.error());
    const qint64 credit = m_checkout.sale().exchange()->creditMinor;
    beginResetModel();
    m_saleId.clear();
    m_rows.clear();
    endResetModel();
    Q_EMIT receiptChanged();
    return report(true,
                  tr("Exchange credit %1 is on the sale: scan the new items, then take payment").arg(money(credit)));
}

bool ReturnsViewModel::returnWithoutReceipt(const QString &code, int count, bool restock, int reason)
{
    const auto why = ReturnReason(qBound(0, reason, int(ReturnReason::Other)));
    const auto done = m_returns.returnWithoutReceipt(code.trimmed(), Quantity::pieces(count), restock, why);
    if (!done) {
        // Refused, perhaps for a manager's approval: if one comes, the return is made then.
        m_approvalRetry.waitFor([=, this] { returnWithoutReceipt(code, count, restock, reason); });
        return report(false, done.error());
    }
    return report(true, tr("Store credit %1 on receipt %2: give the customer its receipt; its code pays a sale")
                            .arg(money(done->record.value(QLatin1String("refund")).toInteger()))
                            .arg(done->sequence, 6, 10, QLatin1Char('0')));
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
