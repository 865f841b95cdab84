#pragma once

#include "Result.h"
#include "ReturnRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace omnitill::central {

// A till's return record, checked and with the fields the central store indexes taken out.
struct IncomingReturn
{
    QString returnId; // lower-case UUID without braces (the record's "sale" field, as the journal writes it)
    QString storeId;
    QString tillTerminal;
    qint64 sequence = 0;
    QString originalSaleId; // empty: a return without a receipt
    QString refundTo;       // originalTenders, storeCredit or exchange
    QString currency;
    qint64 refundMinor = 0;
    QDateTime closedAt;
    QList<ReturnRequest> requests; // the lines as asked of the original sale (none without a receipt)
    QJsonObject originalReceipt;   // the sale's record when the return carries it; empty otherwise
    QByteArray canonical;          // compact JSON without the carried receipt: what is stored and hashed
    QString recordHash;            // SHA-256 of canonical, hex
};

// Reads one return record as the till's journal writes it (Return::record(), plus "sequence"): kind
// "return", the return's UUID in "sale", "originalSale" with the sale line ("line") of every returned line,
// or neither for a return without a receipt. It may carry its sale's record in "originalReceipt", checked as
// a sale record and required to be that sale. Refuses anything malformed with a reason that names the field.
//
// checkAgainst() then holds the return to its sale: a completed sale of the same currency, every line on
// it, never more than was sold counting the earlier returns, and the refund what those units were paid
// (Return::againstSale, the rule the till applied).
class TillReturnValidator
{
    Q_DECLARE_TR_FUNCTIONS(TillReturnValidator)

public:
    [[nodiscard]] static Result<IncomingReturn> validate(const QJsonValue &record);
    [[nodiscard]] static Result<void> checkAgainst(const IncomingReturn &incoming, const QJsonObject &saleRecord,
                                                   const QList<QJsonObject> &earlierReturns);
};

} // namespace omnitill::central
