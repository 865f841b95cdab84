#include "SaleRecordValidator.h"

#include "Currency.h"
#include "SaleEvent.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace omnitill::central {

bool SaleRecordValidator::isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

Result<IncomingSale> SaleRecordValidator::validate(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{tr("A sale record must be a JSON object")};
    const QJsonObject record = value.toObject();
    const auto field = [&](const char *key) { return record.value(QLatin1String(key)); };
    const auto missing = [](const char *key, const char *type) {
        return Error{tr("The field \"%1\" must be %2").arg(QLatin1String(key), tr(type))};
    };

    IncomingSale sale;
    const QUuid id = QUuid::fromString(field("sale").toString());
    if (!field("sale").isString() || id.isNull())
        return missing("sale", QT_TR_NOOP("a UUID"));
    sale.saleId = id.toString(QUuid::WithoutBraces);
    for (const char *key : {"store", "terminal", "currency", "status", "closedAt"}) {
        if (!field(key).isString() || field(key).toString().isEmpty())
            return missing(key, QT_TR_NOOP("a non-empty string"));
    }
    for (const char *key : {"sequence", "total", "subtotal", "tax"}) {
        if (!isInteger(field(key)))
            return missing(key, QT_TR_NOOP("an integer"));
    }
    for (const char *key : {"lines", "tenders", "taxes"}) {
        if (!field(key).isArray())
            return missing(key, QT_TR_NOOP("an array"));
    }
    if (record.contains(QLatin1String("customer")) &&
        (!field("customer").isString() || field("customer").toString().isEmpty())) {
        return missing("customer", QT_TR_NOOP("a customer id"));
    }
    if (record.contains(QLatin1String("cashReceipt"))) {
        // A Korean cash receipt's number arrives masked, and is refused whole: central never holds it either.
        const QJsonObject cashReceipt = field("cashReceipt").toObject();
        if (!cashReceiptFromJson(cashReceipt) || !isInteger(cashReceipt.value(QLatin1String("amount"))))
            return missing("cashReceipt", QT_TR_NOOP("a cash receipt with a masked number"));
    }
    sale.storeId = field("store").toString();
    sale.tillTerminal = field("terminal").toString();
    sale.sequence = field("sequence").toInteger();
    sale.status = field("status").toString();
    sale.totalMinor = field("total").toInteger();
    sale.customerId = field("customer").toString();
    if (sale.sequence < 1)
        return Error{tr("The receipt number (sequence) must be 1 or more")};
    if (sale.status != QLatin1String("completed") && sale.status != QLatin1String("voided"))
        return Error{tr("The status \"%1\" is neither completed nor voided").arg(sale.status)};
    auto currency = Currency::fromCode(field("currency").toString());
    if (!currency)
        return Error{currency.error()};
    sale.currency = currency->code();
    sale.closedAt = QDateTime::fromString(field("closedAt").toString(), Qt::ISODateWithMs);
    if (!sale.closedAt.isValid())
        return Error{tr("closedAt \"%1\" is not an ISO 8601 time").arg(field("closedAt").toString())};

    sale.canonical = QJsonDocument(record).toJson(QJsonDocument::Compact);
    sale.recordHash = QString::fromLatin1(QCryptographicHash::hash(sale.canonical, QCryptographicHash::Sha256).toHex());
    return sale;
}

} // namespace omnitill::central
