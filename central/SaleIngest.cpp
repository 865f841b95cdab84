#include "SaleIngest.h"

#include "BatchAnswer.h"
#include "CustomerRepository.h"
#include "SaleCustomerEffects.h"
#include "SaleRecordValidator.h"
#include "TerminalRegistry.h"
#include "Transaction.h"

#include <QJsonDocument>

namespace omnitill::central {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

SaleIngest::SaleIngest(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<QJsonObject> SaleIngest::ingest(const QJsonArray &records, const AuthenticatedTerminal &terminal)
{
    if (records.isEmpty() || records.size() > maximumBatchSize) {
        return ApiError::badRequest(QStringLiteral("invalid_batch"),
                                    tr("A batch holds from 1 to %1 sales").arg(maximumBatchSize));
    }
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    BatchAnswer answer;
    if (auto taken = takeInto(transaction, records, terminal, answer); !taken)
        return taken.error();
    return answer.commit(transaction, terminal, QStringLiteral("sales.ingested"));
}

Outcome<void> SaleIngest::takeInto(Transaction &transaction, const QJsonArray &records,
                                   const AuthenticatedTerminal &terminal, BatchAnswer &answer)
{
    auto insertSale = transaction.prepare(QStringLiteral(
        "INSERT INTO sales (sale_id, terminal_id, store_id, till_terminal, sequence, status, currency, total_minor, "
        "closed_at, customer_id, record, record_hash, result, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sale_id) DO NOTHING"));
    auto findSale = transaction.prepare(QStringLiteral("SELECT record_hash, result FROM sales WHERE sale_id = ?"));
    if (!insertSale || !findSale)
        return insertSale ? findSale.error() : insertSale.error();
    QSqlQuery insert = std::move(insertSale).value();
    QSqlQuery find = std::move(findSale).value();

    auto prepared = SaleCustomerEffects::prepare(transaction);
    if (!prepared)
        return prepared.error();
    SaleCustomerEffects customers = std::move(prepared).value();
    const QString receivedAt = sqlTime(QDateTime::currentDateTimeUtc());
    for (qsizetype index = 0; index < records.size(); ++index) {
        auto validated = SaleRecordValidator::validate(records.at(index));
        if (!validated) {
            answer.reject(records.at(index).toObject().value(QLatin1String("sale")).toString(), validated.error());
            continue;
        }
        const IncomingSale &sale = *validated;
        if (sale.storeId != terminal.storeId) {
            answer.reject(sale.saleId, tr("The sale was made in store %1, but this terminal belongs to store %2")
                                           .arg(sale.storeId, terminal.storeId));
            continue;
        }
        bool customerKnown = false;
        if (!sale.customerId.isEmpty()) {
            auto exists = customers.customerExists(sale.customerId);
            if (!exists)
                return exists.error();
            customerKnown = *exists;
        }
        const bool earns = customerKnown && sale.status == QLatin1String("completed");
        const qint64 points = earns ? CustomerRepository::pointsFor(sale.totalMinor) : 0;
        QJsonObject result{{QLatin1String("sale"), sale.saleId},
                           {QLatin1String("status"), QStringLiteral("accepted")},
                           {QLatin1String("pointsEarned"), points}};
        if (!sale.customerId.isEmpty() && !customerKnown)
            result.insert(QLatin1String("unknownCustomer"), sale.customerId);
        const QByteArray resultText = QJsonDocument(result).toJson(QJsonDocument::Compact);
        auto inserted = Transaction::execute(
            insert, {sale.saleId, terminal.terminalId, sale.storeId, sale.tillTerminal, sale.sequence, sale.status,
                     sale.currency, sale.totalMinor, sqlTime(sale.closedAt),
                     nullable(customerKnown ? sale.customerId : QString()), QString::fromUtf8(sale.canonical),
                     sale.recordHash, QString::fromUtf8(resultText), receivedAt});
        if (!inserted)
            return inserted.error();

        if (insert.numRowsAffected() == 0) {
            // Sent before: answer what was answered then, unless this is another sale under the same id.
            if (auto found = Transaction::execute(find, {sale.saleId}); !found)
                return found.error();
            if (!find.next())
                return ApiError::internal(QStringLiteral("sale %1 neither inserted nor found").arg(sale.saleId));
            const QString storedHash = find.value(0).toString();
            const QJsonObject original = QJsonDocument::fromJson(find.value(1).toString().toUtf8()).object();
            find.finish();
            if (storedHash != sale.recordHash) {
                answer.conflict(sale.saleId,
                                tr("Another sale with this id was received before; this one was not stored"));
            } else {
                answer.acceptAgain(original);
            }
            continue;
        }
        if (earns) {
            if (auto earned = customers.earn(sale.customerId, sale.saleId, points); !earned)
                return earned.error();
        }
        if (customerKnown) {
            if (auto visited =
                    customers.visit(sale.customerId, sale.storeId, terminal.terminalId, sale.saleId, sale.closedAt);
                !visited) {
                return visited.error();
            }
        }
        answer.accept(result);
    }
    return {};
}

} // namespace omnitill::central
