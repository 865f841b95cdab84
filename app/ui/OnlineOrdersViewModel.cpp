#include "OnlineOrdersViewModel.h"

#include "CheckoutService.h"
#include "CustomerViewModel.h"
#include "Money.h"
#include "OnlineOrderService.h"
#include "OrderSlipText.h"

#include <QLocale>

namespace omnitill {

OnlineOrdersViewModel::OnlineOrdersViewModel(OnlineOrderService &service, CheckoutService &checkout, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_profile(checkout.profile())
{
    connect(&m_service, &OnlineOrderService::paidPickupRecorded, this,
            [this](const QString &number, const QString &slip) {
                showSlip(slip);
                say(tr("Order %1 is paid and handed over").arg(number), false);
                reload();
            });
    connect(&m_service, &OnlineOrderService::paidPickupFailed, this,
            [this](const QString &, const QString &reason) { say(reason, true); });
}

void OnlineOrdersViewModel::setReturning(bool returning)
{
    if (returning == m_returning)
        return;
    m_returning = returning;
    show(std::move(m_order)); // the available quantities differ: choose again
}

QString OnlineOrdersViewModel::orderTitle() const
{
    if (!m_order)
        return {};
    return tr("Order %1 · %2").arg(m_order->number, CustomerViewModel::orderState(m_order->state));
}

QString OnlineOrdersViewModel::orderDetail() const
{
    if (!m_order)
        return {};
    QStringList parts;
    parts.append(m_order->reserveToTry    ? tr("Reserved to try on: the customer pays for what they keep")
                 : m_order->paidInStore() ? tr("Paid in store")
                                          : tr("Paid online"));
    if (m_order->pickupUntil.isValid() && m_order->state == QLatin1String("ready_for_pickup"))
        parts.append(
            tr("waiting until %1")
                .arg(QLocale(m_profile.localeName).toString(m_order->pickupUntil.toLocalTime(), QLocale::ShortFormat)));
    if (!m_service.awaitingPaymentFor().isEmpty())
        parts.append(tr("order %1 waits for its payment on the Pay tab").arg(m_service.awaitingPaymentFor()));
    return parts.join(QStringLiteral(" · "));
}

QVariantList OnlineOrdersViewModel::readyOrders() const
{
    QVariantList orders;
    const QString filter = m_filter.trimmed();
    for (const OrderSnapshot &order : m_ready) {
        QStringList names;
        for (const OrderSnapshotLine &line : order.lines)
            names.append(QStringLiteral("%1 × %2").arg(line.open()).arg(line.name));
        const QString summary = names.join(QStringLiteral(", "));
        if (!filter.isEmpty() && !order.number.contains(filter, Qt::CaseInsensitive) &&
            !summary.contains(filter, Qt::CaseInsensitive)) {
            continue;
        }
        orders.append(QVariantMap{{QStringLiteral("number"), order.number}, {QStringLiteral("summary"), summary}});
    }
    return orders;
}

void OnlineOrdersViewModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT readyOrdersChanged();
}

QVariantList OnlineOrdersViewModel::refundMethods() const
{
    QVariantList methods;
    for (const QString &code : m_service.refundMethods())
        methods.append(QVariantMap{{QStringLiteral("code"), code},
                                   {QStringLiteral("label"), OrderSlipText::refundMethodName(code)}});
    return methods;
}

void OnlineOrdersViewModel::find(const QString &scannedOrTyped)
{
    setBusy(true);
    m_service.orders().find(scannedOrTyped, [this](Result<OrderSnapshot> found) {
        setBusy(false);
        if (!found) {
            say(found.error(), true);
            return;
        }
        // A handed-over order is opened for a return; one still waiting, for its pickup.
        m_returning = found->state != QLatin1String("ready_for_pickup") && found->returnableUnits() > 0;
        show(*found);
        if (found->cachedAt.isValid()) {
            const QString asOf = QLocale().toString(found->cachedAt.toLocalTime(), QLocale::ShortFormat);
            say(m_returning ? tr("Offline: order %1 as the till last heard of it at %2. Items can come back within "
                                 "the store's offline refund limit, in cash or as store credit; the central store "
                                 "hears of it when it is back")
                                  .arg(found->number, asOf)
                            : tr("Offline: order %1 as the till last heard of it at %2. It can be handed over; the "
                                 "central store hears of it when it is back")
                                  .arg(found->number, asOf),
                false);
        } else {
            say({}, false);
        }
        Q_EMIT opened();
    });
}

void OnlineOrdersViewModel::refreshReady()
{
    setBusy(true);
    m_service.orders().readyHere([this](Result<QList<OrderSnapshot>> ready) {
        setBusy(false);
        if (!ready) {
            say(ready.error(), true);
            return;
        }
        m_ready = *ready;
        Q_EMIT readyOrdersChanged();
    });
}

void OnlineOrdersViewModel::close()
{
    show(std::nullopt);
    refreshReady();
}

void OnlineOrdersViewModel::change(int row, int step)
{
    if (!m_order || row < 0 || row >= m_chosen.size())
        return;
    const qint64 next = std::clamp<qint64>(m_chosen[row] + step, 0, available(m_order->lines.at(row)));
    if (next == m_chosen[row])
        return;
    m_chosen[row] = next;
    Q_EMIT dataChanged(index(row), index(row), {ChosenRole});
}

void OnlineOrdersViewModel::chooseAll()
{
    if (!m_order)
        return;
    for (int row = 0; row < m_chosen.size(); ++row)
        m_chosen[row] = available(m_order->lines.at(row));
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ChosenRole});
}

