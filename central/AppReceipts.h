#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// A receipt kept for the customer's app.
struct AppReceipt
{
    QString saleId;
    QString storeId;
    qint64 number = 0; // the receipt's number at its till
    qint64 totalMinor = 0;
    QString currency;
    QByteArray png; // the receipt as the till's printer renders it
    QDateTime soldAt;
};

// POST /v1/app-receipts: a till's receipt for the customer's app (the shopper chose "Send to my app" at a kiosk
// or a till), kept on the customer's profile (migration 0019) and listed on their app page (CustomerAppPage).
//
// Invariants: one receipt per sale, idempotent by the sale's UUID (a resend stores nothing and answers as the
// first time; the same sale for another customer is refused); the receipt is a PNG (its signature checked) of a
// customer who exists.
class AppReceipts
{
    Q_DECLARE_TR_FUNCTIONS(AppReceipts)

public:
    explicit AppReceipts(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse keep(const ApiRequest &request);
    // The customer's receipts, newest first, at most limit.
    [[nodiscard]] Outcome<QList<AppReceipt>> ofCustomer(const QString &customerId, int limit);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
