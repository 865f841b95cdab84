#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace omnitill::central {

class Transaction;

// What an ingested sale does to its customer: points earned (a ledger row, unique per sale) and a visit
// (unique per sale). Made once per batch inside the ingest's transaction, with its statements prepared
// once, because a batch of a hundred sales would otherwise prepare them hundreds of times, and on
// PostgreSQL each preparation is a round trip.
class SaleCustomerEffects
{
public:
    [[nodiscard]] static Outcome<SaleCustomerEffects> prepare(const Transaction &transaction);

    // Remembered for the batch: a till's batch names the same few customers again and again.
    [[nodiscard]] Outcome<bool> customerExists(const QString &customerId);
    [[nodiscard]] Outcome<void> earn(const QString &customerId, const QString &saleId, qint64 points);
    [[nodiscard]] Outcome<void> visit(const QString &customerId, const QString &storeId, const QString &terminalId,
                                      const QString &saleId, const QDateTime &at);

private:
    SaleCustomerEffects(QSqlQuery exists, QSqlQuery earn, QSqlQuery visit);

    QSqlQuery m_exists;
    QSqlQuery m_earn;
    QSqlQuery m_visit;
    QHash<QString, bool> m_known;
};

} // namespace omnitill::central
