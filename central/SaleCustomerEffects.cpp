#include "SaleCustomerEffects.h"

#include "Transaction.h"

namespace omnitill::central {

SaleCustomerEffects::SaleCustomerEffects(QSqlQuery exists, QSqlQuery earn, QSqlQuery visit)
    : m_exists(std::move(exists))
    , m_earn(std::move(earn))
    , m_visit(std::move(visit))
{
}

Outcome<SaleCustomerEffects> SaleCustomerEffects::prepare(const Transaction &transaction)
{
    auto exists = transaction.prepare(QStringLiteral("SELECT COUNT(*) FROM customers WHERE customer_id = ?"));
    auto earn = transaction.prepare(QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, sale_id, "
                                                   "reason, at) VALUES (?, 'earn', ?, ?, 'sale', ?)"));
    auto visit = transaction.prepare(
        QStringLiteral("INSERT INTO visits (customer_id, store_id, terminal_id, sale_id, at) VALUES (?, ?, ?, ?, ?)"));
    for (const auto *prepared : {&exists, &earn, &visit}) {
        if (!*prepared)
            return prepared->error();
    }
    return SaleCustomerEffects(std::move(exists).value(), std::move(earn).value(), std::move(visit).value());
}

Outcome<bool> SaleCustomerEffects::customerExists(const QString &customerId)
{
    const auto known = m_known.constFind(customerId);
    if (known != m_known.cend())
        return *known;
    if (auto executed = Transaction::execute(m_exists, {customerId}); !executed)
        return executed.error();
    const bool exists = m_exists.next() && m_exists.value(0).toInt() > 0;
    m_exists.finish();
    m_known.insert(customerId, exists);
    return exists;
}

Outcome<void> SaleCustomerEffects::earn(const QString &customerId, const QString &saleId, qint64 points)
{
    return Transaction::execute(m_earn, {customerId, points, saleId, sqlTime(QDateTime::currentDateTimeUtc())});
}

Outcome<void> SaleCustomerEffects::visit(const QString &customerId, const QString &storeId, const QString &terminalId,
                                         const QString &saleId, const QDateTime &at)
{
    return Transaction::execute(m_visit, {customerId, storeId, terminalId, saleId, sqlTime(at)});
}

} // namespace omnitill::central
