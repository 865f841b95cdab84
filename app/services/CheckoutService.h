#pragma once

#include "ItemLookup.h"
#include "Permission.h"
#include "Sale.h"
#include "SaleJournal.h"
#include "Transaction.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace omnitill {

class Database;
class CatalogRepository;
class OpenSaleStore;
class PermissionGate;
class ReturnService;

// The checkout use case: builds the sale on screen from scans and cashier actions, writes every
// accepted event to the open-sale store before anyone sees it, and on full payment moves the sale into
// the journal (with its outbox record) in one transaction. A sale is only opened, and only persisted,
// once its first item is added. Nothing here refuses silently: every failure returns its reason.
class CheckoutService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    CheckoutService(const Database &database, CatalogRepository &catalog, StoreProfile profile,
                    QObject *parent = nullptr);
    ~CheckoutService() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The automatic promotions every sale from now on is priced with (none until set). A sale already
    // under way keeps the ones it started with; restore() replays with these, so set them first.
    void setPromotions(std::shared_ptr<const PromotionEngine> promotions);
    // Staff rules, off until set (as in tests of selling alone): with a gate, opening a sale asks for
    // sell, a price override for price_override and a sale void for void_sale, and each finished sale
    // records the gate's acting staff number. The gate must outlive the service.
    void setPermissionGate(PermissionGate *gate) { m_gate = gate; }
    // With a shift source, a sale opens only while a shift is open, and its record names the shift.
    void setShiftSource(std::function<std::optional<qint64>()> openShiftId) { m_openShiftId = std::move(openShiftId); }
    // With a start check, a new sale opens only when it passes (the cash drawer shut, DrawerGate); its
    // reason is the refusal. A sale already under way is never held by it.
    void setSaleStartCheck(std::function<Result<void>()> check) { m_saleStartCheck = std::move(check); }

    // Exchanges: the service that journals an exchange's return with its sale; must outlive this one.
    void setReturns(ReturnService *returns) { m_returns = returns; }

    // Brings back the sale that was on screen when the till stopped; a sale that was already paid in
    // full is completed now. Returns how many open sales were found.
    [[nodiscard]] Result<int> restore();

    const Sale &sale() const { return m_sale; }
    const StoreProfile &profile() const { return m_profile; }
    std::optional<JournalEntry> lastCompleted() const { return m_lastCompleted; }
    const SaleJournal &journal() const { return m_journal; }

    [[nodiscard]] Result<void> scan(const QString &code, qint64 multiplier = 1);
    // A product code from a scanner, classified by the ScanRouter (GS1 lot, weight and price included).
    // multiplier: the "3*" the cashier typed before scanning; it counts pieces, never a weight.
    [[nodiscard]] Result<void> scan(const ScannedCode &scanned, qint64 multiplier = 1);
    [[nodiscard]] Result<void> addItem(const ItemMatch &item);
    [[nodiscard]] Result<void> changeQuantity(int lineId, Quantity quantity);
    // Voiding a line once payment has started takes void_line_after_tender; if what was paid then covers
    // the rest, the sale completes.
    [[nodiscard]] Result<void> voidLine(int lineId);
    [[nodiscard]] Result<void> noteLine(int lineId, const QString &note);
    // The identified customer joins the sale (opening it if need be); member prices apply for a member.
    [[nodiscard]] Result<void> attachCustomer(const QString &customerId, bool member);
    [[nodiscard]] Result<void> detachCustomer();
    // Coupons (CouponService reserves them at the central store around these): whether one would come onto
    // the sale on screen as it is now, without recording anything; then recording it, or taking it off.
    [[nodiscard]] Result<void> checkCoupon(const saleevent::CouponApplied &coupon) const;
    [[nodiscard]] Result<void> applyCoupon(const saleevent::CouponApplied &coupon);
    [[nodiscard]] Result<void> removeCoupon(const QString &code);
    [[nodiscard]] Result<void> overridePrice(int lineId, qint64 unitPriceMinor, const QString &reason);
    [[nodiscard]] Result<void> discountLine(int lineId, const Discount &discount);
    [[nodiscard]] Result<void> discountBasket(const Discount &discount);
    // A discount above the acting staff member's limit takes discount_over_limit.
    // Takes a payment; when the sale is paid in full it is completed and journaled. With a card terminal
    // configured, a card cannot be tendered here with a typed reference: only the terminal says it paid.
    // offline: a gift card or store credit taken while the central store could not be reached
    // (StoredValuePayments), flagged on the tender, the journal and the receipt.
    [[nodiscard]] Result<void> tender(TenderMethod method, qint64 amountMinor, const QString &reference = {},
                                      bool offline = false);
    // Off until set, as in tests of selling alone: then card tenders come only from tenderApprovedCard().
    void setCardTerminalRequired(bool required) { m_cardTerminalRequired = required; }
    // A card payment the terminal approved (CardPaymentService): the approved amount, the terminal's reference,
    // and whether it approved offline (store and forward).
    [[nodiscard]] Result<void> tenderApprovedCard(qint64 amountMinor, const QString &pspReference,
                                                  bool offline = false);
    [[nodiscard]] Result<void> voidSale(const QString &reason);
    // Exchange: the value of items coming back (ReturnService::startExchange) pays towards the sale on
    // screen, opening one if needed. The return is journaled only with the completed sale.
    [[nodiscard]] Result<void> takeExchange(const saleevent::ExchangeCredited &credit);
    // Completes a sale that its exchange credit pays in full; the credit left over is refunded.
    [[nodiscard]] Result<void> completeExchange(const Alongside &alongside = {});
    // Korean stores: a cash receipt (현금영수증) for the cash part of the sale on screen, from the number the
    // cashier typed; a second request replaces the first. The sale keeps only the masked number; the full
    // one stays in this object's memory until the sale completes and cashReceiptToIssue hands it on.
    [[nodiscard]] Result<void> requestCashReceipt(CashReceiptRequest::Purpose purpose, const QString &typed);
    [[nodiscard]] Result<void> withdrawCashReceipt();
    // Clears the screen for the next customer after a completed or voided sale.
    void startNextSale();

    // Parks the sale on screen (it keeps its items, on disk, across restarts) and clears the screen.
    [[nodiscard]] Result<void> suspend();
    // Brings a parked sale back on screen; the screen must be free (no sale with items on it).
    [[nodiscard]] Result<void> resume(const QUuid &saleId);
    // The parked sales, oldest first.
    const QList<Sale> &parkedSales() const { return m_parked; }

