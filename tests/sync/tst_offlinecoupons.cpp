#include "CentralAccount.h"
#include "CentralClient.h"
#include "CheckoutService.h"
#include "CouponDoubleUses.h"
#include "CouponReconciliation.h"
#include "CouponRedemptions.h"
#include "CouponService.h"
#include "CustomerLookup.h"
#include "CustomerRepository.h"
#include "FaultProxy.h"
#include "OfflineCouponPolicy.h"
#include "OutboxDrain.h"
#include "RandomCode.h"
#include "ReceiptText.h"
#include "SigningKeyStore.h"
#include "SigningKeys.h"
#include "StoreSettings.h"
#include "central/CentralHarness.h"
#include "services/StoreFixture.h"

#include <QSignalSpy>

using namespace omnitill;

namespace {
constexpr auto tShirt = "8809417101124"; // 19,900 won

// One till of a store: its own store file, enrolled at the shared central store, reaching it through its own
// FaultProxy (so a test cuts this till off alone), with its keys, checkout, coupons and outbox drain.
struct Till
{
    Till(CentralHarness &central, const QString &storeId, const QString &terminalId)
        : proxy(central.port)
    {
        store.profile->storeId = storeId;
        store.profile->terminalId = terminalId;
        CentralAccount account(settings, client);
        const QString code = central::TerminalRegistry(*central.database.pool).createEnrollmentCode(storeId).value();
        std::optional<Result<void>> enrolled;
        account.enroll(central.base(), code, terminalId, [&](Result<void> r) { enrolled = r; });
        if (!QTest::qWaitFor([&] { return enrolled.has_value(); }, 10000) || !enrolled->ok())
            qFatal("enrollment failed");
        std::optional<Result<int>> refreshed;
        keys.refresh([&](Result<int> r) { refreshed = r; });
        if (!QTest::qWaitFor([&] { return refreshed.has_value(); }, 10000) || !refreshed->ok())
            qFatal("no signing keys");
        client.setBaseUrl(proxy.url());
        client.setTimeout(1500);
        checkout = std::make_unique<CheckoutService>(*store.database, *store.catalog, *store.profile);
        coupons = std::make_unique<CouponService>(*checkout, client, keys, *store.database);
        drain.setBackoff(RetryBackoff(50, 400));
        allowOffline(5, 50000);
    }
    void allowOffline(qint64 count, qint64 valueMinor)
    {
        if (!settings.setValue(QString(OfflineCouponPolicy::maxCountKey), QString::number(count)) ||
            !settings.setValue(QString(OfflineCouponPolicy::maxValueKey), QString::number(valueMinor)))
            qFatal("settings not saved");
    }
    void scan()
    {
        if (!checkout->scan(QString::fromLatin1(tShirt)))
            qFatal("scan failed");
    }
    Result<void> apply(const QString &token)
    {
        std::optional<Result<void>> outcome;
        coupons->apply(token, [&](Result<void> r) { outcome = std::move(r); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Error{QStringLiteral("no answer")};
        return *outcome;
    }
    // Sells a T-shirt with the coupon; the sale's receipt number, or 0 when the coupon was refused (the sale
    // is then voided).
    qint64 sellWith(const QString &token, QString *refusal = nullptr)
    {
        scan();
        const auto applied = apply(token);
        if (!applied) {
            if (refusal)
                *refusal = applied.error();
            if (!checkout->voidSale(QStringLiteral("test")))
                qFatal("void failed");
            return 0;
        }
        if (!checkout->tender(TenderMethod::Cash, checkout->sale().totals().totalDueMinor))
            qFatal("tender failed");
        return checkout->lastCompleted()->sequence;
    }
    bool drained()
    {
        drain.drain();
        return QTest::qWaitFor([&] { return !drain.sending() && drain.backlog()->sendable == 0; }, 20000);
    }
    qint64 offlineReportsWaiting() const
    {
        return OutboxQueue(*store.database).waiting({QString(CouponRedemptions::offlineKind)}, 1000)->size();
    }

    FaultProxy proxy;
    StoreFixture store;
    StoreSettings settings{*store.database};
    CentralClient client;
    SigningKeys keys{settings, client};
    std::unique_ptr<CheckoutService> checkout; // made once the profile names this till's store
    std::unique_ptr<CouponService> coupons;
    OutboxDrain drain{*store.database, client};
};
} // namespace

// Coupons while the central store is out of reach, against a real central store on loopback with a fault proxy
// per till: a signed coupon is taken within the manager's offline allowance (count and value per day), never
// twice on one till; each refusal says why and what to do instead; the offline uses drain with the sales and
// are reconciled at the central store, where one coupon used offline at two stores is a double use listed with
// both receipts, which the till fetches for the manager.
class TestOfflineCoupons : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_central;
    std::unique_ptr<Till> m_seoul;

