#include "AppReceipts.h"

#include "ApiJson.h"
#include "CustomerRepository.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace omnitill::central {

namespace {

struct KeepRequest
{
    QString customerId;
    AppReceipt receipt;
};

Outcome<KeepRequest> requestIn(const QByteArray &text)
{
    auto body = parseJsonObject(text);
    if (!body)
        return body.error();
    KeepRequest request;
    auto sale = readUuid(*body, "sale");
    if (!sale)
        return sale.error();
    request.receipt.saleId = *sale;
    QString soldAt;
    for (const auto &[key, out] : {std::pair{"customer", &request.customerId},
                                   std::pair{"currency", &request.receipt.currency}, std::pair{"soldAt", &soldAt}}) {
        if (auto invalid = readString(*body, key, *out))
            return *invalid;
    }
    if (request.customerId.isEmpty())
        return wrongType(QStringLiteral("customer"), AppReceipts::tr("the customer's id"));
    if (request.receipt.currency.size() != 3)
        return wrongType(QStringLiteral("currency"), AppReceipts::tr("an ISO 4217 currency code"));
    request.receipt.soldAt = QDateTime::fromString(soldAt, Qt::ISODateWithMs);
    if (!request.receipt.soldAt.isValid())
        return wrongType(QStringLiteral("soldAt"), AppReceipts::tr("a time in ISO 8601"));
    const QJsonValue number = body->value(QLatin1String("number"));
    const QJsonValue total = body->value(QLatin1String("totalMinor"));
    if (!number.isDouble() || number.toInteger() <= 0)
        return wrongType(QStringLiteral("number"), AppReceipts::tr("the receipt's number, a whole number above 0"));
    if (!total.isDouble() || total.toDouble() != double(total.toInteger()))
        return wrongType(QStringLiteral("totalMinor"), AppReceipts::tr("the total in minor units, a whole number"));
    request.receipt.number = number.toInteger();
    request.receipt.totalMinor = total.toInteger();
    auto png = readPng(*body, "png");
    if (!png)
        return png.error();
    request.receipt.png = std::move(png).value();
    return request;
}

} // namespace

AppReceipts::AppReceipts(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse AppReceipts::keep(const ApiRequest &request)
{
    auto parsed = requestIn(request.body);
    if (!parsed)
        return parsed.error().toResponse();
    const KeepRequest kept = std::move(parsed).value();
    const AppReceipt &receipt = kept.receipt;
    if (auto customer = CustomerRepository(m_pool).byId(kept.customerId); !customer)
        return customer.error().toResponse();
    const QJsonObject answer{{QLatin1String("sale"), receipt.saleId}, {QLatin1String("customer"), kept.customerId}};
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error().toResponse();
    Transaction transaction = std::move(begun).value();
    auto earlier =
        transaction.run(QStringLiteral("SELECT customer_id FROM app_receipts WHERE sale_id = ?"), {receipt.saleId});
    if (!earlier)
        return earlier.error().toResponse();
    if (QSqlQuery stored = std::move(earlier).value(); stored.next()) {
        if (stored.value(0).toString() != kept.customerId)
            return ApiError::conflict(QStringLiteral("receipt_of_another_customer"),
                                      tr("The receipt of sale %1 is another customer's").arg(receipt.saleId))
                .toResponse();
        return QHttpServerResponse(answer);
    }
    auto stored = transaction.run(
        QStringLiteral("INSERT INTO app_receipts (sale_id, customer_id, terminal_id, store_id, receipt_number, "
                       "total_minor, currency, png, sold_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {receipt.saleId, kept.customerId, request.terminal->terminalId, request.terminal->storeId, receipt.number,
         receipt.totalMinor, receipt.currency, QString::fromLatin1(receipt.png.toBase64()), sqlTime(receipt.soldAt),
         sqlTime(QDateTime::currentDateTimeUtc())});
    if (!stored)
        return stored.error().toResponse();
    if (auto committed = transaction.commit(); !committed)
        return committed.error().toResponse();
    return QHttpServerResponse(answer);
}

Outcome<QList<AppReceipt>> AppReceipts::ofCustomer(const QString &customerId, int limit)
{
    auto query =
        runQuery(m_pool,
                 QStringLiteral("SELECT sale_id, store_id, receipt_number, total_minor, currency, png, sold_at "
                                "FROM app_receipts WHERE customer_id = ? ORDER BY sold_at DESC, sale_id "
                                "LIMIT ?"),
                 {customerId, limit});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<AppReceipt> receipts;
    while (rows.next()) {
        receipts.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toLongLong(),
                         rows.value(3).toLongLong(), rows.value(4).toString(),
                         QByteArray::fromBase64(rows.value(5).toString().toLatin1()),
                         rows.value(6).toDateTime().toUTC()});
    }
    return receipts;
}

} // namespace omnitill::central
