#pragma once

#include "FaultProxy.h"
#include "OutboxDrain.h"
#include "ReturnService.h"
#include "central/CentralHarness.h"
#include "services/TillFixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

// One till of the soak: its own store file and service stack (staff, shift, checkout, returns, outbox drain),
// enrolled at the central store and reaching it only through its own FaultProxy.
struct SoakTill
{
    // The till's default: on a machine shared with builds a batch can take seconds, and a shorter timeout only
    // makes the till resend what the store is still working on.
    static constexpr int timeoutMs = omnitill::CentralClient::defaultTimeoutMs;

    explicit SoakTill(CentralHarness &central)
        : credential(central.enroll())
        , proxy(central.port)
        , returns(*till.store.database, *till.store.catalog, *till.store.profile)
        , drain(*till.store.database, client)
    {
        client.setBaseUrl(proxy.url());
        client.setCredential(credential);
        client.setTimeout(timeoutMs);
        drain.setBackoff(omnitill::RetryBackoff(50, 1000));
        returns.setClock([this] { return till.now; });
        returns.setPermissionGate(&till.gate);
        returns.setShiftSource([this] { return till.shifts.currentShiftId(); });
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        if (!till.shifts.open(100000))
            qFatal("soak: the shift did not open");
    }

    TillFixture till;
    QString credential;
    FaultProxy proxy;
    omnitill::CentralClient client;
    omnitill::ReturnService returns;
    omnitill::OutboxDrain drain;
    QStringList sold;  // completed sales, for returns
    int cutUntil = -1; // the step the current outage ends at; -1 while connected
};

// What a soak did and found.
struct SoakOutcome
{
    qint64 records = 0, sales = 0, returns = 0;
    int outages = 0;         // periods a till was cut off (refused connections), the final one included
    int faults = 0;          // single faults injected: resets mid-request and mid-response, late answers, twice
    qint64 finalBacklog = 0; // records waiting in all tills when they were reconnected at the end
    qint64 drainMs = 0;      // from that reconnection until nothing waited anywhere
    qint64 wallMs = 0;       // the whole run
    QStringList mismatches;  // empty when the central store holds each record once and the Z reports match

    QString summary() const
    {
        return QStringLiteral("%1 records (%2 sales, %3 returns), %4 outages, %5 single faults; %6 waiting at the "
                              "reconnection, drained in %7 ms (%8 records/s); %9 ms in all")
            .arg(records)
            .arg(sales)
            .arg(returns)
            .arg(outages)
            .arg(faults)
            .arg(finalBacklog)
            .arg(drainMs)
            .arg(drainMs > 0 ? finalBacklog * 1000 / drainMs : 0)
            .arg(wallMs);
    }
};

// The soak of issue 9: tills sell and take returns (a real CheckoutService and ReturnService on each till's
// SQLite file), each cut off for random stretches and hit by single faults through its FaultProxy while it
// keeps selling; for the last tenth all are cut off, then all reconnect and drain. Then every till's shift is
// closed and its Z report held to the central store: each journal record there exactly once (by id, none
// missing, none extra, none quarantined) and the sales and returns of the Z report equal to the unit to what
// the central store holds for that terminal. One seed gives one run.
class SyncSoak
{
public:
    SyncSoak(int tills, quint32 seed)
        : m_random(seed)
    {
        for (int i = 0; i < tills; ++i)
            m_tills.push_back(std::make_unique<SoakTill>(m_central));
    }

