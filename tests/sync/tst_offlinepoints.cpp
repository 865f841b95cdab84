#include "CheckoutService.h"
#include "CustomerCache.h"
#include "CustomerLookup.h"
#include "CustomerRepository.h"
#include "EnrolledTill.h"
#include "FaultProxy.h"
#include "OfflinePointsPolicy.h"
#include "OfflineRedemptions.h"
#include "OutboxQueue.h"
#include "ReturnService.h"
#include "StoredValuePayments.h"

using namespace omnitill;

namespace {
constexpr auto tShirt = "8809417101124"; // 19,900 won
} // namespace

// Points spent while the central store is out of reach, against a real central store on loopback behind a fault
// proxy that refuses every connection (the central store as good as stopped): the customer is identified from
// the signed app code, the balance is the one the till last pulled into its customer cache, and points pay
// within the manager's caps; after reconnect each offline redemption reaches the central store once, even
// delivered twice, and one the balance no longer covers is taken as far as it goes and shown to the manager.
class TestOfflinePoints : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EnrolledTill> m_till;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<CheckoutService> m_checkout;
    std::unique_ptr<ReturnService> m_returns;
    std::unique_ptr<StoredValueClient> m_storedValue;
    std::unique_ptr<StoredValuePayments> m_payments;
    std::unique_ptr<CustomerCache> m_cache;
    std::unique_ptr<CustomerLookup> m_lookup;
    central::Customer m_customer;

    central::ConnectionPool &pool() { return *m_till->central->database.pool; }
    qint64 centralScalar(const QString &sql) { return m_till->central->database.scalar(sql).toLongLong(); }
    qint64 centralPoints()
    {
        return centralScalar(
            QStringLiteral("SELECT SUM(points) FROM points_ledger WHERE customer_id = '%1'").arg(m_customer.id));
    }
    qint64 offlineWaiting() { return OfflineRedemptions(*m_till->store.database).waiting()->size(); }

    void allow(qint64 perSaleMinor, qint64 perDayMinor)
    {
        QVERIFY(m_till->settings.setValue(QString(OfflinePointsPolicy::maxPerSaleKey), QString::number(perSaleMinor)));
        QVERIFY(m_till->settings.setValue(QString(OfflinePointsPolicy::maxPerDayKey), QString::number(perDayMinor)));
    }

    Result<IdentifiedCustomer> identify(const QString &text)
    {
        return awaitResult<IdentifiedCustomer>([&](auto done) { m_lookup->identify(text, done); });
    }

    // A sale of two shirts (₩39,800) to the customer, identified offline from the app code on their phone.
    void sellTwoShirtsToTheAppCustomer()
    {
        const QString token = central::SigningKeyStore(pool())
                                  .customerToken(m_customer.id, m_customer.tier, QDateTime::currentDateTimeUtc())
                                  .value();
        const auto found = identify(token);
        QVERIFY2(found, found ? "" : qPrintable(found.error()));
        QVERIFY(!found->fromCentral);
        QVERIFY(m_checkout->scan(QString::fromLatin1(tShirt), 2));
        QVERIFY(m_checkout->attachCustomer(found->id, true));
    }

    Result<void> payPoints(qint64 amountMinor)
    {
        return awaitResult<void>([&](auto done) { m_payments->pay(TenderMethod::Points, {}, amountMinor, done); });
    }

    void payTheRestInCash()
    {
        QVERIFY(m_checkout->tender(TenderMethod::Cash, m_checkout->sale().totals().balanceMinor));
        QCOMPARE(m_checkout->sale().state(), SaleState::Completed);
    }

    static QString reasonOf(const Result<void> &result) { return result ? QString() : result.error(); }

