#include "StoreCredit.h"

#include "AuditLog.h"
#include "CustomerRepository.h"
#include "Transaction.h"

namespace omnitill::central {

namespace {

Outcome<qint64> balanceIn(const Transaction &transaction, const QString &customerId, const QString &currency)
{
    auto query = transaction.run(
        QStringLiteral("SELECT balance_minor FROM store_credit_balances WHERE customer_id = ? AND currency = ?"),
        {customerId, currency});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    return row.next() ? row.value(0).toLongLong() : qint64(0);
}

} // namespace

QJsonObject StoreCreditBalance::toJson() const
{
    return {{QLatin1String("currency"), currency}, {QLatin1String("balance"), balanceMinor}};
}

StoreCredit::StoreCredit(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<void> StoreCredit::credit(const Transaction &transaction, const QString &customerId, const QString &currency,
                                  qint64 amountMinor, const QString &sourceId, const QString &at)
{
    // The first credit in a currency opens its balance at zero; then the refund raises it.
    auto opened = transaction.run(QStringLiteral("INSERT INTO store_credit_balances (customer_id, currency, "
                                                 "balance_minor) VALUES (?, ?, 0) ON CONFLICT DO NOTHING"),
                                  {customerId, currency});
    if (!opened)
        return opened.error();
    auto raised = transaction.run(QStringLiteral("UPDATE store_credit_balances SET balance_minor = balance_minor + ? "
                                                 "WHERE customer_id = ? AND currency = ?"),
                                  {amountMinor, customerId, currency});
    if (!raised)
        return raised.error();
    auto entered = transaction.run(QStringLiteral("INSERT INTO store_credit_ledger (customer_id, currency, kind, "
                                                  "amount_minor, source_id, at) VALUES (?, ?, 'refund', ?, ?, ?)"),
                                   {customerId, currency, amountMinor, sourceId, at});
    if (!entered)
        return entered.error();
    return {};
}

Outcome<QList<StoreCreditBalance>> StoreCredit::balances(const QString &customerId)
{
    auto begun = CustomerRepository::beginFor(m_pool, customerId);
    if (!begun)
        return begun.error();
    const Transaction transaction = std::move(begun).value();
    auto query = transaction.run(QStringLiteral("SELECT currency, balance_minor FROM store_credit_balances "
                                                "WHERE customer_id = ? ORDER BY currency"),
                                 {customerId});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<StoreCreditBalance> balances;
    while (rows.next())
        balances.append({rows.value(0).toString(), rows.value(1).toLongLong()});
    return balances;
}

Outcome<qint64> StoreCredit::redeem(const QString &customerId, const QString &currency, qint64 amountMinor,
                                    const QString &saleId, const QString &terminalId)
{
    auto begun = CustomerRepository::beginFor(m_pool, customerId);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto before = transaction.run(QStringLiteral("SELECT 1 FROM store_credit_ledger WHERE source_id = ? AND kind = "
                                                 "'redeem' AND customer_id = ? AND currency = ?"),
                                  {saleId, customerId, currency});
    if (!before)
        return before.error();
    if (QSqlQuery row = std::move(before).value(); row.next())
        return balanceIn(transaction, customerId, currency); // this sale's redemption went through before
    // The condition waits for a racing redemption's row lock and then sees its result.
    auto taken = transaction.run(QStringLiteral("UPDATE store_credit_balances SET balance_minor = balance_minor - ? "
                                                "WHERE customer_id = ? AND currency = ? AND balance_minor >= ?"),
                                 {amountMinor, customerId, currency, amountMinor});
    if (!taken)
        return taken.error();
    if (taken->numRowsAffected() == 0) {
        auto balance = balanceIn(transaction, customerId, currency);
        if (!balance)
            return balance.error();
        return ApiError::conflict(
            QStringLiteral("insufficient_store_credit"),
            tr("The customer has %1 %2 of store credit, less than %3").arg(*balance).arg(currency).arg(amountMinor));
    }
    auto entered = transaction.run(
        QStringLiteral("INSERT INTO store_credit_ledger (customer_id, currency, kind, "
                       "amount_minor, source_id, terminal_id, at) "
                       "VALUES (?, ?, 'redeem', ?, ?, ?, ?)"),
        {customerId, currency, -amountMinor, saleId, terminalId, sqlTime(QDateTime::currentDateTimeUtc())});
    if (!entered)
        return entered.error();
    auto balance = balanceIn(transaction, customerId, currency);
    if (!balance)
        return balance.error();
    if (auto audited =
            AuditLog::record(transaction, AuditLog::terminalActor(terminalId), QStringLiteral("store_credit.redeemed"),
                             customerId, QStringLiteral("%1 %2 sale %3").arg(amountMinor).arg(currency, saleId));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return balance;
}

} // namespace omnitill::central
