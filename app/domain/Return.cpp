#include "Return.h"

#include "DiscountAllocation.h"
#include "Rounding.h"
#include "TaxClass.h"

#include <QJsonArray>

namespace omnitill {

namespace {
qint64 integer(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInteger();
}

Error refused(const char *reason)
{
    return Error{QCoreApplication::translate("Return", reason)};
}

// A line sold by the piece is returned by the piece; one sold by weight by the gram (thousandth).
qint64 unitsOf(const QJsonObject &line, Quantity quantity)
{
    const bool byWeight = line.value(QLatin1String("product")).toObject().value(QLatin1String("unit")).toString() ==
                          unitCode(Unit::Kilogram);
    return byWeight ? quantity.thousandths : quantity.thousandths / Quantity::scale;
}

// The sum of the first `count` of `units` shares of amount, spread as allocateProportionally spreads it,
// so the shares of all the units are exactly the amount whatever parts they are returned in.
qint64 firstShares(qint64 amount, qint64 units, qint64 count)
{
    if (units <= 0 || count <= 0)
        return 0;
    const QList<qint64> shares = allocateProportionally(amount, QList<qint64>(units, 1));
    qint64 sum = 0;
    for (qint64 i = 0; i < count && i < units; ++i)
        sum += shares.at(i);
    return sum;
}

// Refunds `amount` to how the sale was paid: cards first in the order taken, each up to what it paid less
// what earlier returns put back on it, then the balances the central store holds (gift cards, the customer's
// store credit, points: credited back there) and store credit slips alike, the rest in cash.
QList<Refund> toOriginalTenders(const QJsonObject &saleRecord, const QList<QJsonObject> &earlierReturns, qint64 amount)
{
    QList<Refund> refunds;
    QHash<int, qint64> refundedByTender;
    for (const QJsonObject &earlier : earlierReturns) {
        for (const QJsonValue &value : earlier.value(QLatin1String("refunds")).toArray())
            refundedByTender[int(integer(value.toObject(), "tender"))] += integer(value.toObject(), "amount");
    }
    qint64 unrefunded = amount;
    int firstCashTender = 0;
    const QJsonArray tenders = saleRecord.value(QLatin1String("tenders")).toArray();
    for (const TenderMethod method : {TenderMethod::Card, TenderMethod::GiftCard, TenderMethod::StoreCredit,
                                      TenderMethod::Points, TenderMethod::Other}) {
        for (const QJsonValue &value : tenders) {
            const QJsonObject tender = value.toObject();
            const int id = int(integer(tender, "tender"));
            const TenderMethod paidWith = tenderMethodFromCode(tender.value(QLatin1String("method")).toString());
            if (paidWith == TenderMethod::Cash && firstCashTender == 0)
                firstCashTender = id;
            if (paidWith != method || unrefunded == 0)
                continue;
            const qint64 open = integer(tender, "amount") - refundedByTender.value(id);
            const qint64 share = std::min(open, unrefunded);
            if (share <= 0)
                continue;
            refunds.append(Refund{method, share, tender.value(QLatin1String("reference")).toString(), id});
            unrefunded -= share;
        }
    }
    if (unrefunded > 0)
        refunds.append(Refund{TenderMethod::Cash, unrefunded, {}, firstCashTender});
    return refunds;
}
} // namespace

QString refundToCode(RefundTo refundTo)
{
    switch (refundTo) {
    case RefundTo::StoreCredit:
        return QStringLiteral("storeCredit");
    case RefundTo::Exchange:
        return QStringLiteral("exchange");
    case RefundTo::OriginalTenders:
        break;
    }
    return QStringLiteral("originalTenders");
}

QString returnReasonCode(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::Damaged:
        return QStringLiteral("damaged");
    case ReturnReason::WrongSize:
        return QStringLiteral("wrongSize");
    case ReturnReason::ChangedMind:
        return QStringLiteral("changedMind");
    case ReturnReason::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<ReturnReason> returnReasonFromCode(const QString &code)
{
    for (const ReturnReason reason :
         {ReturnReason::Damaged, ReturnReason::WrongSize, ReturnReason::ChangedMind, ReturnReason::Other}) {
        if (returnReasonCode(reason) == code)
            return reason;
    }
    return std::nullopt;
}

QString Return::creditReference(const QUuid &returnId)
{
    return QStringLiteral("return:") + returnId.toString(QUuid::WithoutBraces);
}

QHash<int, Quantity> Return::returnable(const QJsonObject &saleRecord, const QList<QJsonObject> &earlierReturns)
{
    QHash<int, Quantity> left;
    for (const QJsonValue &value : saleRecord.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        left.insert(int(integer(line, "line")), Quantity{integer(line, "quantity")});
    }
    for (const QJsonObject &earlier : earlierReturns) {
        for (const QJsonValue &value : earlier.value(QLatin1String("lines")).toArray()) {
            const QJsonObject line = value.toObject();
            const int id = int(integer(line, "line"));
            if (left.contains(id))
                left[id].thousandths -= integer(line, "quantity");
        }
    }
    return left;
}

Result<Return> Return::againstSale(const QJsonObject &saleRecord, const QList<QJsonObject> &earlierReturns,
                                   const QList<ReturnRequest> &requests)
{
    if (saleRecord.contains(QLatin1String("kind")))
        return refused(QT_TRANSLATE_NOOP("Return", "This receipt is a return, not a sale"));
    if (saleRecord.value(QLatin1String("status")).toString() != QLatin1String("completed"))
        return refused(QT_TRANSLATE_NOOP("Return", "This sale was voided: there is nothing to return"));
    if (requests.isEmpty())
        return refused(QT_TRANSLATE_NOOP("Return", "Choose at least one item to return"));
    const bool exclusive = saleRecord.value(QLatin1String("taxMode")).toString() == QLatin1String("exclusive");
    QHash<int, QJsonObject> soldLines;
    for (const QJsonValue &value : saleRecord.value(QLatin1String("lines")).toArray())
        soldLines.insert(int(integer(value.toObject(), "line")), value.toObject());
    const QHash<int, Quantity> left = returnable(saleRecord, earlierReturns);

    Return result;
    result.m_id = QUuid::createUuid();
    result.m_originalSaleId = saleRecord.value(QLatin1String("sale")).toString();
    result.m_originalSequence = integer(saleRecord, "sequence");
    QHash<int, qint64> requested; // per line, so one line asked for twice still counts once against its limit
    for (const ReturnRequest &request : requests) {
        const auto sold = soldLines.constFind(request.lineId);
        if (sold == soldLines.constEnd())
            return refused(QT_TRANSLATE_NOOP("Return", "That item is not on this receipt"));
        if (request.quantity.thousandths <= 0)
            return refused(QT_TRANSLATE_NOOP("Return", "Return at least one item"));
        const qint64 soldUnits = unitsOf(*sold, Quantity{integer(*sold, "quantity")});
        const bool byWeight = soldUnits == integer(*sold, "quantity");
        if (!byWeight && !request.quantity.isWhole())
            return refused(QT_TRANSLATE_NOOP("Return", "Items sold by the piece are returned by the piece"));
        const qint64 already =
            integer(*sold, "quantity") - left.value(request.lineId).thousandths + requested.value(request.lineId);
        if (already + request.quantity.thousandths > integer(*sold, "quantity"))
            return refused(QT_TRANSLATE_NOOP("Return", "That is more than was sold, counting earlier returns"));
        requested[request.lineId] += request.quantity.thousandths;

        const qint64 before = unitsOf(*sold, Quantity{already});
        const qint64 after = unitsOf(*sold, Quantity{already + request.quantity.thousandths});
        const qint64 paid = firstShares(integer(*sold, "paid"), soldUnits, after) -
                            firstShares(integer(*sold, "paid"), soldUnits, before);
        const qint64 tax = firstShares(integer(*sold, "tax"), soldUnits, after) -
                           firstShares(integer(*sold, "tax"), soldUnits, before);
        const QJsonObject product = sold->value(QLatin1String("product")).toObject();
        ReturnedLine line{request.lineId,
                          product.value(QLatin1String("sku")).toString(),
                          product.value(QLatin1String("taxClass")).toString(),
                          request.quantity,
                          exclusive ? paid + tax : paid,
                          tax,
                          request.restock,
                          request.reason};
        result.m_refundMinor += line.refundMinor;
        result.m_taxMinor += line.taxMinor;
        result.m_lines.append(line);
    }

    result.m_refunds = toOriginalTenders(saleRecord, earlierReturns, result.m_refundMinor);
    return result;
}

Result<Return> Return::forExchange(const QJsonObject &saleRecord, const QList<QJsonObject> &earlierReturns,
                                   const QList<ReturnRequest> &requests, const QUuid &returnId, qint64 appliedMinor)
{
    auto result = againstSale(saleRecord, earlierReturns, requests);
    if (!result)
        return result;
    if (appliedMinor < 0 || appliedMinor > result->m_refundMinor)
        return refused(QT_TRANSLATE_NOOP("Return", "The exchange uses more credit than the items are worth"));
    result->m_id = returnId;
    result->m_refundTo = RefundTo::Exchange;
    result->m_refunds.clear();
    if (appliedMinor > 0)
        result->m_refunds.append(Refund{TenderMethod::Other, appliedMinor, creditReference(returnId), 0});
    result->m_refunds += toOriginalTenders(saleRecord, earlierReturns, result->m_refundMinor - appliedMinor);
    return result;
}

Result<Return> Return::withoutReceipt(const QString &sku, const QString &taxClass, qint64 ratePerMillion,
                                      Quantity quantity, qint64 unitPriceMinor, bool restock, ReturnReason reason)
{
    if (quantity.thousandths <= 0)
        return refused(QT_TRANSLATE_NOOP("Return", "Return at least one item"));
    const auto refund =
        checked::multiplyDivide(unitPriceMinor, quantity.thousandths, Quantity::scale, RoundingMode::HalfUp);
    if (!refund)
        return Error{refund.error()};
    // Prices here include tax: the tax in the refund is its rate's part of it.
    const auto tax = checked::multiplyDivide(*refund, ratePerMillion, TaxClass::ratePerMillionScale + ratePerMillion,
                                             RoundingMode::HalfUp);
    if (!tax)
        return Error{tax.error()};
    Return result;
    result.m_id = QUuid::createUuid();
    result.m_refundTo = RefundTo::StoreCredit;
    result.m_lines.append(ReturnedLine{0, sku, taxClass, quantity, *refund, *tax, restock, reason});
    result.m_refundMinor = *refund;
    result.m_taxMinor = *tax;
    result.m_refunds.append(Refund{TenderMethod::Other, *refund, creditReference(result.m_id), 0});
    return result;
}

QJsonObject Return::record(const QString &terminalId, const QString &storeId, const QString &currency,
                           const QDateTime &at) const
{
    QJsonArray lines;
    for (const ReturnedLine &line : m_lines) {
        QJsonObject json{{QLatin1String("sku"), line.sku},
                         {QLatin1String("taxClass"), line.taxClass},
                         {QLatin1String("quantity"), line.quantity.thousandths},
                         {QLatin1String("refund"), line.refundMinor},
                         {QLatin1String("tax"), line.taxMinor},
                         {QLatin1String("restock"), line.restock},
                         {QLatin1String("reason"), returnReasonCode(line.reason)}};
        if (line.lineId != 0)
            json.insert(QLatin1String("line"), line.lineId);
        lines.append(json);
    }
    QJsonArray refunds;
    for (const Refund &refund : m_refunds) {
        QJsonObject json{{QLatin1String("method"), tenderMethodCode(refund.method)},
                         {QLatin1String("amount"), refund.amountMinor},
                         {QLatin1String("reference"), refund.reference}};
        if (refund.originalTenderId != 0)
            json.insert(QLatin1String("tender"), refund.originalTenderId);
        refunds.append(json);
    }
    const QString time = at.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject record{{QLatin1String("kind"), QLatin1String("return")},
                       {QLatin1String("sale"), m_id.toString(QUuid::WithoutBraces)},
                       {QLatin1String("terminal"), terminalId},
                       {QLatin1String("store"), storeId},
                       {QLatin1String("currency"), currency},
                       {QLatin1String("openedAt"), time},
                       {QLatin1String("closedAt"), time},
                       {QLatin1String("status"), QLatin1String("completed")},
                       {QLatin1String("refundTo"), refundToCode(m_refundTo)},
                       {QLatin1String("lines"), lines},
                       {QLatin1String("refunds"), refunds},
                       {QLatin1String("refund"), m_refundMinor},
                       {QLatin1String("tax"), m_taxMinor},
                       {QLatin1String("total"), -m_refundMinor}};
    if (!m_originalSaleId.isEmpty()) {
        record.insert(QLatin1String("originalSale"), m_originalSaleId);
        record.insert(QLatin1String("originalSequence"), m_originalSequence);
    }
    return record;
}

} // namespace omnitill
