#pragma once

#include "CentralClient.h"
#include "CheckoutService.h"
#include "Connectivity.h"
#include "FaultProxy.h"
#include "OutboxDrain.h"
#include "OutboxQueue.h"
#include "ReturnService.h"
#include "central/CentralHarness.h"
#include "services/StoreFixture.h"

#include <QSqlQuery>

// A till (real store file, real checkout) whose outbox drains through a FaultProxy to a real central store
// on loopback, enrolled as a terminal of the till's store. The backoff starts small so a test that makes the
// till fail a few times still ends in seconds.
struct SyncFixture
{
    static constexpr auto tShirt = "8809417101124"; // 19,900 won
    static constexpr qint64 retryBaseMs = 50;

    SyncFixture()
        : credential(central.enroll())
        , proxy(central.port)
        , checkout(*store.database, *store.catalog, *store.profile)
        , returns(*store.database, *store.catalog, *store.profile)
        , drain(*store.database, client)
        , connectivity(client, drain)
    {
        client.setBaseUrl(proxy.url());
        client.setCredential(credential);
        client.setTimeout(2000);
        drain.setBackoff(omnitill::RetryBackoff(retryBaseMs, 400));
        // As TillAssembly does: a finished sale counts as waiting at once.
        QObject::connect(&checkout, &omnitill::CheckoutService::saleCompleted, &connectivity,
                         &omnitill::Connectivity::refresh);
    }

    // Sells one T-shirt for cash; answers the sale's id.
    QString sell()
    {
        if (!checkout.scan(QString::fromLatin1(tShirt)) || !checkout.tender(omnitill::TenderMethod::Cash, 20000))
            qFatal("the sale did not complete");
        return omnitill::SaleJournal(*store.database)
            .entry(omnitill::SaleJournal(*store.database).lastSequence())
            ->saleId;
    }

    QStringList sell(int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(sell());
        return ids;
    }

    // Starts the drain and waits until nothing sendable waits; false when the time is up first.
    bool drained(int timeoutMs = 20000)
    {
        drain.drain();
        return QTest::qWaitFor([&] { return !drain.sending() && drain.backlog()->sendable == 0; }, timeoutMs);
    }

    qint64 centralCount(const QString &sql) const
    {
        QSqlQuery query(central.database.pool->connection().value());
        if (!query.exec(sql) || !query.next())
            qFatal("central query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }
    qint64 centralSales() const { return centralCount(QStringLiteral("SELECT COUNT(*) FROM sales")); }
    qint64 centralReturns() const { return centralCount(QStringLiteral("SELECT COUNT(*) FROM till_returns")); }

    // The receipt numbers in the order the central store took them in.
    QList<qint64> centralSequences() const
    {
        QSqlQuery query(central.database.pool->connection().value());
        query.exec(QStringLiteral("SELECT sequence FROM sales ORDER BY rowid"));
        QList<qint64> sequences;
        while (query.next())
            sequences.append(query.value(0).toLongLong());
        return sequences;
    }

    CentralHarness central;
    QString credential; // this till's, at the central store
    FaultProxy proxy;
    StoreFixture store;
    omnitill::CentralClient client;
    omnitill::CheckoutService checkout;
    omnitill::ReturnService returns;
    omnitill::OutboxDrain drain;
    omnitill::Connectivity connectivity;
};