Q_SIGNALS:
    void saleChanged();
    void saleCompleted(qint64 sequence);
    void parkedSalesChanged();
    // A completed sale's cash receipt with the full identifier, for the issuer (the NTS through a VAN) a
    // Korean store connects here: emitted once, after the journal commit, for cashMinor > 0. Not emitted
    // when the number was lost to a restart while the sale was open (CashReceiptRequest says more).
    void cashReceiptToIssue(const omnitill::CashReceiptRequest &request, qint64 sequence, qint64 cashMinor);

private:
    Result<void> record(const SaleEvent &event);
    Result<void> ensureOpened();
    Result<void> finish(const SaleEvent &closing, const Alongside &alongside = {});
    Result<void> authorize(Permission permission, const QJsonObject &details);
    // Asks for discount_over_limit when the discount, as a share of base, is above the acting role's limit.
    Result<void> authorizeDiscount(const Discount &discount, qint64 baseMinor, const QJsonObject &details);
    Result<void> completeIfPaid();
    Result<void> acceptTender(TenderMethod method, qint64 amountMinor, const QString &reference, bool offline = false);
    QJsonObject attribution(const Sale &sale) const;
    Result<QJsonObject> journalExchange(Transaction &transaction, const Sale &closed);

    const Database &m_database;
    std::unique_ptr<OpenSaleStore> m_openSales;
    SaleJournal m_journal;
    ItemLookup m_lookup;
    StoreProfile m_profile;
    std::shared_ptr<const PromotionEngine> m_promotions;
    Sale m_sale;
    QList<Sale> m_parked;
    std::optional<JournalEntry> m_lastCompleted;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    PermissionGate *m_gate = nullptr;
    ReturnService *m_returns = nullptr;
    std::function<std::optional<qint64>()> m_openShiftId;
    std::function<Result<void>()> m_saleStartCheck;
    bool m_cardTerminalRequired = false;
    QHash<QUuid, CashReceiptRequest> m_cashReceiptsInFull; // by sale, parked ones included; memory only
};

} // namespace omnitill
