// The soak of issue 9 at full size: 10,000 sales and returns across three tills (each its own SQLite store and
// service stack, enrolled at a real in-process central store on SQLite), each cut off at random through its
// FaultProxy and hit by single faults, then reconnected. Prints the numbers for bench/RESULTS.md and exits 1
// when the central store does not hold each record exactly once or a Z report does not match it.
// With "backlog", every till is cut off from the first record and no single fault is injected: the run times the
// drain of the whole backlog after the reconnection.
//   bench_sync_soak [records=10000] [seed=2026] [backlog]
#include "sync/SyncSoak.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "omnitill.*.debug=false;omnitill.*.info=false");
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 records = arguments.size() > 1 ? arguments.at(1).toLongLong() : 10000;
    const quint32 seed = arguments.size() > 2 ? arguments.at(2).toUInt() : 2026;
    const bool backlog = arguments.size() > 3 && arguments.at(3) == QLatin1String("backlog");
    SyncSoak soak(3, seed);
    const SoakOutcome outcome = soak.run(records, backlog ? records : -1);
    std::printf("seed %u: %s\n", seed, qPrintable(outcome.summary()));
    QStringList nets;
    for (const qint64 net : soak.zNets())
        nets.append(QString::number(net));
    std::printf("Z report nets (sales less returns) per till, matched at the central store: %s\n",
                qPrintable(nets.join(QStringLiteral(", "))));
    for (const QString &mismatch : outcome.mismatches)
        std::printf("MISMATCH %s\n", qPrintable(mismatch));
    std::printf("%s\n", outcome.mismatches.isEmpty() ? "each record exactly once; every Z report matched" : "FAILED");
    return outcome.mismatches.isEmpty() ? 0 : 1;
}
