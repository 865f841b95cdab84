#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace omnitill::central {

class ConnectionPool;
class Transaction;

struct StoreCreditBalance
{
    QString currency;
    qint64 balanceMinor = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

// A customer's store credit: what an online order return refunded as store credit, to spend at any till.
//
// The balance per currency is a row whose CHECK keeps it at zero or above, so no race of tills overdraws it:
// a redemption is a conditional UPDATE under the row's lock (SQLite's write lock), and the database refuses
// what the condition would miss. Each change has its ledger row, unique per source, so a return credits once
// and a sale redeems once; the same sale redeeming again answers the balance without taking twice.
class StoreCredit
{
    Q_DECLARE_TR_FUNCTIONS(StoreCredit)

public:
    explicit StoreCredit(ConnectionPool &pool);

    // Adds a refund, in the transaction of what caused it (sourceId: the return's id).
    [[nodiscard]] static Outcome<void> credit(const Transaction &transaction, const QString &customerId,
                                              const QString &currency, qint64 amountMinor, const QString &sourceId,
                                              const QString &at);

    [[nodiscard]] Outcome<QList<StoreCreditBalance>> balances(const QString &customerId);
    // Spends amountMinor for the sale; returns the balance left. 409 insufficient_store_credit when the
    // balance is smaller, 404 unknown_customer.
    [[nodiscard]] Outcome<qint64> redeem(const QString &customerId, const QString &currency, qint64 amountMinor,
                                         const QString &saleId, const QString &terminalId);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