    QString tokenFor(qint64 percent, qint64 validSeconds = 3600)
    {
        CouponRule rule;
        rule.kind = CouponRule::Kind::Percent;
        rule.value = percent;
        rule.currency = QStringLiteral("KRW");
        const QString code = m_central->issueCoupon(rule, {}, validSeconds);
        const auto coupon = central::CouponLedger(*m_central->database.pool).find(code).value();
        return central::SigningKeyStore(*m_central->database.pool).couponToken(coupon).value();
    }
    QString codeOf(const QString &token) const
    {
        return m_seoul->keys.verifier().verifyCoupon(token, QDateTime::currentDateTimeUtc())->code;
    }
    central::Coupon centralCoupon(const QString &token) const
    {
        return central::CouponLedger(*m_central->database.pool).find(codeOf(token)).value();
    }
    static QString reasonOf(const Result<void> &result) { return result ? QString() : result.error(); }

private Q_SLOTS:
    void init()
    {
        m_central = std::make_unique<CentralHarness>();
        QVERIFY(central::SigningKeyStore(*m_central->database.pool).rotate().ok());
        m_seoul = std::make_unique<Till>(*m_central, QStringLiteral("KR-SEOUL-01"), QStringLiteral("KR01-T1"));
    }
    void cleanup()
    {
        m_seoul.reset();
        m_central.reset();
    }

    void offline_aSignedCouponIsTaken_thenReconciledAfterReconnect()
    {
        const QString coupon = tokenFor(10);
        m_seoul->proxy.refuseConnections();
        m_seoul->scan();
        const auto applied = m_seoul->apply(coupon);
        QVERIFY2(applied, qPrintable(reasonOf(applied)));
        QVERIFY(CouponRedemptions::acceptedOffline(m_seoul->checkout->sale().coupons().first()));
        QCOMPARE(m_seoul->checkout->sale().totals().couponMinor, 1990);
        QVERIFY(m_seoul->checkout->tender(TenderMethod::Cash, 17910));
        QCOMPARE(m_seoul->offlineReportsWaiting(), 1);
        QCOMPARE(centralCoupon(coupon).state, QStringLiteral("issued")); // nobody there heard of it yet

        m_seoul->proxy.restore();
        QVERIFY(m_seoul->drained());
        QCOMPARE(m_seoul->offlineReportsWaiting(), 0);
        const central::Coupon redeemed = centralCoupon(coupon);
        QCOMPARE(redeemed.state, QStringLiteral("redeemed"));
        QCOMPARE(redeemed.redeemedSaleId, m_seoul->checkout->sale().id().toString(QUuid::WithoutBraces));
        const auto listed = central::CouponReconciliation(*m_central->database.pool).list(false).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().outcome, QStringLiteral("accepted"));
        QCOMPARE(listed.first().reported.receipt, 1); // the sale went first, so its receipt number is known
        QCOMPARE(OutboxQueue(*m_seoul->store.database).backlog({})->quarantined, 0);
    }

    void offline_theSameCouponTwiceOnOneTill_isRefused_inWords()
    {
        const QString coupon = tokenFor(10);
        m_seoul->proxy.refuseConnections();
        QVERIFY(m_seoul->sellWith(coupon) > 0);
        QString refusal;
        QCOMPARE(m_seoul->sellWith(coupon, &refusal), 0);
        QVERIFY2(refusal.contains(QStringLiteral("already taken this coupon")), qPrintable(refusal));
        QCOMPARE(m_seoul->offlineReportsWaiting(), 1);
    }

