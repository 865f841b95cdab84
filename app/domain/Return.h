#pragma once

#include "Result.h"
#include "ReturnRequest.h"
#include "SaleEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace omnitill {

// Where the money of a return goes: back to how the sale was paid; onto store credit that a later sale
// takes as a tender (a return without a receipt); or an exchange: first into the sale journaled with it,
// the rest back to how the original sale was paid.
enum class RefundTo { OriginalTenders, StoreCredit, Exchange };

// As the return's record names it: "originalTenders", "storeCredit", "exchange".
[[nodiscard]] QString refundToCode(RefundTo refundTo);

struct ReturnedLine
{
    int lineId = 0; // of the original sale; 0 without a receipt
    QString sku;
    QString taxClass;
    Quantity quantity;
    qint64 refundMinor = 0; // what the customer gets back for these units, tax included
    qint64 taxMinor = 0;    // the tax in refundMinor, for the tax report
    bool restock = true;
    ReturnReason reason = ReturnReason::ChangedMind;
};

struct Refund
{
    TenderMethod method = TenderMethod::Cash;
    qint64 amountMinor = 0;
    QString reference;        // the original payment's reference (card), or "return:<uuid>" for store credit
    int originalTenderId = 0; // 0 for cash beyond the original cash, and for store credit
};

// A return, computed from the canonical record of the original sale (saleRecord(): lines with quantity,
// paid, tax; tenders) and the records of its earlier returns, or from a price when there is no receipt.
//
// Invariants: no line is returned beyond what was sold, earlier returns counted; each unit refunds its
// share of what the line was paid (the line's paid and tax spread over its units with
// allocateProportionally), so returning a line in parts refunds exactly its paid amount and tax in the
// end; the refunds add up to the refund total. Refund order against the original tenders: card payments
// first, in the order they were taken, each up to what it paid less what earlier returns put back on it,
// referencing the original payment; then other tenders (store credit) alike; whatever is left in cash.
class Return
{
    Q_DECLARE_TR_FUNCTIONS(Return)

public:
    [[nodiscard]] static Result<Return> againstSale(const QJsonObject &saleRecord,
                                                    const QList<QJsonObject> &earlierReturns,
                                                    const QList<ReturnRequest> &requests);
    // The return half of an exchange, under the id its sale's credit already refers to: appliedMinor of the
    // refund paid the new sale (store credit spent at once), the rest goes back to the original tenders.
    [[nodiscard]] static Result<Return> forExchange(const QJsonObject &saleRecord,
                                                    const QList<QJsonObject> &earlierReturns,
                                                    const QList<ReturnRequest> &requests, const QUuid &returnId,
                                                    qint64 appliedMinor);
    // Without a receipt: unitPriceMinor is what one unit refunds (tax-inclusive), always as store credit.
    [[nodiscard]] static Result<Return> withoutReceipt(const QString &sku, const QString &taxClass,
                                                       qint64 ratePerMillion, Quantity quantity, qint64 unitPriceMinor,
                                                       bool restock, ReturnReason reason);

    // What each line of the sale may still be returned, after the given returns of it.
    [[nodiscard]] static QHash<int, Quantity> returnable(const QJsonObject &saleRecord,
                                                         const QList<QJsonObject> &earlierReturns);

    const QUuid &id() const { return m_id; }
    const QString &originalSaleId() const { return m_originalSaleId; }
    qint64 originalSequence() const { return m_originalSequence; }
    const QList<ReturnedLine> &lines() const { return m_lines; }
    const QList<Refund> &refunds() const { return m_refunds; }
    qint64 refundMinor() const { return m_refundMinor; }
    qint64 taxMinor() const { return m_taxMinor; }

    // The journal record: kind "return", the original sale and its lines, the refunds; "total" is the
    // refund as a negative amount, money leaving the till.
    [[nodiscard]] QJsonObject record(const QString &terminalId, const QString &storeId, const QString &currency,
                                     const QDateTime &at) const;

    // "return:<uuid>": the tender reference a sale paid with this return's store credit carries.
    [[nodiscard]] static QString creditReference(const QUuid &returnId);

private:
    Return() = default;

    QUuid m_id;
    QString m_originalSaleId;
    qint64 m_originalSequence = 0;
    RefundTo m_refundTo = RefundTo::OriginalTenders;
    QList<ReturnedLine> m_lines;
    QList<Refund> m_refunds;
    qint64 m_refundMinor = 0;
    qint64 m_taxMinor = 0;
};

} // namespace omnitill
