#include "ReturnService.h"

#include "CheckoutService.h"
#include "Database.h"
#include "PermissionGate.h"
#include "Receipt.h"
#include "ReturnHistory.h"
#include "Transaction.h"

#include <QJsonArray>

namespace omnitill {

ReturnService::ReturnService(const Database &database, CatalogRepository &catalog, StoreProfile profile,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_journal(database)
    , m_lookup(catalog, profile.variableMeasure)
    , m_profile(std::move(profile))
{
}

Result<JournalEntry> ReturnService::findEntry(const QString &scannedOrTyped) const
{
    const QString input = scannedOrTyped.trimmed();
    std::optional<JournalEntry> found;
    if (const auto saleId = Receipt::saleIdFromQr(input)) {
        found = m_journal.entryForSale(saleId->toString(QUuid::WithoutBraces));
    } else {
        bool isNumber = false;
        const qint64 sequence = input.toLongLong(&isNumber);
        if (!isNumber)
            return Error{tr("Scan the receipt's QR code or type its receipt number")};
        found = m_journal.entry(sequence);
    }
    if (!found)
        return Error{tr("No sale of this till has that receipt: check the number or use a return without receipt")};
    return *found;
}

Result<JournalEntry> ReturnService::findSale(const QString &scannedOrTyped) const
{
    auto found = findEntry(scannedOrTyped);
    if (found && found->record.contains(QLatin1String("kind")))
        return Error{tr("That receipt is a return, not a sale")};
    return found;
}

Result<QUuid> ReturnService::findStoreCredit(const QString &scannedOrTyped) const
{
    const auto found = findEntry(scannedOrTyped);
    if (!found)
        return Error{found.error()};
    if (found->record.value(QLatin1String("kind")).toString() != QLatin1String("return"))
        return Error{tr("That receipt is a sale: scan the store credit's receipt")};
    return QUuid::fromString(found->saleId);
}

Result<ReturnService::SaleWithReturns> ReturnService::saleWithReturns(const QString &saleId) const
{
    auto sale = m_journal.entryForSale(saleId);
    if (!sale)
        return Error{tr("That sale is not in this till's journal")};
    auto earlier = ReturnHistory(m_database).returnsOf(saleId);
    if (!earlier)
        return Error{earlier.error()};
    return SaleWithReturns{std::move(*sale), std::move(earlier).value()};
}

Result<QHash<int, Quantity>> ReturnService::returnable(const QString &saleId) const
{
    const auto sold = saleWithReturns(saleId);
    if (!sold)
        return Error{sold.error()};
    return Return::returnable(sold->sale.record, sold->earlierReturns);
}

Result<JournalEntry> ReturnService::returnWithReceipt(const QString &saleId, const QList<ReturnRequest> &requests,
                                                      const Alongside &alongside)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    // Read under the write lock: no other return of this sale can be journaled between check and append.
    const auto computed = returnAgainst(saleId, requests);
    if (!computed)
        return Error{computed.error()};
    return journal(transaction, *computed, alongside);
}

Result<Return> ReturnService::returnAgainst(const QString &saleId, const QList<ReturnRequest> &requests) const
{
    const auto sold = saleWithReturns(saleId);
    if (!sold)
        return Error{sold.error()};
    return Return::againstSale(sold->sale.record, sold->earlierReturns, requests);
}

Result<JournalEntry> ReturnService::returnWithoutReceipt(const QString &code, Quantity quantity, bool restock,
                                                         ReturnReason reason)
{
    const auto item = m_lookup.find(code);
    if (!item)
        return Error{item.error()};
    const Product &product = item->product;
    const auto lowest = ReturnHistory(m_database).lowestUnitPaid(product.sku, m_clock().addDays(-lowestPriceDays));
    if (!lowest)
        return Error{lowest.error()};
    const qint64 unitPrice = lowest->value_or(product.unitPriceMinor);
    const auto taxClass = m_profile.taxClass(product.taxClass);
    if (!taxClass)
        return Error{tr("The item's tax class %1 is unknown").arg(product.taxClass)};
    const auto computed = Return::withoutReceipt(product.sku, product.taxClass, taxClass->ratePerMillion, quantity,
                                                 unitPrice, restock, reason);
    if (!computed)
        return Error{computed.error()};
    if (m_gate) {
        // The approval is for exactly this refund: another item or amount needs its own.
        const QJsonObject details{{QLatin1String("sku"), product.sku},
                                  {QLatin1String("quantity"), quantity.thousandths},
                                  {QLatin1String("refund"), computed->refundMinor()}};
        if (auto allowed = m_gate->authorize(Permission::ReturnWithoutReceipt, details); !allowed)
            return Error{allowed.error()};
    }

    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    return journal(transaction, *computed);
}

Result<JournalEntry> ReturnService::append(Transaction &transaction, const Return &done)
{
    QJsonObject record = done.record(m_profile.terminalId, m_profile.storeId, m_profile.currency.code(), m_clock());
    const QJsonObject fields = staffAndShift(m_gate, m_openShiftId);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        record.insert(it.key(), it.value());
    return m_journal.appendRecord(transaction, QStringLiteral("return"), m_profile.terminalId, m_clock(),
                                  -done.refundMinor(), record);
}

Result<JournalEntry> ReturnService::journal(Transaction &transaction, const Return &done, const Alongside &alongside)
{
    auto entry = append(transaction, done);
    if (!entry)
        return entry;
    if (alongside) {
        if (auto recorded = alongside(transaction); !recorded)
            return Error{recorded.error()};
    }
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    Q_EMIT returnCompleted(entry->sequence);
    return entry;
}

Result<qint64> ReturnService::storeCredit(const QUuid &returnId) const
{
    const auto entry = m_journal.entryForSale(returnId.toString(QUuid::WithoutBraces));
    if (!entry || entry->record.value(QLatin1String("kind")).toString() != QLatin1String("return"))
        return Error{tr("That return is not in this till's journal")};
    const QString reference = Return::creditReference(returnId);
    qint64 issued = 0;
    for (const QJsonValue &value : entry->record.value(QLatin1String("refunds")).toArray()) {
        const QJsonObject refund = value.toObject();
        if (refund.value(QLatin1String("reference")).toString() == reference)
            issued += refund.value(QLatin1String("amount")).toInteger();
    }
    const auto used = ReturnHistory(m_database).creditUsed(reference);
    if (!used)
        return Error{used.error()};
    return issued - *used;
}

Result<void> ReturnService::payWithStoreCredit(CheckoutService &checkout, const QUuid &returnId)
{
    const auto credit = storeCredit(returnId);
    if (!credit)
        return Error{credit.error()};
    if (*credit <= 0)
        return Error{tr("This return's store credit has been spent")};
    const qint64 due = checkout.sale().totals().balanceMinor;
    if (due <= 0)
        return Error{tr("Add the new items before paying with the store credit")};
    return checkout.tender(TenderMethod::Other, std::min(*credit, due), Return::creditReference(returnId));
}

Result<void> ReturnService::startExchange(CheckoutService &checkout, const QString &saleId,
                                          const QList<ReturnRequest> &requests)
{
    // Checked now so the cashier hears of a refusal at once; checked again when the sale completes.
    const auto computed = returnAgainst(saleId, requests);
    if (!computed)
        return Error{computed.error()};
    return checkout.takeExchange(saleevent::ExchangeCredited{computed->id(), saleId, computed->originalSequence(),
                                                             requests, computed->refundMinor()});
}

Result<Return> ReturnService::exchangeReturn(const Sale &sale) const
{
    if (!sale.exchange())
        return Error{tr("This sale has no exchange")};
    const saleevent::ExchangeCredited &exchange = *sale.exchange();
    const auto sold = saleWithReturns(exchange.originalSaleId);
    if (!sold)
        return Error{sold.error()};
    auto computed = Return::forExchange(sold->sale.record, sold->earlierReturns, exchange.lines, exchange.returnId,
                                        sale.totals().exchangeCreditMinor);
    if (!computed)
        return Error{tr("The exchange cannot be completed: %1. Void this sale and start again").arg(computed.error())};
    if (computed->refundMinor() != exchange.creditMinor)
        return Error{tr("Another return of that receipt changed what these items are worth: void this sale and "
                        "start the exchange again")};
    return computed;
}

Result<QJsonObject> ReturnService::journalExchange(Transaction &transaction, const Sale &sale)
{
    Q_ASSERT(sale.exchange());
    const saleevent::ExchangeCredited &exchange = *sale.exchange();
    // The caller's transaction holds the write lock: no other return of the sale can come in between.
    const auto sold = saleWithReturns(exchange.originalSaleId);
    if (!sold)
        return Error{sold.error()};
    const auto computed = exchangeReturn(sale);
    if (!computed)
        return Error{computed.error()};
    const auto entry = append(transaction, *computed);
    if (!entry)
        return Error{entry.error()};
    QHash<int, QJsonObject> soldProducts;
    for (const QJsonValue &value : sold->sale.record.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        soldProducts.insert(line.value(QLatin1String("line")).toInt(), line.value(QLatin1String("product")).toObject());
    }
    QJsonArray lines;
    for (const ReturnedLine &line : computed->lines()) {
        lines.append(QJsonObject{{QLatin1String("product"), soldProducts.value(line.lineId)},
                                 {QLatin1String("quantity"), line.quantity.thousandths},
                                 {QLatin1String("refund"), line.refundMinor}});
    }
    QJsonArray refunds; // what goes back to how the original sale was paid; the rest paid this sale
    for (const QJsonValue &value : entry->record.value(QLatin1String("refunds")).toArray()) {
        if (value.toObject().value(QLatin1String("reference")).toString() != Return::creditReference(computed->id()))
            refunds.append(value);
    }
    return QJsonObject{{QLatin1String("return"), entry->saleId},
                       {QLatin1String("returnSequence"), entry->sequence},
                       {QLatin1String("originalSequence"), exchange.originalSequence},
                       {QLatin1String("credit"), computed->refundMinor()},
                       {QLatin1String("applied"), sale.totals().exchangeCreditMinor},
                       {QLatin1String("refund"), sale.totals().exchangeRefundMinor},
                       {QLatin1String("lines"), lines},
                       {QLatin1String("refunds"), refunds}};
}

} // namespace omnitill
