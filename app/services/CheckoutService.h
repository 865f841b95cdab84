#pragma once

#include "ItemLookup.h"
#include "Permission.h"
#include "Sale.h"
#include "SaleJournal.h"

#include <QObject>
#include <functional>

namespace omnitill {

class Database;
class CatalogRepository;
class OpenSaleStore;
class PermissionGate;

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
    // Staff rules, off until set (as in tests of selling alone): with a gate, opening a sale asks for
    // sell, a price override for price_override and a sale void for void_sale, and each finished sale
    // records the gate's acting staff number. The gate must outlive the service.
    void setPermissionGate(PermissionGate *gate) { m_gate = gate; }
    // With a shift source, a sale opens only while a shift is open, and its record names the shift.
    void setShiftSource(std::function<std::optional<qint64>()> openShiftId) { m_openShiftId = std::move(openShiftId); }

    // Brings back the sale that was on screen when the till stopped; a sale that was already paid in
    // full is completed now. Returns how many open sales were found.
    [[nodiscard]] Result<int> restore();

    const Sale &sale() const { return m_sale; }
    const StoreProfile &profile() const { return m_profile; }
    std::optional<JournalEntry> lastCompleted() const { return m_lastCompleted; }
    const SaleJournal &journal() const { return m_journal; }

    [[nodiscard]] Result<void> scan(const QString &code, qint64 multiplier = 1);
    [[nodiscard]] Result<void> addItem(const ItemMatch &item);
    [[nodiscard]] Result<void> changeQuantity(int lineId, Quantity quantity);
    [[nodiscard]] Result<void> voidLine(int lineId);
    [[nodiscard]] Result<void> overridePrice(int lineId, qint64 unitPriceMinor, const QString &reason);
    [[nodiscard]] Result<void> discountLine(int lineId, const Discount &discount);
    [[nodiscard]] Result<void> discountBasket(const Discount &discount);
    // Takes a payment; when the sale is paid in full it is completed and journaled.
    [[nodiscard]] Result<void> tender(TenderMethod method, qint64 amountMinor, const QString &reference = {});
    [[nodiscard]] Result<void> voidSale(const QString &reason);
    // Clears the screen for the next customer after a completed or voided sale.
    void startNextSale();

Q_SIGNALS:
    void saleChanged();
    void saleCompleted(qint64 sequence);

private:
    Result<void> record(const SaleEvent &event);
    Result<void> ensureOpened();
    Result<void> finish(const SaleEvent &closing);
    Result<void> authorize(Permission permission, const QJsonObject &details);
    QJsonObject attribution(const Sale &sale) const;

    const Database &m_database;
    std::unique_ptr<OpenSaleStore> m_openSales;
    SaleJournal m_journal;
    ItemLookup m_lookup;
    StoreProfile m_profile;
    Sale m_sale;
    std::optional<JournalEntry> m_lastCompleted;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    PermissionGate *m_gate = nullptr;
    std::function<std::optional<qint64>()> m_openShiftId;
};

} // namespace omnitill
