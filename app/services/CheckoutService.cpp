#include "CheckoutService.h"

#include "CouponRedemptions.h"
#include "Database.h"
#include "OpenSaleStore.h"
#include "PermissionGate.h"
#include "ReturnService.h"
#include "Transaction.h"

namespace omnitill {

using namespace saleevent;

CheckoutService::CheckoutService(const Database &database, CatalogRepository &catalog, StoreProfile profile,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_openSales(std::make_unique<OpenSaleStore>(database))
    , m_journal(database)
    , m_lookup(catalog, profile.variableMeasure)
    , m_profile(profile)
    , m_sale(std::move(profile))
{
}

CheckoutService::~CheckoutService() = default;

void CheckoutService::setPromotions(std::shared_ptr<const PromotionEngine> promotions)
{
    m_promotions = std::move(promotions);
    if (m_sale.state() == SaleState::New)
        m_sale = Sale(m_profile, m_promotions);
}

Result<int> CheckoutService::restore()
{
    auto open = m_openSales->load();
    if (!open)
        return Error{open.error()};
    for (const QList<SaleEvent> &events : *open) {
        auto sale = Sale::replay(m_profile, events, m_promotions);
        if (!sale)
            return Error{sale.error()};
        if (sale->state() == SaleState::Suspended)
            m_parked.append(std::move(sale).value());
        else
            m_sale = std::move(sale).value();
    }
    if (m_sale.state() == SaleState::Tendering && m_sale.totals().fullyPaid()) {
        // An exchange whose return another till has taken meanwhile stays on screen to be voided: the
        // till must still start.
        if (auto finished = finish(Completed{m_clock()}); !finished && !m_sale.exchange())
            return Error{finished.error()};
    }
    Q_EMIT saleChanged();
    Q_EMIT parkedSalesChanged();
    return int(open->size());
}

Result<void> CheckoutService::record(const SaleEvent &event)
{
    Sale next = m_sale;
    if (auto applied = next.apply(event); !applied)
        return applied;
    if (auto stored = m_openSales->append(next.id(), next.events().size() - 1, event); !stored)
        return stored;
    m_sale = std::move(next);
    Q_EMIT saleChanged();
    return {};
}

Result<void> CheckoutService::ensureOpened()
{
    if (m_sale.state() == SaleState::Completed || m_sale.state() == SaleState::Voided)
        startNextSale();
    if (m_sale.state() != SaleState::New)
        return {};
    if (m_openShiftId && !m_openShiftId())
        return Error{tr("Open a shift before selling")};
    if (m_saleStartCheck) {
        if (auto mayStart = m_saleStartCheck(); !mayStart)
            return mayStart;
    }
    if (auto allowed = authorize(Permission::Sell, {}); !allowed)
        return allowed;
    return record(Opened{QUuid::createUuid(), m_profile.terminalId, m_clock()});
}

Result<void> CheckoutService::scan(const QString &code, qint64 multiplier)
{
    auto item = m_lookup.find(code);
    if (!item)
        return Error{item.error()};
    if (multiplier > 1 && item->product.unit == Unit::Each)
        item.value().quantity = Quantity::pieces(multiplier);
    return addItem(*item);
}

Result<void> CheckoutService::scan(const ScannedCode &scanned, qint64 multiplier)
{
    auto item = m_lookup.find(scanned);
    if (!item)
        return Error{item.error()};
    if (multiplier > 1 && item->product.unit == Unit::Each && item->quantity == Quantity::pieces(1))
        item.value().quantity = Quantity::pieces(multiplier);
    return addItem(*item);
}

Result<void> CheckoutService::addItem(const ItemMatch &item)
{
    if (auto opened = ensureOpened(); !opened)
        return opened;
    return record(LineAdded{m_sale.nextLineId(), item.product, item.quantity, item.scannedCode});
}

Result<void> CheckoutService::changeQuantity(int lineId, Quantity quantity)
{
    return record(QuantityChanged{lineId, quantity});
}

Result<void> CheckoutService::voidLine(int lineId)
{
    if (m_sale.state() == SaleState::Tendering) {
        const QJsonObject details{{QLatin1String("sale"), m_sale.id().toString(QUuid::WithoutBraces)},
                                  {QLatin1String("line"), lineId},
                                  {QLatin1String("paid"), m_sale.totals().paidMinor}};
        if (auto allowed = authorize(Permission::VoidLineAfterTender, details); !allowed)
            return allowed;
        if (auto voided = record(LineVoided{lineId}); !voided)
            return voided;
        return completeIfPaid();
    }
    return record(LineVoided{lineId});
}

Result<void> CheckoutService::attachCustomer(const QString &customerId, bool member)
{
    if (auto opened = ensureOpened(); !opened)
        return opened;
    return record(CustomerAttached{customerId, member});
}

Result<void> CheckoutService::detachCustomer()
{
    return record(CustomerDetached{});
}

Result<void> CheckoutService::checkCoupon(const CouponApplied &coupon) const
{
    if (!m_sale.hasLiveLines() || m_sale.state() == SaleState::Completed || m_sale.state() == SaleState::Voided)
        return Error{tr("Scan the items first: a coupon is checked against the basket")};
    Sale trial = m_sale;
    return trial.apply(coupon);
}

Result<void> CheckoutService::applyCoupon(const CouponApplied &coupon)
{
    return record(coupon);
}

Result<void> CheckoutService::removeCoupon(const QString &code)
{
    return record(CouponRemoved{code});
}

Result<void> CheckoutService::noteLine(int lineId, const QString &note)
{
    return record(LineNoted{lineId, note});
}

Result<void> CheckoutService::overridePrice(int lineId, qint64 unitPriceMinor, const QString &reason)
{
    const auto line =
        std::find_if(m_sale.lines().cbegin(), m_sale.lines().cend(), [&](const SaleLine &l) { return l.id == lineId; });
    const QJsonObject details{{QLatin1String("sale"), m_sale.id().toString(QUuid::WithoutBraces)},
                              {QLatin1String("line"), lineId},
                              {QLatin1String("from"), line == m_sale.lines().cend() ? 0 : line->unitPriceMinor},
                              {QLatin1String("to"), unitPriceMinor},
                              {QLatin1String("reason"), reason}};
    if (auto allowed = authorize(Permission::PriceOverride, details); !allowed)
        return allowed;
    return record(PriceOverridden{lineId, unitPriceMinor, reason});
}

Result<void> CheckoutService::discountLine(int lineId, const Discount &discount)
{
    const auto &priced = m_sale.totals().lines;
    const auto line =
        std::find_if(priced.cbegin(), priced.cend(), [&](const PricedLine &l) { return l.lineId == lineId; });
    if (line != priced.cend()) {
        const QJsonObject details{{QLatin1String("sale"), m_sale.id().toString(QUuid::WithoutBraces)},
                                  {QLatin1String("line"), lineId},
                                  {QLatin1String("discount"), discountToJson(discount)}};
        if (auto allowed =
                authorizeDiscount(discount, line->grossMinor - line->promotionMinor - line->couponMinor, details);
            !allowed)
            return allowed;
    }
    return record(LineDiscounted{lineId, discount});
}

Result<void> CheckoutService::discountBasket(const Discount &discount)
{
    const SaleTotals &totals = m_sale.totals();
    const qint64 base = totals.subtotalMinor - totals.promotionMinor - totals.couponMinor - totals.discountMinor +
                        totals.basketDiscountMinor;
    const QJsonObject details{{QLatin1String("sale"), m_sale.id().toString(QUuid::WithoutBraces)},
                              {QLatin1String("discount"), discountToJson(discount)}};
    if (auto allowed = authorizeDiscount(discount, base, details); !allowed)
        return allowed;
    return record(BasketDiscounted{discount});
}

Result<void> CheckoutService::authorizeDiscount(const Discount &discount, qint64 baseMinor, const QJsonObject &details)
{
    if (!m_gate || baseMinor <= 0)
        return {};
    // An amount counts as the share of what it comes off, rounded up so a limit cannot be slipped under.
    qint64 share = discount.value;
    if (discount.kind == Discount::Kind::Amount) {
        share = discount.value >= baseMinor
                    ? Discount::basisPointsPerWhole
                    : (discount.value * Discount::basisPointsPerWhole + baseMinor - 1) / baseMinor;
    }
    if (share <= m_gate->discountLimitBasisPoints())
        return {};
    return authorize(Permission::DiscountOverLimit, details);
}

Result<void> CheckoutService::tender(TenderMethod method, qint64 amountMinor, const QString &reference, bool offline)
{
    if (method == TenderMethod::Card && (m_cardTerminalRequired || offline))
        return Error{tr("Card payments go through the card terminal")};
    return acceptTender(method, amountMinor, reference, offline);
}

Result<void> CheckoutService::tenderApprovedCard(qint64 amountMinor, const QString &pspReference, bool offline)
{
    if (pspReference.isEmpty())
        return Error{tr("A card payment needs the terminal's reference")};
    return acceptTender(TenderMethod::Card, amountMinor, pspReference, offline);
}

Result<void> CheckoutService::acceptTender(TenderMethod method, qint64 amountMinor, const QString &reference,
                                           bool offline)
{
    if (auto taken = record(Tendered{m_sale.nextTenderId(), method, amountMinor, reference, offline}); !taken)
        return taken;
    return completeIfPaid();
}

Result<void> CheckoutService::completeIfPaid()
{
    if (!m_sale.totals().fullyPaid())
        return {};
    return finish(Completed{m_clock()});
}

Result<void> CheckoutService::voidSale(const QString &reason)
{
    if (m_sale.state() == SaleState::New)
        return {};
    const QJsonObject details{{QLatin1String("sale"), m_sale.id().toString(QUuid::WithoutBraces)},
                              {QLatin1String("total"), m_sale.totals().totalDueMinor},
                              {QLatin1String("paid"), m_sale.totals().paidMinor},
                              {QLatin1String("reason"), reason}};
    if (auto allowed = authorize(Permission::VoidSale, details); !allowed)
        return allowed;
    return finish(Voided{m_clock(), reason});
}

Result<void> CheckoutService::takeExchange(const ExchangeCredited &credit)
{
    if (auto opened = ensureOpened(); !opened)
        return opened;
    return record(credit);
}

Result<void> CheckoutService::completeExchange(const Alongside &alongside)
{
    if (!m_sale.exchange())
        return Error{tr("This sale has no exchange: take payment as usual")};
    return finish(Completed{m_clock()}, alongside);
}

// The return half of an exchange goes into the journal just before its sale, in the sale's transaction.
Result<QJsonObject> CheckoutService::journalExchange(Transaction &transaction, const Sale &closed)
{
    if (!m_returns)
        return Error{tr("This till takes no exchanges")};
    return m_returns->journalExchange(transaction, closed);
}

Result<void> CheckoutService::finish(const SaleEvent &closing, const Alongside &alongside)
{
    Sale closed = m_sale;
    if (auto applied = closed.apply(closing); !applied)
        return applied;
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    QJsonObject fields = attribution(closed);
    if (closed.exchange() && closed.state() == SaleState::Completed) {
        auto exchanged = journalExchange(transaction, closed);
        if (!exchanged)
            return Error{exchanged.error()};
        fields.insert(QLatin1String("exchange"), *exchanged);
    }
    auto entry = m_journal.append(transaction, closed, fields);
    if (!entry)
        return Error{entry.error()};
    if (closed.state() == SaleState::Completed) {
        if (auto owed = CouponRedemptions(m_database).record(transaction, closed); !owed)
            return owed;
    }
    if (auto discarded = m_openSales->discard(transaction, closed.id()); !discarded)
        return discarded;
    if (alongside) {
        if (auto recorded = alongside(transaction); !recorded)
            return recorded;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_sale = std::move(closed);
    m_lastCompleted = std::move(entry).value();
    Q_EMIT saleChanged();
    Q_EMIT saleCompleted(m_lastCompleted->sequence);
    if (const auto held = m_cashReceiptsInFull.find(m_sale.id()); held != m_cashReceiptsInFull.end()) {
        const CashReceiptRequest cashReceipt = *held;
        m_cashReceiptsInFull.erase(held); // the full number goes with the sale, completed or voided
        if (m_sale.state() == SaleState::Completed && m_sale.cashPaidMinor() > 0)
            Q_EMIT cashReceiptToIssue(cashReceipt, m_lastCompleted->sequence, m_sale.cashPaidMinor());
    }
    return {};
}

Result<void> CheckoutService::suspend()
{
    if (auto parked = record(Suspended{m_clock()}); !parked)
        return parked;
    m_parked.append(m_sale);
    m_sale = Sale(m_profile, m_promotions);
    Q_EMIT saleChanged();
    Q_EMIT parkedSalesChanged();
    return {};
}

Result<void> CheckoutService::resume(const QUuid &saleId)
{
    const auto parked = std::find_if(m_parked.begin(), m_parked.end(), [&](const Sale &s) { return s.id() == saleId; });
    if (parked == m_parked.end())
        return Error{tr("That parked sale is no longer there")};
    const SaleState onScreen = m_sale.state();
    if (onScreen == SaleState::Open || onScreen == SaleState::Tendering)
        return Error{tr("Finish or park the sale on screen first")};
    Sale resumed = *parked;
    const SaleEvent event = Resumed{m_clock()};
    if (auto applied = resumed.apply(event); !applied)
        return applied;
    if (auto stored = m_openSales->append(resumed.id(), resumed.events().size() - 1, event); !stored)
        return stored;
    m_parked.erase(parked);
    m_sale = std::move(resumed);
    Q_EMIT saleChanged();
    Q_EMIT parkedSalesChanged();
    return {};
}

Result<void> CheckoutService::authorize(Permission permission, const QJsonObject &details)
{
    return m_gate ? m_gate->authorize(permission, details) : Result<void>();
}

QJsonObject CheckoutService::attribution(const Sale &sale) const
{
    QJsonObject fields = staffAndShift(m_gate, m_openShiftId);
    qint64 voidedLines = 0;
    qint64 voidedAmount = 0;
    for (const SaleLine &line : sale.lines()) {
        if (!line.voided)
            continue;
        ++voidedLines;
        // What the line came to when it was voided, for the report's voids; a figure too large to hold
        // is left out rather than wrapped.
        const auto gross = checked::multiplyDivide(line.unitPriceMinor, line.quantity.thousandths, Quantity::scale,
                                                   m_profile.rounding);
        if (const auto sum = gross ? checked::add(voidedAmount, *gross) : Result<qint64>(Error{}); sum)
            voidedAmount = *sum;
    }
    if (voidedLines > 0) {
        fields.insert(QLatin1String("voidedLines"), voidedLines);
        fields.insert(QLatin1String("voidedLinesAmount"), voidedAmount);
    }
    return fields;
}

Result<void> CheckoutService::requestCashReceipt(CashReceiptRequest::Purpose purpose, const QString &typed)
{
    auto request = CashReceiptRequest::parse(purpose, typed);
    if (!request)
        return Error{request.error()};
    if (auto recorded = record(CashReceiptRequested{purpose, request->identifier(), request->masked()}); !recorded)
        return recorded;
    m_cashReceiptsInFull.insert(m_sale.id(), std::move(request).value());
    return {};
}

Result<void> CheckoutService::withdrawCashReceipt()
{
    if (auto withdrawn = record(CashReceiptWithdrawn{}); !withdrawn)
        return withdrawn;
    m_cashReceiptsInFull.remove(m_sale.id());
    return {};
}

void CheckoutService::startNextSale()
{
    if (m_sale.state() != SaleState::Completed && m_sale.state() != SaleState::Voided)
        return;
    m_sale = Sale(m_profile, m_promotions);
    Q_EMIT saleChanged();
}

} // namespace omnitill
