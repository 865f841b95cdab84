#include "TillReturnIngest.h"

#include "BatchAnswer.h"
#include "TerminalRegistry.h"
#include "Transaction.h"

#include <QJsonDocument>

namespace omnitill::central {

namespace {

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

TillReturnIngest::TillReturnIngest(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<QString> TillReturnIngest::refusalAgainstSale(Transaction &transaction, const IncomingReturn &incoming)
{
    // Locking the sale row makes two returns of one sale on PostgreSQL take turns, as BEGIN IMMEDIATE does
    // on SQLite: the second counts the first.
    const QString lock = transaction.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    auto found =
        transaction.run(QStringLiteral("SELECT record FROM sales WHERE sale_id = ?") + lock, {incoming.originalSaleId});
    if (!found)
        return found.error();
    QSqlQuery sale = std::move(found).value();
    const QJsonObject saleRecord = sale.next() ? objectOf(sale.value(0).toString()) : incoming.originalReceipt;
    if (saleRecord.isEmpty()) {
        return tr("The sale %1 this return is of is not at the central store, and the return does not carry its "
                  "receipt")
            .arg(incoming.originalSaleId);
    }
    auto read =
        transaction.run(QStringLiteral("SELECT record FROM till_returns WHERE original_sale_id = ? AND return_id <> ?"),
                        {incoming.originalSaleId, incoming.returnId});
    if (!read)
        return read.error();
    QSqlQuery earlier = std::move(read).value();
    QList<QJsonObject> earlierReturns;
    while (earlier.next())
        earlierReturns.append(objectOf(earlier.value(0).toString()));
    const auto checked = TillReturnValidator::checkAgainst(incoming, saleRecord, earlierReturns);
    return checked ? QString() : checked.error();
}

Outcome<QJsonObject> TillReturnIngest::ingest(const QJsonArray &records, const AuthenticatedTerminal &terminal)
{
    if (records.isEmpty() || records.size() > maximumBatchSize) {
        return ApiError::badRequest(QStringLiteral("invalid_batch"),
                                    tr("A batch holds from 1 to %1 returns").arg(maximumBatchSize));
    }
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    BatchAnswer answer;
    if (auto taken = takeInto(transaction, records, terminal, answer); !taken)
        return taken.error();
    return answer.commit(transaction, terminal, QStringLiteral("returns.ingested"));
}

Outcome<void> TillReturnIngest::takeInto(Transaction &transaction, const QJsonArray &records,
                                         const AuthenticatedTerminal &terminal, BatchAnswer &answer)
{
    const QString receivedAt = sqlTime(QDateTime::currentDateTimeUtc());
    for (qsizetype index = 0; index < records.size(); ++index) {
        auto validated = TillReturnValidator::validate(records.at(index));
        if (!validated) {
            answer.reject(records.at(index).toObject().value(QLatin1String("sale")).toString(), validated.error());
            continue;
        }
        const IncomingReturn &incoming = *validated;
        if (incoming.storeId != terminal.storeId) {
            answer.reject(incoming.returnId,
                          tr("The return was made in store %1, but this terminal belongs to store %2")
                              .arg(incoming.storeId, terminal.storeId));
            continue;
        }
        // Sent before: answer what was answered then, unless this is another return under the same id.
        auto read = transaction.run(QStringLiteral("SELECT record_hash, result FROM till_returns WHERE return_id = ?"),
                                    {incoming.returnId});
        if (!read)
            return read.error();
        QSqlQuery before = std::move(read).value();
        if (before.next()) {
            if (before.value(0).toString() == incoming.recordHash) {
                answer.acceptAgain(objectOf(before.value(1).toString()));
            } else {
                answer.conflict(incoming.returnId,
                                tr("Another return with this id was received before; this one was not stored"));
            }
            continue;
        }
        if (!incoming.originalSaleId.isEmpty()) {
            auto refusal = refusalAgainstSale(transaction, incoming);
            if (!refusal)
                return refusal.error();
            if (!refusal->isEmpty()) {
                answer.reject(incoming.returnId, *refusal);
                continue;
            }
        }
        const QJsonObject result{{QLatin1String("sale"), incoming.returnId},
                                 {QLatin1String("status"), QStringLiteral("accepted")},
                                 {QLatin1String("kind"), QStringLiteral("return")}};
        const QVariant original = incoming.originalSaleId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                    : QVariant(incoming.originalSaleId);
        auto inserted = transaction.run(
            QStringLiteral("INSERT INTO till_returns (return_id, terminal_id, store_id, till_terminal, sequence, "
                           "original_sale_id, refund_to, currency, refund_minor, closed_at, record, record_hash, "
                           "result, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {incoming.returnId, terminal.terminalId, incoming.storeId, incoming.tillTerminal, incoming.sequence,
             original, incoming.refundTo, incoming.currency, incoming.refundMinor, sqlTime(incoming.closedAt),
             QString::fromUtf8(incoming.canonical), incoming.recordHash,
             QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)), receivedAt});
        if (!inserted)
            return inserted.error();
        answer.accept(result);
    }
    return {};
}

} // namespace omnitill::central
