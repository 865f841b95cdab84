#include "TillReturnValidator.h"

#include "Currency.h"
#include "Return.h"
#include "SaleRecordValidator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace omnitill::central {

namespace {

// The UUID in a field, without braces; empty when it is not one.
QString uuidIn(const QJsonValue &value)
{
    const QUuid id = QUuid::fromString(value.toString());
    return value.isString() && !id.isNull() ? id.toString(QUuid::WithoutBraces) : QString();
}

} // namespace

Result<IncomingReturn> TillReturnValidator::validate(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{tr("A return record must be a JSON object")};
    QJsonObject record = value.toObject();
    const auto field = [&](const char *key) { return record.value(QLatin1String(key)); };
    const auto missing = [](const char *key, const char *type) {
        return Error{tr("The field \"%1\" must be %2").arg(QLatin1String(key), tr(type))};
    };
    const auto isInteger = &SaleRecordValidator::isInteger;

    if (field("kind").toString() != QLatin1String("return"))
        return Error{tr("The field \"kind\" must be \"return\"")};
    IncomingReturn incoming;
    incoming.returnId = uuidIn(field("sale"));
    if (incoming.returnId.isEmpty())
        return missing("sale", QT_TR_NOOP("a UUID"));
    for (const char *key : {"store", "terminal", "currency", "status", "closedAt", "refundTo"}) {
        if (!field(key).isString() || field(key).toString().isEmpty())
            return missing(key, QT_TR_NOOP("a non-empty string"));
    }
    for (const char *key : {"sequence", "refund", "tax", "total"}) {
        if (!isInteger(field(key)))
            return missing(key, QT_TR_NOOP("an integer"));
    }
    for (const char *key : {"lines", "refunds"}) {
        if (!field(key).isArray())
            return missing(key, QT_TR_NOOP("an array"));
    }
    incoming.storeId = field("store").toString();
    incoming.tillTerminal = field("terminal").toString();
    incoming.sequence = field("sequence").toInteger();
    incoming.refundTo = field("refundTo").toString();
    incoming.refundMinor = field("refund").toInteger();
    if (incoming.sequence < 1)
        return Error{tr("The receipt number (sequence) must be 1 or more")};
    if (field("status").toString() != QLatin1String("completed"))
        return Error{tr("A return's status must be completed")};
    if (incoming.refundMinor < 0 || field("total").toInteger() != -incoming.refundMinor)
        return Error{tr("A return's total must be its refund (0 or more) as a negative amount")};
    auto currency = Currency::fromCode(field("currency").toString());
    if (!currency)
        return Error{currency.error()};
    incoming.currency = currency->code();
    incoming.closedAt = QDateTime::fromString(field("closedAt").toString(), Qt::ISODateWithMs);
    if (!incoming.closedAt.isValid())
        return Error{tr("closedAt \"%1\" is not an ISO 8601 time").arg(field("closedAt").toString())};

    if (record.contains(QLatin1String("originalSale"))) {
        incoming.originalSaleId = uuidIn(field("originalSale"));
        if (incoming.originalSaleId.isEmpty())
            return missing("originalSale", QT_TR_NOOP("a UUID"));
    }
    if (incoming.originalSaleId.isEmpty() && incoming.refundTo != QLatin1String("storeCredit"))
        return Error{tr("A return without a receipt refunds only store credit")};
    const QJsonArray lines = field("lines").toArray();
    if (lines.isEmpty())
        return Error{tr("A return holds at least one line")};
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const qint64 quantity = line.value(QLatin1String("quantity")).toInteger();
        if (!line.value(QLatin1String("sku")).isString() || !isInteger(line.value(QLatin1String("quantity"))) ||
            quantity <= 0 || !isInteger(line.value(QLatin1String("refund")))) {
            return missing("lines", QT_TR_NOOP("lines with a sku, a quantity above 0 and a refund"));
        }
        if (incoming.originalSaleId.isEmpty())
            continue;
        if (!isInteger(line.value(QLatin1String("line"))) || line.value(QLatin1String("line")).toInteger() < 1)
            return missing("lines", QT_TR_NOOP("lines that each name the sale line they return"));
        incoming.requests.append(ReturnRequest{
            int(line.value(QLatin1String("line")).toInteger()), Quantity{quantity},
            line.value(QLatin1String("restock")).toBool(true),
            returnReasonFromCode(line.value(QLatin1String("reason")).toString()).value_or(ReturnReason::Other)});
    }
    qint64 refunded = 0;
    for (const QJsonValue &refund : field("refunds").toArray())
        refunded += refund.toObject().value(QLatin1String("amount")).toInteger();
    if (refunded != incoming.refundMinor)
        return Error{tr("The refunds add up to %1, not to the refund %2").arg(refunded).arg(incoming.refundMinor)};

    if (record.contains(QLatin1String("originalReceipt"))) {
        auto sale = SaleRecordValidator::validate(field("originalReceipt"));
        if (!sale)
            return Error{tr("The carried receipt: %1").arg(sale.error())};
        if (sale->saleId != incoming.originalSaleId)
            return Error{tr("The carried receipt is of sale %1, not of %2").arg(sale->saleId, incoming.originalSaleId)};
        incoming.originalReceipt = field("originalReceipt").toObject();
        // Evidence, not part of the return: a resend with or without it is the same return.
        record.remove(QLatin1String("originalReceipt"));
    }
    incoming.canonical = QJsonDocument(record).toJson(QJsonDocument::Compact);
    incoming.recordHash =
        QString::fromLatin1(QCryptographicHash::hash(incoming.canonical, QCryptographicHash::Sha256).toHex());
    return incoming;
}

Result<void> TillReturnValidator::checkAgainst(const IncomingReturn &incoming, const QJsonObject &saleRecord,
                                               const QList<QJsonObject> &earlierReturns)
{
    if (saleRecord.value(QLatin1String("currency")).toString() != incoming.currency)
        return Error{tr("The return is in %1, its sale in %2")
                         .arg(incoming.currency, saleRecord.value(QLatin1String("currency")).toString())};
    auto computed = Return::againstSale(saleRecord, earlierReturns, incoming.requests);
    if (!computed)
        return Error{computed.error()};
    if (computed->refundMinor() != incoming.refundMinor) {
        return Error{tr("The return refunds %1, but those items of the sale were paid %2")
                         .arg(incoming.refundMinor)
                         .arg(computed->refundMinor())};
    }
    return {};
}

} // namespace omnitill::central
