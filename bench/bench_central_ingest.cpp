// Sales ingest throughput of omnitill-central: the real binary, serving real HTTP on loopback, storing into
// PostgreSQL. Canonical sale records of three lines each (made by the domain, as the till's journal makes
// them) go in batches of 100 through POST /v1/sales, several batches in flight as tills would send them;
// one sale in four names a customer, so points and visits are written too.
//   bench_central_ingest POSTGRES_URL [SALES] [IN_FLIGHT]   (defaults 20000 and 4)
// POSTGRES_URL is a server's maintenance database (postgresql://user@host:port/postgres); the benchmark
// makes a fresh database on it and drops it afterwards. scripts/bench.sh starts a durable throwaway
// cluster for it with tests/central/postgres-cluster.sh.

#include "../tests/domain/TestProfiles.h"
#include "CentralBench.h"
#include "CustomerRepository.h"
#include "Sale.h"
#include "SaleRecord.h"
#include "TerminalRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <cstdio>
#include <functional>

using namespace omnitill;
using namespace omnitill::central;
using namespace centralbench;

namespace {

constexpr int batchSize = 100;

QJsonObject saleRecord(const StoreProfile &profile, int index, const QString &customerId)
{
    using namespace saleevent;
    Sale sale(profile);
    const auto now = QDateTime::currentDateTimeUtc();
    bool ok = sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), now}).ok();
    for (int line = 1; line <= 3; ++line) {
        const Product product =
            testprofiles::product(QStringLiteral("SKU%1").arg((index * 3 + line) % 500), 1000 + 100 * line);
        ok = ok && sale.apply(LineAdded{line, product, Quantity::pieces(line), {}}).ok();
    }
    ok = ok && sale.apply(Tendered{1, TenderMethod::Cash, sale.totals().totalDueMinor + 1000, {}}).ok() &&
         sale.apply(Completed{now}).ok();
    if (!ok)
        qFatal("could not build sale %d", index);
    QJsonObject record = omnitill::saleRecord(sale);
    record.insert(QLatin1String("sequence"), index + 1);
    if (!customerId.isEmpty())
        record.insert(QLatin1String("customer"), customerId);
    return record;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_central_ingest POSTGRES_URL [SALES] [IN_FLIGHT]\n");
        return 2;
    }
    const int sales = argc > 2 ? std::max(batchSize, atoi(argv[2]) / batchSize * batchSize) : 20000;
    const int inFlight = argc > 3 ? std::max(1, atoi(argv[3])) : 4;
    BenchDatabase database(QString::fromLocal8Bit(argv[1]));
    QString code;
    QList<QString> customers;
    {
        ConnectionPool pool(database.settings());
        code = TerminalRegistry(pool).createEnrollmentCode(QStringLiteral("KR-SEOUL-01")).value();
        for (int i = 0; i < 100; ++i) {
            customers.append(CustomerRepository(pool)
                                 .create({QStringLiteral("Customer %1").arg(i), {}, {}, QStringLiteral("basic")})
                                 .value()
                                 .id);
        }
    }
    CentralProcess central(database.url());
    BenchClient client(central.port());
    client.enroll(code);
    QEventLoop loop;

    const StoreProfile profile = [] {
        StoreProfile korean = testprofiles::korean();
        korean.storeId = QStringLiteral("KR-SEOUL-01");
        return korean;
    }();
    QList<QByteArray> batches;
    for (int first = 0; first < sales; first += batchSize) {
        QJsonArray batch;
        for (int index = first; index < first + batchSize; ++index)
            batch.append(saleRecord(profile, index, index % 4 == 0 ? customers[index % customers.size()] : QString()));
        batches.append(QJsonDocument(QJsonObject{{QLatin1String("sales"), batch}}).toJson(QJsonDocument::Compact));
    }

    qsizetype next = 0;
    int pending = 0;
    qint64 accepted = 0;
    int failures = 0;
    QList<qint64> latencies;
    QElapsedTimer clock;
    std::function<void()> sendNext = [&] {
        if (next >= batches.size()) {
            if (pending == 0)
                loop.quit();
            return;
        }
        const qint64 sentAt = clock.nsecsElapsed();
        QNetworkReply *reply = client.send("POST", QStringLiteral("/v1/sales"), batches[next++]);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, sentAt] {
            latencies.append(clock.nsecsElapsed() - sentAt);
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError)
                ++failures;
            accepted += answer.value(QLatin1String("accepted")).toInteger();
            reply->deleteLater();
            --pending;
            sendNext();
        });
    };
    clock.start();
    for (int i = 0; i < inFlight; ++i)
        sendNext();
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;

    std::printf("sales: %d in batches of %d, %d in flight, 1 in 4 with a customer\n", sales, batchSize, inFlight);
    std::printf("accepted: %lld, failed requests: %d\n", static_cast<long long>(accepted), failures);
    std::printf("ingest: %.0f sales/s (%.2f s)\n", sales / seconds, seconds);
    std::printf("batch latency: p50 %.1f ms, p99 %.1f ms\n", percentileMs(latencies, 0.5),
                percentileMs(latencies, 0.99));
    return accepted == sales && failures == 0 ? 0 : 1;
}