    // The last offlineRecords records are made with every till cut off (by default the last tenth); with
    // offlineRecords == records no record is sent before the reconnection and no single fault is injected, so the
    // run times the drain of a whole backlog.
    SoakOutcome run(qint64 records, qint64 offlineRecords = -1)
    {
        QElapsedTimer wall;
        wall.start();
        const qint64 finalOutage = records - (offlineRecords < 0 ? records / 10 : offlineRecords);
        for (qint64 step = 0; step < records; ++step) {
            SoakTill &till = *m_tills.at(step % qsizetype(m_tills.size()));
            if (step == finalOutage) {
                for (auto &each : m_tills)
                    cutOff(*each, std::numeric_limits<int>::max());
            }
            faults(till, int(step));
            record(till);
            till.drain.drain();
            QCoreApplication::processEvents();
        }
        for (auto &each : m_tills)
            m_outcome.finalBacklog += each->drain.backlog()->waiting;
        QElapsedTimer drained;
        drained.start();
        for (auto &each : m_tills) {
            each->proxy.restore();
            each->drain.drain();
        }
        const bool allDrained = QTest::qWaitFor(
            [&] {
                return std::all_of(m_tills.begin(), m_tills.end(), [](const auto &each) {
                    const auto backlog = each->drain.backlog();
                    return !each->drain.sending() && backlog && backlog->sendable == 0;
                });
            },
            int(std::max<qint64>(120000, records * 60)));
        m_outcome.drainMs = drained.elapsed();
        if (!allDrained)
            m_outcome.mismatches.append(QStringLiteral("the outboxes did not drain in time"));
        for (auto &each : m_tills)
            check(*each);
        m_outcome.wallMs = wall.elapsed();
        return m_outcome;
    }

private:
    // Items of the Seoul demo catalog sold by the piece at whole-hundred prices (no cash rounding).
    static QStringList items()
    {
        return {QStringLiteral("8809417101117"), QStringLiteral("8809417104224"), QStringLiteral("8809417109137"),
                QStringLiteral("8809417203217"), QStringLiteral("8809358100149"), QStringLiteral("8801936001114"),
                QStringLiteral("8808024001018")};
    }

    void cutOff(SoakTill &till, int until)
    {
        if (till.cutUntil < 0)
            ++m_outcome.outages;
        till.cutUntil = until;
        till.proxy.refuseConnections();
    }

    // Outages of 20 to 400 of the till's records, and now and then one broken request.
    void faults(SoakTill &till, int step)
    {
        if (till.cutUntil >= 0 && step >= till.cutUntil) {
            till.cutUntil = -1;
            till.proxy.restore();
        }
        if (till.cutUntil < 0 && m_random.bounded(200) == 0)
            cutOff(till, step + int(m_random.bounded(20, 400)) * int(m_tills.size()));
        if (till.cutUntil < 0 && m_random.bounded(40) == 0) {
            static const QList<FaultProxy::Fault> kinds{
                FaultProxy::Fault::ResetMidRequest, FaultProxy::Fault::ResetMidResponse,
                FaultProxy::Fault::DeliverTwice, FaultProxy::Fault::DelayResponse};
            till.proxy.inject(kinds.at(m_random.bounded(int(kinds.size()))), 1, SoakTill::timeoutMs + 1000);
            ++m_outcome.faults;
        }
    }

    // One journal record: mostly a sale of one to three items in cash or by card, sometimes a return of one
    // piece of an earlier sale (another sale when nothing is left to return).
    void record(SoakTill &till)
    {
        till.till.now = till.till.now.addSecs(20);
        if (!till.sold.isEmpty() && m_random.bounded(6) == 0) {
            const QString sale = till.sold.at(m_random.bounded(int(till.sold.size())));
            if (till.returns.returnWithReceipt(sale, {omnitill::ReturnRequest{1, omnitill::Quantity::pieces(1)}})) {
                ++m_outcome.returns;
                ++m_outcome.records;
                return;
            }
        }
        omnitill::CheckoutService &checkout = till.till.checkout;
        const int lines = 1 + int(m_random.bounded(3));
        for (int i = 0; i < lines; ++i) {
            if (!checkout.scan(items().at(m_random.bounded(int(items().size())))))
                qFatal("soak: an item did not scan");
        }
        const bool card = m_random.bounded(2) == 0;
        const qint64 due = checkout.sale().totals().balanceMinor;
        if (!checkout.tender(card ? omnitill::TenderMethod::Card : omnitill::TenderMethod::Cash,
                             card ? due : (due / 10000 + 1) * 10000)) {
            qFatal("soak: the sale did not complete");
        }
        till.sold.append(omnitill::SaleJournal(*till.till.store.database)
                             .entry(omnitill::SaleJournal(*till.till.store.database).lastSequence())
                             ->saleId);
        ++m_outcome.sales;
        ++m_outcome.records;
    }