    void offline_countAndValueCaps_andNoAllowance_areRefused_inWords()
    {
        m_seoul->proxy.refuseConnections();
        m_seoul->allowOffline(2, 3000);               // two coupons, ₩3,000 of savings a day
        QVERIFY(m_seoul->sellWith(tokenFor(10)) > 0); // saves ₩1,990
        QString refusal;
        QCOMPARE(m_seoul->sellWith(tokenFor(10), &refusal), 0);
        QVERIFY2(refusal.contains(QStringLiteral("saves ₩1,990")) && refusal.contains(QStringLiteral("only ₩1,010")) &&
                     refusal.contains(QStringLiteral("(₩3,000)")) && refusal.contains(QStringLiteral("Sell without")),
                 qPrintable(refusal));
        QVERIFY(m_seoul->sellWith(tokenFor(5)) > 0); // ₩995 fits
        QCOMPARE(m_seoul->sellWith(tokenFor(1), &refusal), 0);
        QVERIFY2(refusal.contains(QStringLiteral("allowance of 2 coupon")), qPrintable(refusal));

        // The next store-local day starts a new allowance.
        m_seoul->coupons->setClock([] { return QDateTime::currentDateTimeUtc().addDays(1); });
        m_seoul->checkout->setClock([] { return QDateTime::currentDateTimeUtc().addDays(1); });
        QVERIFY(m_seoul->sellWith(tokenFor(1, 3 * 86400)) > 0);

        m_seoul->allowOffline(0, 0);
        QCOMPARE(m_seoul->sellWith(tokenFor(10, 3 * 86400), &refusal), 0);
        QVERIFY2(refusal.contains(QStringLiteral("takes no coupons offline")), qPrintable(refusal));
        QCOMPARE(m_seoul->offlineReportsWaiting(), 3);
    }

    void online_theCouponIsReservedAsBefore_notTakenOffline()
    {
        const QString coupon = tokenFor(10);
        m_seoul->scan();
        QVERIFY(m_seoul->apply(coupon));
        QVERIFY(!CouponRedemptions::acceptedOffline(m_seoul->checkout->sale().coupons().first()));
        QCOMPARE(centralCoupon(coupon).state, QStringLiteral("reserved"));
    }

