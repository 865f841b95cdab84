// Coupon redemption and customer lookup of omnitill-central: the real binary, real HTTP on loopback, on
// SQLite or PostgreSQL.
//   bench_central_coupons DATABASE [COUPONS] [IN_FLIGHT] [CUSTOMERS] [LOOKUPS]
//                                              (defaults 2000, 4, 100000 and 5000)
// DATABASE is "sqlite:" (a fresh file) or a PostgreSQL server's maintenance database
// (postgresql://user@host:port/postgres; a fresh database is made on it and dropped afterwards).
// 1. Redemption: every coupon is reserved and then redeemed under its reservation, as a till does at the
//    tender, IN_FLIGHT tills at once; reported as redemptions (reserve + redeem) and requests per second.
// 2. Lookup: CUSTOMERS customers, then LOOKUPS lookups one after another by loyalty number and by phone
//    (half each, random customers), as a cashier identifies a customer; reported as latency percentiles.

#include "CentralBench.h"
#include "CouponLedger.h"
#include "TerminalRegistry.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>
#include <functional>

using namespace omnitill;
using namespace omnitill::central;
using namespace centralbench;

namespace {

QString loyaltyNumber(int customer)
{
    return QStringLiteral("8%1").arg(customer, 11, 10, QLatin1Char('0'));
}

QString phone(int customer)
{
    return QStringLiteral("010%1").arg(customer, 8, 10, QLatin1Char('0'));
}

// Customers straight into the table in one transaction: the set-up, not what is measured.
void insertCustomers(ConnectionPool &pool, int count)
{
    Transaction transaction = Transaction::begin(pool).value();
    auto prepared = transaction.prepare(QStringLiteral("INSERT INTO customers (customer_id, loyalty_number, phone, "
                                                       "name, tier, created_at) VALUES (?, ?, ?, ?, 'basic', ?)"));
    QSqlQuery insert = std::move(prepared).value();
    const QString now = sqlTime(QDateTime::currentDateTimeUtc());
    for (int i = 0; i < count; ++i) {
        if (!Transaction::execute(insert, {QUuid::createUuid().toString(QUuid::WithoutBraces), loyaltyNumber(i),
                                           phone(i), QStringLiteral("Customer %1").arg(i), now}))
            qFatal("could not insert customer %d", i);
    }
    if (!transaction.commit())
        qFatal("could not commit the customers");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_central_coupons sqlite:|POSTGRES_URL [COUPONS] [IN_FLIGHT] [CUSTOMERS] "
                             "[LOOKUPS]\n");
        return 2;
    }
    const int couponCount = argc > 2 ? std::max(1, atoi(argv[2])) : 2000;
    const int inFlight = argc > 3 ? std::max(1, atoi(argv[3])) : 4;
    const int customerCount = argc > 4 ? std::max(1, atoi(argv[4])) : 100000;
    const int lookupCount = argc > 5 ? std::max(1, atoi(argv[5])) : 5000;

    BenchDatabase database(QString::fromLocal8Bit(argv[1]));
    QString code;
    QStringList coupons;
    {
        ConnectionPool pool(database.settings());
        code = TerminalRegistry(pool).createEnrollmentCode(QStringLiteral("KR-SEOUL-01")).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CouponRule rule;
        rule.kind = CouponRule::Kind::Percent;
        rule.value = 10;
        for (int i = 0; i < couponCount; ++i)
            coupons.append(CouponLedger(pool).issue({rule, {}, now.addSecs(-60), now.addDays(1), {}}).value().code);
        insertCustomers(pool, customerCount);
    }
    CentralProcess central(database.url());
    BenchClient client(central.port());
    client.enroll(code);

    // 1. Reserve and redeem every coupon, inFlight tills at a time.
    QEventLoop loop;
    QElapsedTimer clock;
    qsizetype next = 0;
    int pending = 0;
    int redeemed = 0;
    int failures = 0;
    QList<qint64> pairLatencies;
    std::function<void()> redeemNext = [&] {
        if (next >= coupons.size()) {
            if (pending == 0)
                loop.quit();
            return;
        }
        const QString coupon = coupons[next++];
        const qint64 startedAt = clock.nsecsElapsed();
        ++pending;
        QNetworkReply *reserve = client.send("POST", QStringLiteral("/v1/coupons/%1/reserve").arg(coupon), "{}");
        QObject::connect(reserve, &QNetworkReply::finished, [&, reserve, coupon, startedAt] {
            const QString reservation =
                QJsonDocument::fromJson(reserve->readAll()).object().value(QLatin1String("reservation")).toString();
            reserve->deleteLater();
            const QJsonObject body{{QLatin1String("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {QLatin1String("reservation"), reservation}};
            QNetworkReply *redeem = client.send("POST", QStringLiteral("/v1/coupons/%1/redeem").arg(coupon),
                                                QJsonDocument(body).toJson(QJsonDocument::Compact));
            QObject::connect(redeem, &QNetworkReply::finished, [&, redeem, startedAt] {
                pairLatencies.append(clock.nsecsElapsed() - startedAt);
                if (redeem->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    ++redeemed;
                else
                    ++failures;
                redeem->deleteLater();
                --pending;
                redeemNext();
            });
        });
    };
    clock.start();
    for (int i = 0; i < inFlight; ++i)
        redeemNext();
    loop.exec();
    const double redeemSeconds = clock.nsecsElapsed() / 1e9;

    // 2. Customer lookups, one at a time.
    QList<qint64> loyaltyLatencies;
    QList<qint64> phoneLatencies;
    int lookupFailures = 0;
    for (int i = 0; i < lookupCount; ++i) {
        const int customer = int(QRandomGenerator::global()->bounded(customerCount));
        const bool byPhone = i % 2 == 1;
        const QString path = byPhone ? QStringLiteral("/v1/customers?phone=") + phone(customer)
                                     : QStringLiteral("/v1/customers?loyalty=") + loyaltyNumber(customer);
        const qint64 startedAt = clock.nsecsElapsed();
        const QJsonObject found = client.call("GET", path);
        (byPhone ? phoneLatencies : loyaltyLatencies).append(clock.nsecsElapsed() - startedAt);
        lookupFailures += found.value(QLatin1String("loyaltyNumber")).toString() != loyaltyNumber(customer);
    }

    const QString backend =
        database.settings().dialect() == Dialect::Postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    std::printf("backend: %s\n", qPrintable(backend));
    std::printf("coupons: %d reserved then redeemed, %d in flight: %d redeemed, %d failed\n", couponCount, inFlight,
                redeemed, failures);
    std::printf("redemption: %.0f redemptions/s, %.0f requests/s (%.2f s)\n", couponCount / redeemSeconds,
                2 * couponCount / redeemSeconds, redeemSeconds);
    std::printf("reserve+redeem latency: p50 %.2f ms, p99 %.2f ms\n", percentileMs(pairLatencies, 0.5),
                percentileMs(pairLatencies, 0.99));
    std::printf("customers: %d, lookups: %d, wrong or missing: %d\n", customerCount, lookupCount, lookupFailures);
    std::printf("lookup by loyalty number: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentileMs(loyaltyLatencies, 0.5), percentileMs(loyaltyLatencies, 0.99),
                percentileMs(loyaltyLatencies, 1.0));
    std::printf("lookup by phone: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", percentileMs(phoneLatencies, 0.5),
                percentileMs(phoneLatencies, 0.99), percentileMs(phoneLatencies, 1.0));
    return redeemed == couponCount && failures == 0 && lookupFailures == 0 ? 0 : 1;
}
