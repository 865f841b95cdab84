#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace omnitill::central {

class ConnectionPool;

struct DemoCustomerLink
{
    QString name;
    QString loyaltyNumber;
    QString link; // the customer app page is /app/<link>
};

struct DemoSeedResult
{
    int customersCreated = 0;      // 0 when the demo was already there
    QString enrollmentCode;        // a code for the demo till, made with the customers; empty otherwise
    QList<DemoCustomerLink> links; // every demo customer's, made or not
};

// `omnitill-central admin seed-demo`: the demo's customers, coupons (percent, amount with a minimum spend,
// 1+1 and 2+1, a free-item gift) and online orders (ready for pickup, pay in store, reserve to try, shipped) at
// the Seoul demo store, gift cards with fixed numbers, from central/demo/demo-seed.json, and an enrollment
// code for the demo till.
//
// Idempotent: a demo customer is known by its loyalty number, and its coupons and orders are made only
// together with it, so a second run changes nothing and only prints the app links again. Each step is its
// repository's own transaction, as an operator's admin commands would be: a run cut short leaves a customer
// without part of its demo, which a fresh database starts over.
class DemoSeed
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeed)

public:
    explicit DemoSeed(ConnectionPool &pool);

    [[nodiscard]] Outcome<DemoSeedResult> run(const QDateTime &now);

private:
    // Coupons, points and orders of a customer just made.
    [[nodiscard]] Outcome<void> seedCustomer(const QString &customerId, const QJsonObject &demo, const QDateTime &now);
    [[nodiscard]] Outcome<void> seedOrder(const QString &customerId, const QJsonObject &demo, const QDateTime &now);
    [[nodiscard]] Outcome<void> seedProfile(const QString &customerId, const QJsonObject &demo);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
