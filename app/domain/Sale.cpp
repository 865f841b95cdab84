#include "Sale.h"

#include "Return.h"

#include <QCoreApplication>

namespace omnitill {

namespace {
template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

Error refused(const char *reason)
{
    return Error{QCoreApplication::translate("Sale", reason)};
}

Result<void> checkQuantity(const Product &product, Quantity quantity)
{
    if (quantity.thousandths <= 0)
        return refused(QT_TRANSLATE_NOOP("Sale", "The quantity must be more than zero"));
    if (product.unit == Unit::Each && !quantity.isWhole())
        return refused(QT_TRANSLATE_NOOP("Sale", "This item is sold by the piece: the quantity must be whole"));
    return {};
}

Result<void> checkDiscount(const Discount &discount, qint64 base)
{
    if (discount.value < 0)
        return refused(QT_TRANSLATE_NOOP("Sale", "A discount cannot be negative"));
    if (discount.kind == Discount::Kind::Percent && discount.value > Discount::basisPointsPerWhole)
        return refused(QT_TRANSLATE_NOOP("Sale", "A discount cannot be more than 100%"));
    if (discount.kind == Discount::Kind::Amount && discount.value > base)
        return refused(QT_TRANSLATE_NOOP("Sale", "The discount is larger than the amount it applies to"));
    return {};
}
} // namespace

Sale::Sale(StoreProfile profile, std::shared_ptr<const PromotionEngine> promotions)
    : m_profile(std::move(profile))
    , m_promotions(std::move(promotions))
{
}

Result<Sale> Sale::replay(StoreProfile profile, const QList<SaleEvent> &events,
                          std::shared_ptr<const PromotionEngine> promotions)
{
    Sale sale(std::move(profile), std::move(promotions));
    for (const SaleEvent &event : events) {
        if (auto applied = sale.apply(event); !applied)
            return Error{applied.error()};
    }
    return sale;
}

const SaleLine *Sale::liveLine(int lineId) const
{
    for (const SaleLine &candidate : m_lines) {
        if (candidate.id == lineId && !candidate.voided)
            return &candidate;
    }
    return nullptr;
}

Result<void> Sale::check(const SaleEvent &event) const
{
    using namespace saleevent;
    const bool isOpened = std::holds_alternative<Opened>(event);
    if (m_state == SaleState::New && !isOpened)
        return refused(QT_TRANSLATE_NOOP("Sale", "The sale has not been opened"));
    if (m_state != SaleState::New && isOpened)
        return refused(QT_TRANSLATE_NOOP("Sale", "The sale is already open"));
    if (m_state == SaleState::Completed)
        return refused(QT_TRANSLATE_NOOP("Sale", "The sale is already completed"));
    if (m_state == SaleState::Voided)
        return refused(QT_TRANSLATE_NOOP("Sale", "The sale was voided"));
    if (m_state == SaleState::Suspended && !std::holds_alternative<Resumed>(event) &&
        !std::holds_alternative<Voided>(event))
        return refused(QT_TRANSLATE_NOOP("Sale", "The sale is parked: resume it first"));

    // A customer's member prices change what the items cost, so attaching one is an item change too.
    const bool changesItems =
        std::holds_alternative<LineAdded>(event) || std::holds_alternative<QuantityChanged>(event) ||
        std::holds_alternative<LineVoided>(event) || std::holds_alternative<PriceOverridden>(event) ||
        std::holds_alternative<LineDiscounted>(event) || std::holds_alternative<BasketDiscounted>(event) ||
        std::holds_alternative<CustomerAttached>(event) || std::holds_alternative<CustomerDetached>(event) ||
        std::holds_alternative<CouponApplied>(event) || std::holds_alternative<CouponRemoved>(event);
    // A line voided after payment started is checked against the payments once repriced (apply()).
    if (changesItems && m_state == SaleState::Tendering && !std::holds_alternative<LineVoided>(event))
        return refused(QT_TRANSLATE_NOOP("Sale", "Payment has started: void the sale to change its items"));

    const auto requireLiveLine = [this](int lineId) -> Result<const SaleLine *> {
        if (const SaleLine *found = liveLine(lineId))
            return found;
        return refused(QT_TRANSLATE_NOOP("Sale", "There is no such line in the sale"));
    };

    return std::visit(
        Overloaded{
            [](const Opened &e) -> Result<void> {
                if (e.saleId.isNull())
                    return refused(QT_TRANSLATE_NOOP("Sale", "A sale needs an id"));
                return {};
            },
            [this](const LineAdded &e) -> Result<void> {
                if (e.lineId != nextLineId())
                    return refused(QT_TRANSLATE_NOOP("Sale", "Lines must be numbered in order"));
                if (e.product.unitPriceMinor < 0)
                    return refused(QT_TRANSLATE_NOOP("Sale", "A price cannot be negative"));
                if (!m_profile.taxClass(e.product.taxClass))
                    return refused(QT_TRANSLATE_NOOP("Sale", "The item has a tax class this store does not know"));
                return checkQuantity(e.product, e.quantity);
            },
            [&](const QuantityChanged &e) -> Result<void> {
                auto found = requireLiveLine(e.lineId);
                return found ? checkQuantity((*found)->product, e.quantity) : Result<void>(Error{found.error()});
            },
            [&](const LineVoided &e) -> Result<void> {
                auto found = requireLiveLine(e.lineId);
                return found ? Result<void>() : Result<void>(Error{found.error()});
            },
            [&](const PriceOverridden &e) -> Result<void> {
                auto found = requireLiveLine(e.lineId);
                if (!found)
                    return Error{found.error()};
                if (e.unitPriceMinor < 0)
                    return refused(QT_TRANSLATE_NOOP("Sale", "A price cannot be negative"));
                if (e.reason.trimmed().isEmpty())
                    return refused(QT_TRANSLATE_NOOP("Sale", "A price override needs a reason"));
                return {};
            },
            [&](const LineDiscounted &e) -> Result<void> {
                auto found = requireLiveLine(e.lineId);
                if (!found)
                    return Error{found.error()};
                for (const PricedLine &priced : m_totals.lines) {
                    if (priced.lineId == e.lineId)
                        return checkDiscount(e.discount,
                                             priced.grossMinor - priced.promotionMinor - priced.couponMinor);
                }
                return refused(QT_TRANSLATE_NOOP("Sale", "There is no such line in the sale"));
            },
            [&](const LineNoted &e) -> Result<void> {
                auto found = requireLiveLine(e.lineId);
                if (!found)
                    return Error{found.error()};
                if (e.note.size() > LineNoted::maxLength)
                    return refused(QT_TRANSLATE_NOOP("Sale", "A note can be at most 200 characters"));
                return {};
            },
            [this](const BasketDiscounted &e) -> Result<void> {
                if (!hasLiveLines())
                    return refused(QT_TRANSLATE_NOOP("Sale", "There is nothing to discount"));
                return checkDiscount(e.discount, m_totals.subtotalMinor - m_totals.promotionMinor -
                                                     m_totals.couponMinor - m_totals.discountMinor +
                                                     m_totals.basketDiscountMinor);
            },
            [this](const Tendered &e) -> Result<void> {
                if (!hasLiveLines())
                    return refused(QT_TRANSLATE_NOOP("Sale", "There is nothing to pay for"));
                if (e.tenderId != nextTenderId())
                    return refused(QT_TRANSLATE_NOOP("Sale", "Payments must be numbered in order"));
                if (e.amountMinor <= 0)
                    return refused(QT_TRANSLATE_NOOP("Sale", "A payment must be more than zero"));
                if (m_totals.fullyPaid())
                    return refused(QT_TRANSLATE_NOOP("Sale", "The sale is already paid"));
                if (e.method != TenderMethod::Cash && e.amountMinor > m_totals.balanceMinor)
                    return refused(QT_TRANSLATE_NOOP("Sale", "Only cash can be more than what is due"));
                return {};
            },
            [this](const Completed &) -> Result<void> {
                if (!hasLiveLines())
                    return refused(QT_TRANSLATE_NOOP("Sale", "The sale has no items"));
                if (!m_totals.fullyPaid())
                    return refused(QT_TRANSLATE_NOOP("Sale", "The sale is not paid in full"));
                return {};
            },
            [](const Voided &) -> Result<void> { return {}; },
            [this](const Suspended &) -> Result<void> {
                if (m_state != SaleState::Open)
                    return refused(QT_TRANSLATE_NOOP("Sale", "A sale with payments cannot be parked"));
                if (!hasLiveLines())
                    return refused(QT_TRANSLATE_NOOP("Sale", "There is nothing to park"));
                return {};
            },
            [](const Resumed &) -> Result<void> { return {}; },
            [this](const ExchangeCredited &e) -> Result<void> {
                if (m_state != SaleState::Open)
                    return refused(QT_TRANSLATE_NOOP("Sale", "Payment has started: take the exchange on a new sale"));
                if (m_exchange)
                    return refused(QT_TRANSLATE_NOOP("Sale", "This sale already has an exchange: finish it first"));
                if (e.returnId.isNull() || e.lines.isEmpty() || e.creditMinor <= 0)
                    return refused(QT_TRANSLATE_NOOP("Sale", "Choose the items that come back in the exchange"));
                return {};
            },
            [this](const CustomerAttached &e) -> Result<void> {
                if (e.customerId.trimmed().isEmpty())
                    return refused(QT_TRANSLATE_NOOP("Sale", "The customer has no id"));
                if (hasCouponBoundToOtherThan(e.customerId))
                    return refused(QT_TRANSLATE_NOOP("Sale", "Remove the customer's own coupons first"));
                return {};
            },
            [this](const CustomerDetached &) -> Result<void> {
                if (m_customerId.isEmpty())
                    return refused(QT_TRANSLATE_NOOP("Sale", "No customer is attached to this sale"));
                if (hasCouponBoundToOtherThan({}))
                    return refused(QT_TRANSLATE_NOOP("Sale", "Remove the customer's own coupons first"));
                return {};
            },
            [this](const CouponApplied &e) -> Result<void> {
                if (e.code.isEmpty())
                    return refused(QT_TRANSLATE_NOOP("Sale", "A coupon needs its code"));
                if (couponIndex(e.code) >= 0)
                    return refused(QT_TRANSLATE_NOOP("Sale", "This coupon is already on the sale"));
                if (!e.customerId.isEmpty() && e.customerId != m_customerId)
                    return refused(QT_TRANSLATE_NOOP("Sale", "This coupon belongs to a customer: attach them first"));
                return e.rule.validate();
            },
            [this](const CouponRemoved &e) -> Result<void> {
                if (couponIndex(e.code) < 0)
                    return refused(QT_TRANSLATE_NOOP("Sale", "This coupon is not on the sale"));
                return {};
            },
            [this](const CashReceiptRequested &e) -> Result<void> {
                if (!CashReceiptRequest::isOffered(m_profile))
                    return refused(QT_TRANSLATE_NOOP("Sale", "Cash receipts are issued only in stores in Korea"));
                if (!CashReceiptRequest::isMasked(e.masked))
                    return refused(QT_TRANSLATE_NOOP("Sale", "A sale keeps a cash receipt's number only masked"));
                return {};
            },
            [this](const CashReceiptWithdrawn &) -> Result<void> {
                if (!m_cashReceipt)
                    return refused(QT_TRANSLATE_NOOP("Sale", "No cash receipt was asked for on this sale"));
                return {};
            },
        },
        event);
}

void Sale::change(const SaleEvent &event)
{
    using namespace saleevent;
    const auto lineOf = [this](int lineId) -> SaleLine & {
        return *std::find_if(m_lines.begin(), m_lines.end(), [&](const SaleLine &l) { return l.id == lineId; });
    };
    std::visit(Overloaded{
                   [this](const Opened &e) {
                       m_id = e.saleId;
                       m_terminalId = e.terminalId;
                       m_openedAt = e.at;
                       m_pricedAt = e.at;
                       m_state = SaleState::Open;
                   },
                   [this](const LineAdded &e) {
                       m_lines.append(SaleLine{e.lineId,
                                               e.product,
                                               e.quantity,
                                               e.scannedCode,
                                               e.product.unitPriceMinor,
                                               {},
                                               std::nullopt,
                                               {},
                                               false});
                   },
                   [&](const QuantityChanged &e) { lineOf(e.lineId).quantity = e.quantity; },
                   [&](const LineVoided &e) { lineOf(e.lineId).voided = true; },
                   [&](const PriceOverridden &e) {
                       lineOf(e.lineId).unitPriceMinor = e.unitPriceMinor;
                       lineOf(e.lineId).overrideReason = e.reason;
                   },
                   [&](const LineDiscounted &e) { lineOf(e.lineId).discount = e.discount; },
                   [&](const LineNoted &e) { lineOf(e.lineId).note = e.note.trimmed(); },
                   [this](const BasketDiscounted &e) { m_basketDiscount = e.discount; },
                   [this](const Tendered &e) {
                       m_tenders.append(Tender{e.tenderId, e.method, e.amountMinor, e.reference, e.offline});
                       m_state = SaleState::Tendering;
                   },
                   [this](const Completed &e) {
                       if (m_totals.exchangeCreditMinor > 0) {
                           m_tenders.append(Tender{nextTenderId(), TenderMethod::Other, m_totals.exchangeCreditMinor,
                                                   Return::creditReference(m_exchange->returnId)});
                       }
                       m_closedAt = e.at;
                       m_state = SaleState::Completed;
                   },
                   [this](const Voided &e) {
                       m_closedAt = e.at;
                       m_state = SaleState::Voided;
                   },
                   [this](const Suspended &) {
                       m_stateBeforeSuspend = m_state;
                       m_state = SaleState::Suspended;
                   },
                   [this](const Resumed &e) {
                       m_state = m_stateBeforeSuspend;
                       // A parked sale takes the promotions of the moment it comes back, as a new one would.
                       m_pricedAt = e.at;
                   },
                   [this](const ExchangeCredited &e) { m_exchange = e; },
                   [this](const CustomerAttached &e) {
                       m_customerId = e.customerId;
                       m_member = e.member;
                   },
                   [this](const CustomerDetached &) {
                       m_customerId.clear();
                       m_member = false;
                   },
                   [this](const CouponApplied &e) { m_coupons.append(e); },
                   [this](const CouponRemoved &e) { m_coupons.removeAt(couponIndex(e.code)); },
                   [this](const CashReceiptRequested &e) { m_cashReceipt = e; },
                   [this](const CashReceiptWithdrawn &) { m_cashReceipt.reset(); },
               },
               event);
}

Result<void> Sale::apply(const SaleEvent &event)
{
    if (auto allowed = check(event); !allowed)
        return allowed;
    Sale next = *this;
    next.change(event);
    if (auto priced = next.reprice(); !priced)
        return priced;
    if (m_state == SaleState::Tendering && std::holds_alternative<saleevent::LineVoided>(event)) {
        if (auto payable = next.checkPaymentsStillFit(); !payable)
            return payable;
    }
    // A coupon comes onto the sale only if it saves something now; later basket changes may leave it idle.
    if (std::holds_alternative<saleevent::CouponApplied>(event)) {
        if (const PricedCoupon &priced = next.m_totals.coupons.last(); !priced.refusal.isEmpty())
            return Error{priced.refusal};
    }
    next.m_events.append(event);
    *this = std::move(next);
    return {};
}

qsizetype Sale::couponIndex(const QString &code) const
{
    for (qsizetype i = 0; i < m_coupons.size(); ++i) {
        if (m_coupons[i].code == code)
            return i;
    }
    return -1;
}

bool Sale::hasCouponBoundToOtherThan(const QString &customerId) const
{
    return std::any_of(m_coupons.cbegin(), m_coupons.cend(), [&](const saleevent::CouponApplied &coupon) {
        return !coupon.customerId.isEmpty() && coupon.customerId != customerId;
    });
}

qint64 Sale::cashPaidMinor() const
{
    qint64 cash = 0;
    for (const Tender &tender : m_tenders) {
        if (tender.method == TenderMethod::Cash)
            cash += tender.amountMinor;
    }
    return cash - m_totals.changeMinor; // only cash gives change
}

Result<void> Sale::checkPaymentsStillFit() const
{
    if (!hasLiveLines())
        return refused(QT_TRANSLATE_NOOP("Sale", "That is the last item: void the sale instead"));
    // Cash can exceed what is due (the rest is change); a card or other payment cannot be given back here.
    qint64 nonCash = 0;
    for (const Tender &tender : m_tenders) {
        if (tender.method != TenderMethod::Cash)
            nonCash += tender.amountMinor;
    }
    if (nonCash > m_totals.totalDueMinor)
        return refused(
            QT_TRANSLATE_NOOP("Sale", "The card payments would be more than the new total: void the sale instead"));
    return {};
}

Result<void> Sale::reprice()
{
    const PromotionContext context{m_promotions, m_pricedAt, m_member};
    auto totals = priceSale(m_lines, m_basketDiscount, m_tenders, m_profile, context, m_coupons);
    if (!totals)
        return Error{totals.error()};
    if (m_exchange && m_state != SaleState::Voided) {
        const qint64 applied = std::min(m_exchange->creditMinor, totals->totalDueMinor);
        // Open, the credit pays ahead of the tenders; once completed it is one of them already.
        if (m_state != SaleState::Completed && applied > 0) {
            const QList<Tender> withCredit =
                QList<Tender>{Tender{0, TenderMethod::Other, applied, Return::creditReference(m_exchange->returnId)}} +
                m_tenders;
            totals = priceSale(m_lines, m_basketDiscount, withCredit, m_profile, context, m_coupons);
            if (!totals)
                return Error{totals.error()};
        }
        totals->exchangeCreditMinor = applied;
        totals->exchangeRefundMinor = m_exchange->creditMinor - applied;
    }
    m_totals = std::move(totals).value();
    return {};
}

} // namespace omnitill
