#include "CentralAccount.h"
#include "CentralClient.h"
#include "CheckoutService.h"
#include "CouponRedemptions.h"
#include "CouponService.h"
#include "CouponsViewModel.h"
#include "CustomerLookup.h"
#include "CustomerRepository.h"
#include "CustomerViewModel.h"
#include "JournalReceipt.h"
#include "ReceiptText.h"
#include "SigningKeyStore.h"
#include "SigningKeys.h"
#include "StoreSettings.h"
#include "central/CentralHarness.h"
#include "services/StoreFixture.h"

#include <QSignalSpy>

using namespace omnitill;

namespace {
constexpr auto tShirt = "8809417101124";   // 19,900 won
constexpr auto lunchBox = "2000101045007"; // 4,500 won, price in the code

// One till: its own store database, enrolled at the central store, with its keys, checkout and coupons.
struct Till
{
    Till(const QUrl &central, const QString &enrollmentCode)
    {
        settings = std::make_unique<StoreSettings>(*store.database);
        keys = std::make_unique<SigningKeys>(*settings, client);
        CentralAccount account(*settings, client);
        std::optional<Result<void>> enrolled;
        account.enroll(central, enrollmentCode, QStringLiteral("Till"), [&](Result<void> r) { enrolled = r; });
        if (!QTest::qWaitFor([&] { return enrolled.has_value(); }, 10000) || !enrolled->ok())
            qFatal("enrollment failed");
        std::optional<Result<int>> refreshed;
        keys->refresh([&](Result<int> r) { refreshed = r; });
        if (!QTest::qWaitFor([&] { return refreshed.has_value(); }, 10000) || !refreshed->ok())
            qFatal("no signing keys");
        open();
    }
    // The till's programs, started (again) over the same database: what a restart does.
    void open()
    {
        coupons.reset();
        checkout = std::make_unique<CheckoutService>(*store.database, *store.catalog, *store.profile);
        coupons = std::make_unique<CouponService>(*checkout, client, *keys, *store.database);
    }
    void scan(const char *item = tShirt)
    {
        if (!checkout->scan(QString::fromLatin1(item)))
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
    qint64 owedRedemptions() const { return CouponRedemptions(*store.database).pending()->size(); }

    StoreFixture store;
    std::unique_ptr<StoreSettings> settings;
    CentralClient client;
    std::unique_ptr<SigningKeys> keys;
    std::unique_ptr<CheckoutService> checkout;
    std::unique_ptr<CouponService> coupons;
};
} // namespace

// Coupons issued online, redeemed at a till over HTTP against a real central store on loopback: the saving on
// the receipt and the redemption at the central store, each refusal in words, two tills racing for one
// coupon, voids and removal giving it back, a restart keeping it, and a redemption the central store could
// not hear at completion sent later.
class TestCouponService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_central;
    std::unique_ptr<Till> m_till;

    QString enrollmentCode()
    {
        return central::TerminalRegistry(*m_central->database.pool)
            .createEnrollmentCode(QStringLiteral("KR-SEOUL-01"))
            .value();
    }
    static CouponRule percent(qint64 value, qint64 minimumSpend = 0)
    {
        CouponRule rule;
        rule.kind = CouponRule::Kind::Percent;
        rule.value = value;
        rule.currency = QStringLiteral("KRW");
        rule.minimumSpendMinor = minimumSpend;
        return rule;
    }
    QString token(const QString &code)
    {
        const auto coupon = central::CouponLedger(*m_central->database.pool).find(code).value();
        return central::SigningKeyStore(*m_central->database.pool).couponToken(coupon).value();
    }
    QString tokenFor(const CouponRule &rule, const QString &customer = {}, qint64 validSeconds = 3600)
    {
        return token(m_central->issueCoupon(rule, customer, validSeconds));
    }
    QString centralState(const QString &code)
    {
        return central::CouponLedger(*m_central->database.pool).find(code)->state;
    }
    QString codeOf(const QString &couponToken)
    {
        return m_till->keys->verifier().verifyCoupon(couponToken, QDateTime::currentDateTimeUtc())->code;
    }
    static QString reasonOf(const Result<void> &result) { return result ? QString() : result.error(); }

private Q_SLOTS:
    void init()
    {
        m_central = std::make_unique<CentralHarness>();
        QVERIFY(central::SigningKeyStore(*m_central->database.pool).rotate().ok());
        m_till = std::make_unique<Till>(m_central->base(), enrollmentCode());
    }
    void cleanup()
    {
        m_till.reset();
        m_central.reset();
    }

