#pragma once

#include "SaleEvent.h"
#include "SaleLine.h"
#include "SalePricing.h"
#include "StoreProfile.h"

namespace omnitill {

enum class SaleState {
    New,       // no Opened event yet
    Open,      // items may be added and changed
    Tendering, // a payment was taken: items are fixed (a line may still be voided) until it completes
    Suspended, // parked: only Resumed is accepted
    Completed, // final
    Voided,    // final
};

// A sale is the replay of its events. apply() checks an event against the state machine and the
// sale's contents, and refuses it with a reason the cashier can read; a refused event changes nothing.
// A coupon is accepted only when it saves something on the basket (its reason otherwise); it then stays
// when the basket changes, saving what the basket allows, until it is removed. An exchange's credit pays
// first while the sale is open; completion records the part used as a tender with the return's credit
// reference, a void drops it.
// Invariant: totals() always prices exactly the accepted events, with the store's automatic promotions as
// in force when the sale was opened, or last resumed (the moment comes from those events, so a replay
// prices alike), for a member customer or not.
class Sale
{
public:
    explicit Sale(StoreProfile profile, std::shared_ptr<const PromotionEngine> promotions = {});

    // Rebuilds a sale from persisted events; fails if any of them would be refused today.
    [[nodiscard]] static Result<Sale> replay(StoreProfile profile, const QList<SaleEvent> &events,
                                             std::shared_ptr<const PromotionEngine> promotions = {});

    [[nodiscard]] Result<void> apply(const SaleEvent &event);
    // Whether member-only promotions apply: a customer who is a member is attached (CustomerAttached).
    bool isMember() const { return m_member; }
    // The attached customer's id; empty when nobody is attached.
    QString customerId() const { return m_customerId; }

    QUuid id() const { return m_id; }
    QString terminalId() const { return m_terminalId; }
    QDateTime openedAt() const { return m_openedAt; }
    QDateTime closedAt() const { return m_closedAt; }
    SaleState state() const { return m_state; }
    const StoreProfile &profile() const { return m_profile; }
    const QList<SaleEvent> &events() const { return m_events; }
    const QList<SaleLine> &lines() const { return m_lines; }
    const QList<Tender> &tenders() const { return m_tenders; }
    const std::optional<Discount> &basketDiscount() const { return m_basketDiscount; }
    // The coupons on the sale, in the order they were applied; totals().coupons says what each saves now.
    const QList<saleevent::CouponApplied> &coupons() const { return m_coupons; }
    const SaleTotals &totals() const { return m_totals; }
    // The exchange whose credit pays towards this sale, if any (totals() says how much of it does).
    const std::optional<saleevent::ExchangeCredited> &exchange() const { return m_exchange; }
    // The cash receipt asked for (masked), if any: it covers cashPaidMinor(), the cash taken less the change.
    const std::optional<saleevent::CashReceiptRequested> &cashReceipt() const { return m_cashReceipt; }
    qint64 cashPaidMinor() const;
    bool hasLiveLines() const { return !m_totals.lines.isEmpty(); }
    // The line with that id unless it was voided: what every priced line of totals() refers to.
    const SaleLine *liveLine(int lineId) const;

    int nextLineId() const { return m_lines.size() + 1; }
    int nextTenderId() const { return m_tenders.size() + 1; }

private:
    Result<void> check(const SaleEvent &event) const;
    void change(const SaleEvent &event);
    Result<void> reprice();
    // After a line is voided while paying: something is left to sell and no card payment exceeds it.
    Result<void> checkPaymentsStillFit() const;
    qsizetype couponIndex(const QString &code) const; // -1: not on the sale
    // Whether a coupon bound to someone else than customerId is on the sale (it must go before they do).
    bool hasCouponBoundToOtherThan(const QString &customerId) const;

    StoreProfile m_profile;
    std::shared_ptr<const PromotionEngine> m_promotions;
    bool m_member = false;
    QString m_customerId;
    QDateTime m_pricedAt; // the promotions' moment: Opened, or the latest Resumed
    QUuid m_id;
    QString m_terminalId;
    QDateTime m_openedAt;
    QDateTime m_closedAt;
    SaleState m_state = SaleState::New;
    SaleState m_stateBeforeSuspend = SaleState::Open;
    QList<SaleEvent> m_events;
    QList<SaleLine> m_lines;
    QList<Tender> m_tenders;
    std::optional<Discount> m_basketDiscount;
    QList<saleevent::CouponApplied> m_coupons;
    std::optional<saleevent::ExchangeCredited> m_exchange;
    std::optional<saleevent::CashReceiptRequested> m_cashReceipt;
    SaleTotals m_totals;
};

} // namespace omnitill
