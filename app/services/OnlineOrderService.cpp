#include "OnlineOrderService.h"

#include "CatalogRepository.h"
#include "CheckoutService.h"
#include "OrderSlipText.h"
#include "PrintService.h"
#include "StoreSettings.h"

#include <QLoggingCategory>

namespace omnitill {

Q_LOGGING_CATEGORY(lcOnlineOrders, "omnitill.orders")

const QString OnlineOrderService::refundMethodsKey = QStringLiteral("returns.onlineRefunds");

OnlineOrderService::OnlineOrderService(OnlineOrderClient &orders, CheckoutService &checkout, CatalogRepository &catalog,
                                       const StoreSettings &settings, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
    , m_checkout(checkout)
    , m_catalog(catalog)
    , m_settings(settings)
{
    connect(&m_checkout, &CheckoutService::saleCompleted, this, &OnlineOrderService::saleCompleted);
    connect(&m_checkout, &CheckoutService::saleChanged, this, &OnlineOrderService::saleChanged);
}

QStringList OnlineOrderService::refundMethods() const
{
    const QStringList known{QStringLiteral("original_payment"), QStringLiteral("store_credit")};
    const QString policy = m_settings.value(refundMethodsKey).value_or(known.join(QLatin1Char(',')));
    QStringList allowed;
    for (const QString &method : policy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (known.contains(method.trimmed()) && !allowed.contains(method.trimmed()))
            allowed.append(method.trimmed());
    }
    return allowed;
}

void OnlineOrderService::handOver(const OrderSnapshot &order, const QMap<int, qint64> &quantities, bool leaveOpen,
                                  Handed done)
{
    if (auto refused = OnlineOrderClient::pickupRefusal(order, m_checkout.profile().storeId)) {
        done(Error{*refused});
        return;
    }
    qint64 keptMinor = 0, units = 0;
    for (const OrderSnapshotLine &line : order.lines) {
        const qint64 quantity = quantities.value(line.lineNo);
        if (quantity < 0 || quantity > line.open()) {
            done(Error{tr("Line %1 has %2 to hand over, not %3").arg(line.lineNo).arg(line.open()).arg(quantity)});
            return;
        }
        keptMinor += quantity * line.unitPriceMinor;
        units += quantity;
    }
    if (units == 0 && (leaveOpen || !order.reserveToTry)) {
        done(Error{tr("Choose what the customer takes")});
        return;
    }
    PickupDraft draft{QUuid::createUuid(), order, quantities, leaveOpen && !order.reserveToTry, {}};
    if (!order.paidInStore() || keptMinor == 0) {
        record(draft, std::move(done));
        return;
    }
    if (m_pending) {
        done(Error{
            tr("Order %1 is waiting for its payment: finish or void that sale first").arg(m_pending->order.number)});
        return;
    }
    if (auto added = putIntoSale(order, quantities); !added) {
        done(Error{added.error()});
        return;
    }
    draft.saleId = m_checkout.sale().id();
    m_pending = draft;
    done(Handover{Handover::Stage::AwaitingPayment, {}, {}});
}

Result<void> OnlineOrderService::putIntoSale(const OrderSnapshot &order, const QMap<int, qint64> &quantities)
{
    const SaleState state = m_checkout.sale().state();
    if (state != SaleState::New && state != SaleState::Open)
        return Error{tr("Finish the payment on screen before adding order %1").arg(order.number)};
    const QList<TaxClass> &taxClasses = m_checkout.profile().taxClasses;
    for (const OrderSnapshotLine &line : order.lines) {
        const qint64 quantity = quantities.value(line.lineNo);
        if (quantity == 0)
            continue;
        // The catalog's product for its tax class and names; the price is the order's, as the customer was
        // promised online.
        std::optional<Product> product = m_catalog.findBySku(line.sku);
        if (!product && !line.gtin.isEmpty())
            product = m_catalog.findByBarcode(line.gtin);
        if (!product) {
            if (taxClasses.isEmpty())
                return Error{tr("%1 is not in this till's catalog").arg(line.name)};
            product = Product{0, line.sku, line.name, line.name, {}, 0, taxClasses.first().code, Unit::Each, {}};
        }
        product->unitPriceMinor = line.unitPriceMinor;
        const int lineId = m_checkout.sale().nextLineId();
        if (auto added = m_checkout.addItem({*product, Quantity::pieces(quantity), order.number}); !added)
            return added;
        if (auto noted = m_checkout.noteLine(lineId, tr("Online order %1").arg(order.number)); !noted)
            return noted;
    }
    return {};
}

void OnlineOrderService::record(const PickupDraft &draft, Handed done)
{
    m_orders.pickUp(draft, [this, order = draft.order, done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            done(Error{answer.error()});
            return;
        }
        const QString slip =
            print(OrderSlipText::collectSlip(order, *answer, m_checkout.profile(), QDateTime::currentDateTimeUtc()));
        done(Handover{Handover::Stage::Recorded, *answer, slip});
    });
}

void OnlineOrderService::saleCompleted()
{
    const auto completed = m_checkout.lastCompleted();
    if (!m_pending || !completed || QUuid(completed->saleId) != m_pending->saleId)
        return;
    const PickupDraft draft = *std::exchange(m_pending, std::nullopt);
    record(draft, [this, number = draft.order.number](Result<Handover> handed) {
        if (handed)
            Q_EMIT paidPickupRecorded(number, handed->slip);
        else
            Q_EMIT paidPickupFailed(number, handed.error());
    });
}

void OnlineOrderService::saleChanged()
{
    const Sale &sale = m_checkout.sale();
    if (m_pending && sale.id() == m_pending->saleId && sale.state() == SaleState::Voided) {
        const QString number = std::exchange(m_pending, std::nullopt)->order.number;
        Q_EMIT paidPickupFailed(number, tr("The sale was voided: order %1 was not handed over").arg(number));
    }
}

void OnlineOrderService::takeBack(const OrderSnapshot &order, const QMap<int, qint64> &quantities,
                                  const QString &refundMethod, Returned done)
{
    if (!refundMethods().contains(refundMethod)) {
        done(Error{tr("This store does not refund online orders %1")
                       .arg(OrderSlipText::refundMethodName(refundMethod).toLower())});
        return;
    }
    QMap<int, qint64> chosen;
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
        if (it.value() > 0)
            chosen.insert(it.key(), it.value());
    }
    if (chosen.isEmpty()) {
        done(Error{tr("Choose what comes back")});
        return;
    }
    m_orders.takeBack({QUuid::createUuid(), order, chosen, refundMethod},
                      [this, order, done = std::move(done)](Result<QJsonObject> answer) {
                          if (!answer) {
                              done(Error{answer.error()});
                              return;
                          }
                          done(print(OrderSlipText::returnReceipt(order, *answer, m_checkout.profile(),
                                                                  QDateTime::currentDateTimeUtc())));
                      });
}

QString OnlineOrderService::print(const QString &text)
{
    if (m_printing) {
        if (auto queued = m_printing->printPage(OrderSlipText::page(text)); !queued)
            qCWarning(lcOnlineOrders) << "slip not printed:" << queued.error();
    }
    return text;
}

} // namespace omnitill