    void coupon_savesOnTheReceipt_andIsRedeemedAtTheCentralStore()
    {
        const QString coupon = tokenFor(percent(10));
        m_till->scan();
        const auto applied = m_till->apply(coupon);
        QVERIFY2(applied, qPrintable(reasonOf(applied)));
        QCOMPARE(centralState(codeOf(coupon)), QStringLiteral("reserved"));
        const Sale &sale = m_till->checkout->sale();
        QCOMPARE(sale.totals().couponMinor, 1990);
        QCOMPARE(sale.totals().totalDueMinor, 17910);

        QSignalSpy sent(m_till->coupons.get(), &CouponService::redemptionsSent);
        QVERIFY(m_till->checkout->tender(TenderMethod::Cash, 20000));
        QCOMPARE(m_till->checkout->sale().state(), SaleState::Completed);
        const QString receipt = ReceiptText::render(m_till->checkout->sale(), 1);
        QVERIFY2(receipt.contains(codeOf(coupon)) && receipt.contains(QStringLiteral("-₩1,990")), qPrintable(receipt));
        // A reprint from the journal shows it the same.
        const auto reprint = JournalReceipt::fromEntry(*m_till->checkout->lastCompleted(), *m_till->store.profile);
        QVERIFY(reprint);
        QCOMPARE(reprint->coupons.size(), 1);
        QCOMPARE(reprint->coupons.first().amountMinor, 1990);

        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().first().toInt(), 0);
        const auto redeemed = central::CouponLedger(*m_central->database.pool).find(codeOf(coupon)).value();
        QCOMPARE(redeemed.state, QStringLiteral("redeemed"));
        QCOMPARE(redeemed.redeemedSaleId, m_till->checkout->sale().id().toString(QUuid::WithoutBraces));
        QCOMPARE(m_till->owedRedemptions(), 0);
    }

    void refusals_sayWhyInWords()
    {
        m_till->scan(tShirt);
        m_till->scan(lunchBox);
        const QString minimum = tokenFor(percent(10, 30000));
        const QString shortfall = reasonOf(m_till->apply(minimum));
        QVERIFY2(shortfall.contains(QStringLiteral("30,000")) && shortfall.contains(QStringLiteral("5,600 more")),
                 qPrintable(shortfall));
        QCOMPARE(centralState(codeOf(minimum)), QStringLiteral("issued")); // checked before it is reserved

        CouponRule shoes = percent(20);
        shoes.scope.skus = {QStringLiteral("NO-SUCH-SHOE")};
        QVERIFY(reasonOf(m_till->apply(tokenFor(shoes))).contains(QStringLiteral("Nothing in the basket")));

        const QString expired = reasonOf(m_till->apply(tokenFor(percent(10), {}, -30)));
        QVERIFY2(expired.contains(QStringLiteral("expired")), qPrintable(expired));

        QString forged = tokenFor(percent(90));
        forged[forged.size() - 3] = forged[forged.size() - 3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!m_till->apply(forged));

        const QString usedElsewhere = tokenFor(percent(10));
        QVERIFY(central::CouponLedger(*m_central->database.pool)
                    .redeem(codeOf(usedElsewhere), QStringLiteral("busan-till"),
                            QUuid::createUuid().toString(QUuid::WithoutBraces), {}, {})
                    .ok());
        const QString used = reasonOf(m_till->apply(usedElsewhere));
        QVERIFY2(used.contains(QStringLiteral("another store")), qPrintable(used));

        CouponRule welcome = percent(10);
        welcome.stackingGroup = QStringLiteral("welcome");
        QVERIFY(m_till->apply(tokenFor(welcome)));
        const QString second = tokenFor(welcome);
        QVERIFY(reasonOf(m_till->apply(second)).contains(QStringLiteral("welcome")));
        QCOMPARE(centralState(codeOf(second)), QStringLiteral("issued"));
        QCOMPARE(m_till->checkout->sale().coupons().size(), 1);
    }

    void centralStoreOutOfReach_refusesTheCoupon_inWords()
    {
        const QString coupon = tokenFor(percent(10));
        m_till->scan();
        const QUrl central = m_till->client.baseUrl();
        m_till->client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        const QString refused = reasonOf(m_till->apply(coupon));
        // This store has set no offline allowance (OfflineCouponPolicy; tst_offlinecoupons covers one).
        QVERIFY2(refused.contains(QStringLiteral("takes no coupons offline")), qPrintable(refused));
        QVERIFY(m_till->checkout->sale().coupons().isEmpty());
        m_till->client.setBaseUrl(central);
    }

    void twoTills_raceForOneCoupon_exactlyOneWins()
    {
        Till other(m_central->base(), enrollmentCode());
        const QString coupon = tokenFor(percent(10));
        m_till->scan();
        other.scan();
        std::optional<Result<void>> first, second;
        m_till->coupons->apply(coupon, [&](Result<void> r) { first = std::move(r); });
        other.coupons->apply(coupon, [&](Result<void> r) { second = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 10000);
        QCOMPARE(int(first->ok()) + int(second->ok()), 1);
        const QString loser = first->ok() ? second->error() : first->error();
        QVERIFY2(loser.contains(QStringLiteral("Another till")), qPrintable(loser));
        QCOMPARE(m_till->checkout->sale().coupons().size() + other.checkout->sale().coupons().size(), 1);
    }

    void voidAndRemoval_giveTheCouponBack()
    {
        const QString coupon = tokenFor(percent(10));
        const QString code = codeOf(coupon);
        m_till->scan();
        QVERIFY(m_till->apply(coupon));
        QVERIFY(m_till->coupons->remove(code));
        QCOMPARE(m_till->checkout->sale().totals().couponMinor, 0);
        QTRY_COMPARE_WITH_TIMEOUT(centralState(code), QStringLiteral("issued"), 10000);

        QVERIFY(m_till->apply(coupon));
        QCOMPARE(centralState(code), QStringLiteral("reserved"));
        QVERIFY(m_till->checkout->voidSale(QStringLiteral("customer left")));
        QTRY_COMPARE_WITH_TIMEOUT(centralState(code), QStringLiteral("issued"), 10000);
        QCOMPARE(m_till->owedRedemptions(), 0);
    }

    void restart_keepsTheCouponAndItsSaving()
    {
        const QString coupon = tokenFor(percent(10));
        m_till->scan();
        QVERIFY(m_till->apply(coupon));
        m_till->open();
        QCOMPARE(m_till->checkout->restore().value(), 1);
        QCOMPARE(m_till->checkout->sale().coupons().size(), 1);
        QCOMPARE(m_till->checkout->sale().totals().couponMinor, 1990);
        QSignalSpy sent(m_till->coupons.get(), &CouponService::redemptionsSent);
        QVERIFY(m_till->checkout->tender(TenderMethod::Cash, 17910));
        QVERIFY(sent.wait(10000));
        QCOMPARE(centralState(codeOf(coupon)), QStringLiteral("redeemed"));
    }

    void customersOwnCoupon_pickedFromThePanel_isBoundToThem()
    {
        const central::Customer customer = central::CustomerRepository(*m_central->database.pool)
                                               .create({QStringLiteral("박지민"), QStringLiteral("010-5555-1234"),
                                                        QStringLiteral("800055551234"), QStringLiteral("gold")})
                                               .value();
        const QString own = tokenFor(percent(10), customer.id);
        m_till->scan();
        const QString notYet = reasonOf(m_till->apply(own)); // nobody attached yet
        QVERIFY2(notYet.contains(QStringLiteral("attach them first")), qPrintable(notYet));

        CustomerLookup lookup(m_till->client, *m_till->keys);
        CustomerViewModel panel(lookup, *m_till->checkout);
        CouponsViewModel coupons(*m_till->coupons, *m_till->checkout, panel);
        panel.identify(central::SigningKeyStore(*m_central->database.pool)
                           .customerToken(customer.id, customer.tier, QDateTime::currentDateTimeUtc())
                           .value());
        QTRY_VERIFY_WITH_TIMEOUT(panel.attached(), 10000);
        QCOMPARE(coupons.offered().size(), 1);
        const QVariantMap offered = coupons.offered().first().toMap();
        QCOMPARE(offered.value(QStringLiteral("text")).toString(), QStringLiteral("10% off"));

        QSignalSpy outcome(&coupons, &CouponsViewModel::outcome);
        coupons.apply(offered.value(QStringLiteral("token")).toString());
        QVERIFY(outcome.wait(10000));
        QVERIFY2(!outcome.first().at(1).toBool(), qPrintable(outcome.first().at(0).toString()));
        QCOMPARE(m_till->checkout->sale().coupons().first().customerId, customer.id);
        QVERIFY(coupons.offered().isEmpty()); // on the sale now
        QCOMPARE(coupons.applied().size(), 1);
        QVERIFY(!m_till->checkout->detachCustomer()); // the coupon is theirs: it goes first
    }

    void redemptionNotHeardAtCompletion_isKept_andSentLater()
    {
        const QString coupon = tokenFor(percent(10));
        m_till->scan();
        QVERIFY(m_till->apply(coupon));
        const QUrl central = m_till->client.baseUrl();
        m_till->client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        QSignalSpy sent(m_till->coupons.get(), &CouponService::redemptionsSent);
        QVERIFY(m_till->checkout->tender(TenderMethod::Cash, 17910));
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.takeFirst().first().toInt(), 1);
        QCOMPARE(m_till->owedRedemptions(), 1);
        QCOMPARE(centralState(codeOf(coupon)), QStringLiteral("reserved"));

        m_till->client.setBaseUrl(central);
        m_till->coupons->redeemPending();
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.takeFirst().first().toInt(), 0);
        QCOMPARE(m_till->owedRedemptions(), 0);
        QCOMPARE(centralState(codeOf(coupon)), QStringLiteral("redeemed"));
    }
};

QTEST_MAIN(TestCouponService)
#include "tst_couponservice.moc"