    QSet<QString> centralIds(const QString &sql, const QString &terminal) const
    {
        QSqlQuery query(m_central.database.pool->connection().value());
        query.prepare(sql);
        query.addBindValue(terminal);
        QSet<QString> ids;
        if (query.exec()) {
            while (query.next())
                ids.insert(query.value(0).toString());
        }
        return ids;
    }

    std::pair<qint64, qint64> centralSum(const QString &sql, const QString &terminal) const
    {
        QSqlQuery query(m_central.database.pool->connection().value());
        query.prepare(sql);
        query.addBindValue(terminal);
        if (!query.exec() || !query.next())
            return {-1, -1};
        return {query.value(0).toLongLong(), query.value(1).toLongLong()};
    }

    void check(SoakTill &till)
    {
        const QString name = till.till.store.path;
        const auto fail = [&](const QString &what) { m_outcome.mismatches.append(name + QStringLiteral(": ") + what); };
        QSet<QString> sales, returns;
        QSqlQuery outbox(till.till.store.database->connection());
        outbox.exec(QStringLiteral("SELECT record_id, kind FROM outbox"));
        while (outbox.next())
            (outbox.value(1).toString() == QLatin1String("return") ? returns : sales)
                .insert(outbox.value(0).toString());
        if (till.drain.backlog()->quarantined != 0)
            fail(QStringLiteral("%1 records quarantined").arg(till.drain.backlog()->quarantined));
        // The terminal as the central store knows it: the one that sent this till's first sale.
        QSqlQuery terminalOf(m_central.database.pool->connection().value());
        terminalOf.prepare(QStringLiteral("SELECT terminal_id FROM sales WHERE sale_id = ?"));
        terminalOf.addBindValue(till.sold.value(0));
        if (!terminalOf.exec() || !terminalOf.next()) {
            fail(QStringLiteral("its first sale is not at the central store"));
            return;
        }
        const QString terminal = terminalOf.value(0).toString();
        if (centralIds(QStringLiteral("SELECT sale_id FROM sales WHERE terminal_id = ?"), terminal) != sales)
            fail(QStringLiteral("the central store's sales differ from the journal's %1").arg(sales.size()));
        if (centralIds(QStringLiteral("SELECT return_id FROM till_returns WHERE terminal_id = ?"), terminal) != returns)
            fail(QStringLiteral("the central store's returns differ from the journal's %1").arg(returns.size()));

        till.till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        const auto closed = till.till.shifts.close(0);
        if (!closed) {
            fail(QStringLiteral("the shift did not close: ") + closed.error());
            return;
        }
        const omnitill::ShiftReport &z = closed->report;
        const auto [saleCount, saleTotal] = centralSum(
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total_minor), 0) FROM sales WHERE terminal_id = ? AND "
                           "status = 'completed'"),
            terminal);
        const auto [returnCount, refunded] = centralSum(
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(refund_minor), 0) FROM till_returns WHERE terminal_id = ?"),
            terminal);
        if (z.sales.count != saleCount || z.sales.amountMinor != saleTotal) {
            fail(QStringLiteral("Z sales %1 for %2, central %3 for %4")
                     .arg(z.sales.count)
                     .arg(z.sales.amountMinor)
                     .arg(saleCount)
                     .arg(saleTotal));
        }
        if (z.returns.count != returnCount || z.returns.amountMinor != refunded) {
            fail(QStringLiteral("Z returns %1 for %2, central %3 for %4")
                     .arg(z.returns.count)
                     .arg(z.returns.amountMinor)
                     .arg(returnCount)
                     .arg(refunded));
        }
        m_zTotals.append(z.sales.amountMinor - z.returns.amountMinor);
    }

public:
    // Each till's Z net (sales less returns), in till order, after run().
    QList<qint64> zNets() const { return m_zTotals; }

private:
    CentralHarness m_central;
    std::vector<std::unique_ptr<SoakTill>> m_tills;
    QRandomGenerator m_random;
    SoakOutcome m_outcome;
    QList<qint64> m_zTotals;
};