private Q_SLOTS:
    void init()
    {
        m_till = std::make_unique<EnrolledTill>();
        m_customer = central::CustomerRepository(pool())
                         .create({QStringLiteral("박지민"), QStringLiteral("010-5555-1234"),
                                  QStringLiteral("800055551234"), QStringLiteral("gold")})
                         .value();
        QVERIFY(central::CustomerRepository(pool()).adjustPoints(m_customer.id, 5000, QStringLiteral("welcome")).ok());
        const auto enrolled = m_till->enroll();
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(enrolled.error()));
        m_proxy = std::make_unique<FaultProxy>(m_till->central->port);
        m_till->client.setBaseUrl(m_proxy->url());
        m_till->client.setTimeout(1500);
        StoreFixture &store = m_till->store;
        m_checkout = std::make_unique<CheckoutService>(*store.database, *store.catalog, *store.profile);
        m_returns = std::make_unique<ReturnService>(*store.database, *store.catalog, *store.profile);
        m_checkout->setReturns(m_returns.get());
        m_storedValue = std::make_unique<StoredValueClient>(m_till->client);
        m_payments = std::make_unique<StoredValuePayments>(*m_checkout, *m_returns, *m_storedValue, *store.database);
        m_cache = std::make_unique<CustomerCache>(*store.database);
        m_lookup = std::make_unique<CustomerLookup>(m_till->client, m_till->keys);
        m_lookup->setCache(m_cache.get(), 100);
        // Identified once while the central store answered: the till's customer list has the 5,000 points.
        const auto known = identify(m_customer.loyaltyNumber);
        QVERIFY2(known, known ? "" : qPrintable(known.error()));
        QCOMPARE(m_cache->byId(m_customer.id)->value().points, 5000);
        m_proxy->refuseConnections();
    }
    void cleanup()
    {
        m_lookup.reset();
        m_cache.reset();
        m_payments.reset();
        m_storedValue.reset();
        m_returns.reset();
        m_checkout.reset();
        m_proxy.reset();
        m_till.reset();
    }

    void offlineWithinTheCaps_pointsPay_flagged_thenReachTheCentralStoreOnce_evenDeliveredTwice()
    {
        allow(5000, 8000);
        sellTwoShirtsToTheAppCustomer();
        const auto paid = payPoints(3000);
        QVERIFY2(paid, qPrintable(reasonOf(paid)));
        QCOMPARE(m_checkout->sale().tenders().size(), 1);
        QVERIFY(m_checkout->sale().tenders().first().offline);
        // A second payment by points on the same sale would pass the cap per sale: refused, nothing taken.
        const auto beyondTheSale = payPoints(2500);
        QVERIFY(!beyondTheSale);
        QVERIFY2(beyondTheSale.error().contains(QStringLiteral("₩5,000")) &&
                     beyondTheSale.error().contains(QStringLiteral("the customer keeps the points")),
                 qPrintable(beyondTheSale.error()));
        QCOMPARE(m_checkout->sale().tenders().size(), 1);
        payTheRestInCash();
        const QJsonObject tender =
            m_checkout->lastCompleted()->record.value(QLatin1String("tenders")).toArray().first().toObject();
        QCOMPARE(tender.value(QLatin1String("method")).toString(), QStringLiteral("points"));
        QVERIFY(tender.value(QLatin1String("offline")).toBool());

        QCOMPARE(offlineWaiting(), 1);
        m_payments->sendOffline(); // still cut off: it waits
        QTest::qWait(300);
        QCOMPARE(offlineWaiting(), 1);
        QCOMPARE(centralPoints(), 5000); // the central store has not heard of it yet

        m_proxy->restore();
        const int faults = m_proxy->faultsInjected();
        m_proxy->inject(FaultProxy::Fault::DeliverTwice);
        m_payments->sendOffline();
        QTRY_COMPARE_WITH_TIMEOUT(offlineWaiting(), 0, 10000);
        QCOMPARE(m_proxy->faultsInjected(), faults + 1); // the redemption reached the central store twice
        QCOMPARE(centralPoints(), 2000);
        m_payments->sendOffline(); // nothing left: nothing spent twice
        QTest::qWait(300);
        QCOMPARE(centralPoints(), 2000);
        QCOMPARE(centralScalar(QStringLiteral("SELECT COUNT(*) FROM points_ledger WHERE kind = 'redeem'")), 1);
        QCOMPARE(OutboxQueue(*m_till->store.database).backlog({})->quarantined, 0);
    }

    void offline_theDayCapAndTheCachedBalance_limitWhatPointsPay()
    {
        allow(10000, 6000);
        sellTwoShirtsToTheAppCustomer();
        QVERIFY(payPoints(4000));
        payTheRestInCash();
        sellTwoShirtsToTheAppCustomer();
        const auto beyondTheDay = payPoints(3000);
        QVERIFY(!beyondTheDay);
        QVERIFY2(beyondTheDay.error().contains(QStringLiteral("₩6,000")) &&
                     beyondTheDay.error().contains(QStringLiteral("₩4,000 so far")),
                 qPrintable(beyondTheDay.error()));
        // Within a larger day cap, the balance decides: 5,000 pulled, 4,000 of them spent here offline already.
        allow(10000, 50000);
        const auto beyondTheBalance = payPoints(1500);
        QVERIFY(!beyondTheBalance);
        QVERIFY2(beyondTheBalance.error().contains(QStringLiteral("1,000 are left")),
                 qPrintable(beyondTheBalance.error()));
        QVERIFY(payPoints(1000));
        QVERIFY(m_checkout->sale().tenders().first().offline);
        QCOMPARE(offlineWaiting(), 2);
    }

    void offline_withoutCaps_orWithoutACachedBalance_isRefused_inWords_andNothingIsTaken()
    {
        sellTwoShirtsToTheAppCustomer();
        const auto noCaps = payPoints(1000);
        QVERIFY(!noCaps);
        QVERIFY2(noCaps.error().contains(QStringLiteral("takes no points offline")) &&
                     noCaps.error().contains(QStringLiteral("Pay this part another way")),
                 qPrintable(noCaps.error()));
        allow(5000, 5000);
        QVERIFY(m_checkout->attachCustomer(QStringLiteral("C-NOT-CACHED"), true));
        const auto unknown = payPoints(1000);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("customer list")), qPrintable(unknown.error()));
        QVERIFY(m_checkout->sale().tenders().isEmpty());
        QCOMPARE(offlineWaiting(), 0);
    }

    void balanceSpentElsewhereMeanwhile_isTakenAsFarAsItGoes_andTheShortfallIsShownToTheManager()
    {
        allow(5000, 5000);
        sellTwoShirtsToTheAppCustomer();
        QVERIFY(payPoints(4000));
        payTheRestInCash();
        // Meanwhile the customer spent 3,000 of the points at another store that could reach the central store.
        QVERIFY(central::CustomerRepository(pool())
                    .redeemPoints(m_customer.id, 3000, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  QStringLiteral("KR02-T1"))
                    .ok());

        m_proxy->restore();
        m_payments->sendOffline();
        QTRY_COMPARE_WITH_TIMEOUT(offlineWaiting(), 0, 10000);
        QCOMPARE(centralPoints(), 0); // never below zero
        QCOMPARE(centralScalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'points.short'")), 1);
        OutboxQueue outbox(*m_till->store.database);
        const auto quarantined = outbox.quarantined().value();
        QCOMPARE(quarantined.size(), 1);
        QCOMPARE(quarantined.first().status, QStringLiteral("conflict"));
        QVERIFY2(quarantined.first().reason.contains(QStringLiteral("lacked 2,000 of the 4,000 points")) &&
                     quarantined.first().reason.contains(QStringLiteral("₩2,000 not covered")),
                 qPrintable(quarantined.first().reason));

        // The manager sends it again: the central store answers as the first time and takes nothing more.
        QVERIFY(outbox.release(quarantined.first().record.id, QStringLiteral("S-MANAGER"),
                               QDateTime::currentDateTimeUtc()));
        QCOMPARE(offlineWaiting(), 1);
        m_payments->sendOffline();
        QTRY_COMPARE_WITH_TIMEOUT(offlineWaiting(), 0, 10000);
        QCOMPARE(centralPoints(), 0);
        QCOMPARE(centralScalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'points.short'")), 1);
        QCOMPARE(outbox.quarantined()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOfflinePoints)
#include "tst_offlinepoints.moc"
