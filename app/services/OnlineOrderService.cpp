#include "OnlineOrderService.h"

#include "CatalogRepository.h"
#include "CheckoutService.h"
#include "HandoverLog.h"
#include "Money.h"
#include "OrderSlipText.h"
#include "PrintService.h"
#include "RestockLog.h"
#include "StoreSettings.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace omnitill {

Q_LOGGING_CATEGORY(lcOnlineOrders, "omnitill.orders")

const QString OnlineOrderService::refundMethodsKey = QStringLiteral("returns.onlineRefunds");
const QString OnlineOrderService::pendingPickupKey = QStringLiteral("orders.pendingPickup");

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString pendingJson(const PickupDraft &draft)
{
    QJsonObject lines;
    for (auto it = draft.quantities.cbegin(); it != draft.quantities.cend(); ++it)
        lines.insert(QString::number(it.key()), it.value());
    const QJsonObject json{{QLatin1String("pickup"), uuidText(draft.pickupId)},
                           {QLatin1String("sale"), uuidText(draft.saleId)},
                           {QLatin1String("order"), draft.order.id},
                           {QLatin1String("lines"), lines},
                           {QLatin1String("leaveOpen"), draft.leaveOpen}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

OnlineOrderService::OnlineOrderService(OnlineOrderClient &orders, CheckoutService &checkout, CatalogRepository &catalog,
                                       StoreSettings &settings, QObject *parent)
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
    const QStringList known{QStringLiteral("original_payment"), QStringLiteral("store_credit"), QStringLiteral("cash")};
    const QString policy = m_settings.value(refundMethodsKey).value_or(QStringLiteral("original_payment,store_credit"));
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
    setPending(draft);
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
    m_orders.pickUp(draft, [this, draft, done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            done(Error{answer.error()});
            return;
        }
        const OrderSnapshot &order = draft.order;
        countHandover(draft, answer->value(QLatin1String("offline")).toBool());
        const QString slip =
            print(OrderSlipText::collectSlip(order, *answer, m_checkout.profile(), QDateTime::currentDateTimeUtc()));
        done(Handover{Handover::Stage::Recorded, *answer, slip});
    });
}

void OnlineOrderService::countHandover(const PickupDraft &draft, bool offline)
{
    qint64 units = 0;
    for (const qint64 quantity : draft.quantities)
        units += quantity;
    if (!m_handovers || units == 0)
        return;
    // The order is handed over whatever this log says: a failure here costs a dashboard count, not the pickup.
    if (auto counted = m_handovers->record(uuidText(draft.pickupId), draft.order.number, units, offline,
                                           QDateTime::currentDateTimeUtc());
        !counted)
        qCWarning(lcOnlineOrders) << counted.error();
}

void OnlineOrderService::saleCompleted()
{
    const auto completed = m_checkout.lastCompleted();
    if (m_pending && completed && QUuid(completed->saleId) == m_pending->saleId)
        recordPaid(*m_pending);
}

void OnlineOrderService::recordPaid(const PickupDraft &draft)
{
    // The sale is paid: only the central store's answer is missing. The draft stays saved until it comes, so a
    // till that stops now sends it again at restart (the pickup id makes the resend harmless).
    record(draft, [this, draft](Result<Handover> handed) {
        const bool current = m_pending && m_pending->pickupId == draft.pickupId;
        if (handed) {
            if (current)
                setPending(std::nullopt);
            Q_EMIT paidPickupRecorded(draft.order.number, handed->slip);
            return;
        }
        if (current)
            m_pending.reset(); // still saved: sent again at the next start
        Q_EMIT paidPickupFailed(
            draft.order.number,
            tr("%1 The sale is paid; the pickup is sent again when the till restarts.").arg(handed.error()));
    });
}

void OnlineOrderService::saleChanged()
{
    const Sale &sale = m_checkout.sale();
    if (m_pending && sale.id() == m_pending->saleId && sale.state() == SaleState::Voided) {
        const QString number = m_pending->order.number;
        setPending(std::nullopt);
        Q_EMIT paidPickupFailed(number, tr("The sale was voided: order %1 was not handed over").arg(number));
    }
}

