#pragma once

#include "ItemLookup.h"
#include "Return.h"
#include "SaleJournal.h"
#include "StoreProfile.h"
#include "Transaction.h"

#include <QObject>
#include <functional>

namespace omnitill {

class CatalogRepository;
class CheckoutService;
class Database;
class PermissionGate;
class Sale;

// The returns use case. A return is a journal record of its own (kind "return") with the next receipt
// number, written with its outbox entry in one IMMEDIATE transaction. The original sale and its earlier
// returns are read inside that transaction, so the "never more than was sold" rule holds even when two
// returns of one sale race: the second waits for the first at BEGIN and then counts it.
//
// With a receipt the refund is what was paid for those units, to the original tenders (Return says in
// what order). An exchange puts that value on the sale on screen as credit and journals nothing until
// the sale completes: then its return is journaled first in the sale's own transaction, the quantity
// rule checked again, the credit the sale used spent at once and the rest refunded.
// Without a receipt it takes the return_without_receipt permission, refunds only store credit, at the
// lowest price the SKU sold at in the last 30 days, else the catalog price. Store credit is spent as a
// tender (TenderMethod::Other, "return:<uuid>") of a later sale.
class ReturnService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int lowestPriceDays = 30;

    ReturnService(const Database &database, CatalogRepository &catalog, StoreProfile profile,
                  QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // As for CheckoutService: the gate decides return_without_receipt and names the acting staff member,
    // the shift source names the shift a return is counted in. Both must outlive the service.
    void setPermissionGate(PermissionGate *gate) { m_gate = gate; }
    void setShiftSource(std::function<std::optional<qint64>()> openShiftId) { m_openShiftId = std::move(openShiftId); }

    // The sale a receipt names: its QR code as scanned ("OTR:<uuid>") or its receipt number as typed.
    [[nodiscard]] Result<JournalEntry> findSale(const QString &scannedOrTyped) const;
    // The return whose store credit a receipt names, the same way.
    [[nodiscard]] Result<QUuid> findStoreCredit(const QString &scannedOrTyped) const;
    // What each line of the sale may still be returned, by line id.
    [[nodiscard]] Result<QHash<int, Quantity>> returnable(const QString &saleId) const;

    [[nodiscard]] Result<JournalEntry> returnWithReceipt(const QString &saleId, const QList<ReturnRequest> &requests,
                                                         const Alongside &alongside = {});
    // The return of those lines of the sale, as it would be now (its refunds: to what, how much).
    [[nodiscard]] Result<Return> returnAgainst(const QString &saleId, const QList<ReturnRequest> &requests) const;
    // code is what was scanned or typed for the item (barcode, SKU, variable-measure label).
    [[nodiscard]] Result<JournalEntry> returnWithoutReceipt(const QString &code, Quantity quantity, bool restock,
                                                            ReturnReason reason);

    // The store credit of a return still to spend.
    [[nodiscard]] Result<qint64> storeCredit(const QUuid &returnId) const;
    // Pays the sale on screen with the return's store credit, as much as it covers; the customer pays any
    // difference as usual, and credit beyond the sale stays on the return for later.
    [[nodiscard]] Result<void> payWithStoreCredit(CheckoutService &checkout, const QUuid &returnId);

    // Exchange: the value of these lines becomes credit on the sale on screen (see the class comment).
    [[nodiscard]] Result<void> startExchange(CheckoutService &checkout, const QString &saleId,
                                             const QList<ReturnRequest> &requests);
    // The return half of the exchange on that sale as it would be journaled now (its refunds: to what, how much).
    [[nodiscard]] Result<Return> exchangeReturn(const Sale &sale) const;
    // For CheckoutService, inside the transaction that journals the completed sale: journals its exchange's
    // return and answers what the sale's record says of it (receipt numbers, returned lines, refunds).
    [[nodiscard]] Result<QJsonObject> journalExchange(Transaction &transaction, const Sale &sale);

Q_SIGNALS:
    void returnCompleted(qint64 sequence);

private:
    struct SaleWithReturns
    {
        JournalEntry sale;
        QList<QJsonObject> earlierReturns;
    };
    // The sale as journaled and the returns already made against it.
    [[nodiscard]] Result<SaleWithReturns> saleWithReturns(const QString &saleId) const;
    // The journal entry a receipt's QR code or number names.
    [[nodiscard]] Result<JournalEntry> findEntry(const QString &scannedOrTyped) const;
    // Appends the return with the till's attribution to the caller's transaction.
    Result<JournalEntry> append(Transaction &transaction, const Return &done);
    // Appends the return and commits the transaction.
    Result<JournalEntry> journal(Transaction &transaction, const Return &done, const Alongside &alongside = {});

    const Database &m_database;
    SaleJournal m_journal;
    ItemLookup m_lookup;
    StoreProfile m_profile;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    PermissionGate *m_gate = nullptr;
    std::function<std::optional<qint64>()> m_openShiftId;
};

} // namespace omnitill