void OnlineOrdersViewModel::handOver(bool leaveOpen)
{
    if (!m_order || m_busy)
        return;
    setBusy(true);
    const QString number = m_order->number;
    m_service.handOver(*m_order, chosen(), leaveOpen, [this, number](Result<Handover> handed) {
        setBusy(false);
        if (!handed) {
            say(handed.error(), true);
            return;
        }
        if (handed->stage == Handover::Stage::AwaitingPayment) {
            say(tr("Order %1 is in the sale: take the payment on the Pay tab").arg(number), false);
            Q_EMIT orderChanged();
            Q_EMIT paymentWanted();
            return;
        }
        showSlip(handed->slip);
        say(handed->answer.value(QLatin1String("offline")).toBool()
                ? tr("Offline: order %1 handed over; the slip is printing, and the central store hears of it when it "
                     "is back")
                      .arg(number)
                : tr("Order %1 handed over; the slip is printing").arg(number),
            false);
        reload();
    });
}

void OnlineOrdersViewModel::takeBack(const QString &refundMethod)
{
    if (!m_order || m_busy)
        return;
    setBusy(true);
    const QString number = m_order->number;
    m_service.takeBack(*m_order, chosen(), refundMethod, [this, number](Result<QString> receipt) {
        setBusy(false);
        if (!receipt) {
            say(receipt.error(), true);
            return;
        }
        showSlip(*receipt);
        say(tr("Return from order %1 recorded; the receipt is printing").arg(number), false);
        reload();
    });
}

int OnlineOrdersViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_order ? 0 : int(m_order->lines.size());
}

QVariant OnlineOrdersViewModel::data(const QModelIndex &index, int role) const
{
    if (!m_order || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSnapshotLine &line = m_order->lines.at(index.row());
    switch (role) {
    case NameRole:
        return line.name;
    case DetailRole:
        return m_returning ? tr("%1 × %2 · %3 returned · %4 can come back")
                                 .arg(line.quantity)
                                 .arg(money(line.unitPriceMinor))
                                 .arg(line.returned)
                                 .arg(line.returnable())
                           : tr("%1 × %2 · %3 collected · %4 waiting")
                                 .arg(line.quantity)
                                 .arg(money(line.unitPriceMinor))
                                 .arg(line.delivered)
                                 .arg(line.open());
    case AvailableRole:
        return available(line);
    case ChosenRole:
        return m_chosen.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> OnlineOrdersViewModel::roleNames() const
{
    return {{NameRole, "name"}, {DetailRole, "detail"}, {AvailableRole, "available"}, {ChosenRole, "chosen"}};
}

void OnlineOrdersViewModel::show(std::optional<OrderSnapshot> order)
{
    beginResetModel();
    m_order = std::move(order);
    m_chosen = QList<qint64>(m_order ? m_order->lines.size() : 0, 0);
    endResetModel();
    Q_EMIT orderChanged();
}

void OnlineOrdersViewModel::reload()
{
    refreshReady();
    if (!m_order)
        return;
    m_service.orders().find(m_order->token.isEmpty() ? m_order->number : m_order->token,
                            [this](Result<OrderSnapshot> found) {
                                if (found)
                                    show(*found);
                            });
}

qint64 OnlineOrdersViewModel::available(const OrderSnapshotLine &line) const
{
    return m_returning ? line.returnable() : line.open();
}

QMap<int, qint64> OnlineOrdersViewModel::chosen() const
{
    QMap<int, qint64> quantities;
    for (int row = 0; m_order && row < m_chosen.size(); ++row)
        quantities.insert(m_order->lines.at(row).lineNo, m_chosen.at(row));
    return quantities;
}

void OnlineOrdersViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void OnlineOrdersViewModel::say(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

void OnlineOrdersViewModel::showSlip(const QString &text)
{
    m_slipText = text;
    Q_EMIT slipTextChanged();
}

QString OnlineOrdersViewModel::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

} // namespace omnitill