void OnlineOrderService::resumeAwaitingPayment()
{
    const QJsonObject saved =
        QJsonDocument::fromJson(m_settings.value(pendingPickupKey).value_or(QString()).toUtf8()).object();
    if (saved.isEmpty())
        return;
    PickupDraft draft;
    draft.pickupId = QUuid(saved.value(QLatin1String("pickup")).toString());
    draft.saleId = QUuid(saved.value(QLatin1String("sale")).toString());
    draft.leaveOpen = saved.value(QLatin1String("leaveOpen")).toBool();
    const QJsonObject lines = saved.value(QLatin1String("lines")).toObject();
    for (auto it = lines.constBegin(); it != lines.constEnd(); ++it)
        draft.quantities.insert(it.key().toInt(), it.value().toInteger());
    const bool paid = m_checkout.journal().entryForSale(uuidText(draft.saleId)).has_value();
    if (!paid && m_checkout.sale().id() != draft.saleId) {
        qCInfo(lcOnlineOrders) << "dropping the pickup of a sale that did not complete";
        setPending(std::nullopt);
        return;
    }
    m_orders.find(saved.value(QLatin1String("order")).toString(), [this, draft, paid](Result<OrderSnapshot> found) {
        if (!found) {
            qCWarning(lcOnlineOrders) << "the waiting pickup's order cannot be read now:" << found.error();
            return; // kept: the next start tries again
        }
        PickupDraft resumed = draft;
        resumed.order = *found;
        m_pending = resumed;
        if (paid)
            recordPaid(resumed);
    });
}

void OnlineOrderService::setPending(std::optional<PickupDraft> draft)
{
    if (auto saved = m_settings.setValue(pendingPickupKey, draft ? pendingJson(*draft) : QStringLiteral("")); !saved)
        qCWarning(lcOnlineOrders) << "the waiting pickup is not saved:" << saved.error();
    m_pending = std::move(draft);
}

void OnlineOrderService::takeBack(const OrderSnapshot &order, const QMap<int, qint64> &quantities,
                                  const QString &refundMethod, Returned done)
{
    if (!refundMethods().contains(refundMethod)) {
        done(Error{tr("The store's policy does not allow this refund: %1")
                       .arg(OrderSlipText::refundMethodName(refundMethod))});
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
    if (refundMethod == QLatin1String("cash") && !m_cashPayout) {
        done(Error{tr("This till cannot pay cash out")});
        return;
    }
    const ReturnDraft draft{QUuid::createUuid(), order, chosen, refundMethod};
    m_orders.takeBack(draft, [this, draft, done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer) {
            done(Error{answer.error()});
            return;
        }
        const QString receipt = print(
            OrderSlipText::returnReceipt(draft.order, *answer, m_checkout.profile(), QDateTime::currentDateTimeUtc()));
        if (auto settled = settleReturn(draft, *answer); !settled) {
            done(Error{settled.error()});
            return;
        }
        done(receipt);
    });
}

Result<void> OnlineOrderService::settleReturn(const ReturnDraft &draft, const QJsonObject &answer)
{
    if (m_restocks) {
        QList<RestockLog::Line> back;
        for (const OrderSnapshotLine &line : draft.order.lines) {
            if (const qint64 quantity = draft.quantities.value(line.lineNo); quantity > 0)
                back.append({line.lineNo, line.sku, quantity});
        }
        if (auto restocked = m_restocks->recordOnlineReturn(draft.returnId.toString(QUuid::WithoutBraces),
                                                            draft.order.number, back, QDateTime::currentDateTimeUtc());
            !restocked) {
            qCWarning(lcOnlineOrders) << "returned units not recorded in stock:" << restocked.error();
        }
    }
    const qint64 refund = answer.value(QLatin1String("refund")).toObject().value(QLatin1String("amount")).toInteger();
    if (draft.refundMethod != QLatin1String("cash") || refund == 0)
        return {};
    if (auto paid = m_cashPayout(refund, tr("Online return %1").arg(draft.order.number)); !paid)
        return Error{
            tr("The return is recorded, but the cash was not paid out (%1): pay %2 by hand")
                .arg(paid.error(),
                     Money(refund, m_checkout.profile().currency).format(QLocale(m_checkout.profile().localeName)))};
    return {};
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