    void sameCouponOfflineAtTwoStores_isADoubleUse_listedWithBothReceipts()
    {
        Till busan(*m_central, QStringLiteral("KR-BUSAN-02"), QStringLiteral("KR02-T1"));
        const QString coupon = tokenFor(10);
        m_seoul->proxy.refuseConnections();
        busan.proxy.refuseConnections();
        QVERIFY(m_seoul->sellWith(tokenFor(5)) > 0); // another sale first: receipt numbers differ
        const qint64 seoulReceipt = m_seoul->sellWith(coupon);
        const qint64 busanReceipt = busan.sellWith(coupon);
        QCOMPARE(seoulReceipt, 2);
        QCOMPARE(busanReceipt, 1);

        m_seoul->proxy.restore();
        QVERIFY(m_seoul->drained());
        busan.proxy.restore();
        QVERIFY(busan.drained());
        // Both tills' records were taken: the second use is stored and flagged, not refused.
        QCOMPARE(OutboxQueue(*busan.store.database).backlog({})->quarantined, 0);
        QCOMPARE(busan.offlineReportsWaiting(), 0);

        CouponDoubleUses doubleUses(busan.client);
        std::optional<Result<QList<CouponDoubleUse>>> fetched;
        doubleUses.fetch(QStringLiteral("KR-BUSAN-02"), [&](auto r) { fetched = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 10000);
        QVERIFY2(fetched->ok(), qPrintable(fetched->ok() ? QString() : fetched->error()));
        QCOMPARE(fetched->value().size(), 1);
        const CouponDoubleUse found = fetched->value().first();
        QCOMPARE(central::normalizedCode(found.coupon), codeOf(coupon));
        QCOMPARE(found.first.storeId, QStringLiteral("KR-SEOUL-01"));
        QCOMPARE(found.first.receipt, seoulReceipt);
        QCOMPARE(found.first.terminalName, QStringLiteral("KR01-T1"));
        QCOMPARE(found.first.saleId, centralCoupon(coupon).redeemedSaleId);
        QCOMPARE(found.reported.storeId, QStringLiteral("KR-BUSAN-02"));
        QCOMPARE(found.reported.receipt, busanReceipt);
        QCOMPARE(found.reported.saleId, busan.checkout->sale().id().toString(QUuid::WithoutBraces));
        QVERIFY(found.first.at.isValid() && found.reported.at.isValid());
        const QString said = CouponDoubleUses::describe(found, QLocale(QStringLiteral("en_US")));
        QVERIFY2(said.contains(QStringLiteral("receipt 000001 at KR02-T1 (KR-BUSAN-02)")) &&
                     said.contains(QStringLiteral("first used on receipt 000002 at KR01-T1 (KR-SEOUL-01)")),
                 qPrintable(said));

        // Seoul's manager sees it too (their till made the first use); the list only has double uses.
        std::optional<Result<QList<CouponDoubleUse>>> seoulList;
        CouponDoubleUses(m_seoul->client).fetch(QStringLiteral("KR-SEOUL-01"), [&](auto r) {
            seoulList = std::move(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(seoulList.has_value(), 10000);
        QCOMPARE(seoulList->value().size(), 1);
        std::optional<Result<QList<CouponDoubleUse>>> elsewhere;
        CouponDoubleUses(m_seoul->client).fetch(QStringLiteral("KR-DAEGU-03"), [&](auto r) {
            elsewhere = std::move(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.has_value(), 10000);
        QCOMPARE(elsewhere->value().size(), 0);
    }

    void doubleUses_cannotBeFetchedOffline_andSaySo()
    {
        m_seoul->proxy.refuseConnections();
        std::optional<Result<QList<CouponDoubleUse>>> fetched;
        CouponDoubleUses(m_seoul->client).fetch({}, [&](auto r) { fetched = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 10000);
        QVERIFY(!fetched->ok());
        QVERIFY2(fetched->error().contains(QStringLiteral("try again when the till is back online")),
                 qPrintable(fetched->error()));
    }

    void offline_pointsEarned_areDeferred_onTheReceipt_andCreditedAfterReconnect()
    {
        const central::Customer customer = central::CustomerRepository(*m_central->database.pool)
                                               .create({QStringLiteral("박지민"), QStringLiteral("010-5555-1234"),
                                                        QStringLiteral("800055551234"), QStringLiteral("gold")})
                                               .value();
        const auto centralPoints = [&] {
            QSqlQuery sum(m_central->database.pool->connection().value());
            sum.exec(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE customer_id = '%1'")
                         .arg(customer.id));
            return sum.next() ? sum.value(0).toLongLong() : -1;
        };
        m_seoul->proxy.refuseConnections();
        // Known from the signed app code alone, verified on the till.
        CustomerLookup lookup(m_seoul->client, m_seoul->keys);
        std::optional<Result<IdentifiedCustomer>> found;
        lookup.identify(central::SigningKeyStore(*m_central->database.pool)
                            .customerToken(customer.id, customer.tier, QDateTime::currentDateTimeUtc())
                            .value(),
                        [&](Result<IdentifiedCustomer> r) { found = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
        QVERIFY(found->ok() && !found->value().fromCentral);
        QVERIFY(m_seoul->checkout->attachCustomer(customer.id, true));
        m_seoul->scan();
        const qint64 total = m_seoul->checkout->sale().totals().totalDueMinor;
        QVERIFY(m_seoul->checkout->tender(TenderMethod::Cash, total));
        const QString receipt =
            ReceiptText::render(m_seoul->checkout->sale(), m_seoul->checkout->lastCompleted()->sequence, 80);
        QVERIFY2(receipt.contains(QStringLiteral("credited when the sale reaches the central store")),
                 qPrintable(receipt));
        QCOMPARE(centralPoints(), 0);

        m_seoul->proxy.restore();
        QVERIFY(m_seoul->drained());
        QCOMPARE(centralPoints(), loyalty::pointsFor(total));
    }

    void reservedRedemptionRefusedForGood_isQuarantined_andTheNextStillGoes()
    {
        // Two sales with reserved coupons; the first coupon is withdrawn at the central store before its
        // redemption is heard (its row then has no coupon to redeem).
        const QString first = tokenFor(10);
        const QString second = tokenFor(5);
        m_seoul->scan();
        QVERIFY(m_seoul->apply(first));
        m_seoul->proxy.refuseConnections();
        QSignalSpy sent(m_seoul->coupons.get(), &CouponService::redemptionsSent);
        QVERIFY(m_seoul->checkout->tender(TenderMethod::Cash, 17910));
        QVERIFY(sent.wait(10000)); // not heard: it waits
        QCOMPARE(sent.takeFirst().first().toInt(), 1);
        m_seoul->proxy.restore();
        m_seoul->scan();
        QVERIFY(m_seoul->apply(second));
        QSqlQuery withdraw(m_central->database.pool->connection().value());
        QVERIFY(withdraw.exec(QStringLiteral("UPDATE coupons SET code = 'WITHDRAWN' WHERE code = '%1'")
                                  .arg(central::normalizedCode(codeOf(first)))));
        QVERIFY(m_seoul->checkout->tender(TenderMethod::Cash, 18905));
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() && sent.last().first().toInt() == 0, 10000);
        QCOMPARE(centralCoupon(second).state, QStringLiteral("redeemed"));
        const auto quarantined = OutboxQueue(*m_seoul->store.database).quarantined().value();
        QCOMPARE(quarantined.size(), 1);
        QVERIFY2(quarantined.first().reason.contains(codeOf(first)), qPrintable(quarantined.first().reason));
        QCOMPARE(CouponRedemptions(*m_seoul->store.database).pending()->size(), 0);
    }
};

QTEST_MAIN(TestOfflineCoupons)
#include "tst_offlinecoupons.moc"
