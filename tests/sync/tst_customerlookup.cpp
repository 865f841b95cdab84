#include "CheckoutService.h"
#include "CustomerLookup.h"
#include "CustomerRepository.h"
#include "CustomerViewModel.h"
#include "EnrolledTill.h"
#include "SaleRecord.h"

#include <QSignalSpy>

using namespace omnitill;

// The till enrolls at a real central store over HTTP, fetches its signing keys and identifies customers by
// app code, loyalty number and phone; with the central store gone it still knows a customer from a signed
// app code, and it refuses forged, expired and replayed codes with their reasons.
class TestCustomerLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EnrolledTill> m_till;
    std::unique_ptr<CustomerLookup> m_lookup;
    central::Customer m_customer;

    Result<IdentifiedCustomer> identify(const QString &text)
    {
        std::optional<Result<IdentifiedCustomer>> outcome;
        m_lookup->identify(text, [&](Result<IdentifiedCustomer> found) { outcome = std::move(found); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Error{QStringLiteral("no answer")};
        return *outcome;
    }

    QString appToken(const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        return central::SigningKeyStore(*m_till->central->database.pool)
            .customerToken(m_customer.id, m_customer.tier, now)
            .value();
    }

private Q_SLOTS:
    void init()
    {
        m_till = std::make_unique<EnrolledTill>();
        m_lookup = std::make_unique<CustomerLookup>(m_till->client, m_till->keys);
        m_customer = central::CustomerRepository(*m_till->central->database.pool)
                         .create({QStringLiteral("박지민"), QStringLiteral("010-5555-1234"),
                                  QStringLiteral("800055551234"), QStringLiteral("gold")})
                         .value();
        const auto enrolled = m_till->enroll();
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(enrolled.error()));
        QCOMPARE(*enrolled, 1);
    }
    void cleanup()
    {
        m_lookup.reset();
        m_till.reset();
    }

    void appCode_identifiesTheCustomer_withTheProfile_andCountsAVisit()
    {
        const auto found = identify(appToken());
        QVERIFY2(found, found ? "" : qPrintable(found.error()));
        QCOMPARE(found->name, QStringLiteral("박지민"));
        QCOMPARE(found->tier, QStringLiteral("gold"));
        QVERIFY(found->fromCentral);
        QVERIFY(found->profile.contains(QLatin1String("notes")));
        QTRY_COMPARE(central::CustomerRepository(*m_till->central->database.pool).byId(m_customer.id)->visits, 1);
    }

    void theProfilesEmailAndAddress_reachTheCashier_butNotTheCustomerDisplay()
    {
        const QString address = QStringLiteral("서울특별시 마포구 월드컵북로 12길 34, 502호");
        QVERIFY(central::CustomerRepository(*m_till->central->database.pool)
                    .setContact(m_customer.id, QStringLiteral("jimin@example.kr"), address)
                    .ok());
        CheckoutService checkout(*m_till->store.database, *m_till->store.catalog, *m_till->store.profile);
        CustomerViewModel panel(*m_lookup, checkout);
        panel.identify(appToken());
        QTRY_VERIFY_WITH_TIMEOUT(panel.attached(), 10000);
        QCOMPARE(panel.email(), QStringLiteral("jimin@example.kr"));
        QCOMPARE(panel.address(), address);
        QVERIFY(!panel.greeting().contains(QStringLiteral("example")));
        QVERIFY(!panel.greeting().contains(QStringLiteral("마포구")));
        // A customer without them on file: nothing to prefill.
        QVERIFY(central::CustomerRepository(*m_till->central->database.pool).setContact(m_customer.id, {}, {}).ok());
        const auto bare = identify(QStringLiteral("010-5555-1234"));
        QVERIFY(bare);
        QVERIFY(bare->email.isEmpty());
        QVERIFY(bare->address.isEmpty());
    }

    void theSameAppCodeTwice_isAReplay()
    {
        const QString token = appToken();
        QVERIFY(identify(token));
        const auto replayed = identify(token);
        QVERIFY(!replayed);
        QVERIFY2(replayed.error().contains(QStringLiteral("already used")), qPrintable(replayed.error()));
    }

    void expiredOrForgedCodes_areRefusedWithTheReason()
    {
        const auto expired = identify(appToken(QDateTime::currentDateTimeUtc().addSecs(-600)));
        QVERIFY(!expired);
        QVERIFY2(expired.error().contains(QStringLiteral("expired")), qPrintable(expired.error()));
        QString forged = appToken();
        forged[forged.size() - 3] = forged[forged.size() - 3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!identify(forged));
    }

    void loyaltyAndPhoneNumbers_findTheCustomer()
    {
        const auto byLoyalty = identify(QStringLiteral("8000 5555 1234"));
        QVERIFY2(byLoyalty, byLoyalty ? "" : qPrintable(byLoyalty.error()));
        QCOMPARE(byLoyalty->id, m_customer.id);
        const auto byPhone = identify(QStringLiteral("010-5555-1234"));
        QVERIFY(byPhone);
        QCOMPARE(byPhone->id, m_customer.id);
        const auto nobody = identify(QStringLiteral("010-0000-0000"));
        QVERIFY(!nobody);
        QVERIFY(!identify(QStringLiteral("hello")));
    }

    void withTheCentralStoreGone_anAppCodeStillIdentifies_butANumberCannot()
    {
        const QString token = appToken(); // on the customer's phone since before the outage
        m_till->central.reset();
        m_till->client.setTimeout(2000);
        const auto offline = identify(token);
        QVERIFY2(offline, offline ? "" : qPrintable(offline.error()));
        QVERIFY(!offline->fromCentral);
        QCOMPARE(offline->tier, QStringLiteral("gold"));
        const auto number = identify(QStringLiteral("800055551234"));
        QVERIFY(!number);
        QVERIFY2(number.error().contains(QStringLiteral("app code")), qPrintable(number.error()));
    }

    void customerPanel_attachesTheCustomerToTheSale_untilTheNextSale()
    {
        const auto order = m_till->central->readyOrder(m_customer.id);
        CheckoutService checkout(*m_till->store.database, *m_till->store.catalog, *m_till->store.profile);
        CustomerViewModel panel(*m_lookup, checkout);
        QSignalSpy changed(&panel, &CustomerViewModel::customerChanged);
        panel.identify(QStringLiteral("010-5555-1234"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.attached(), 10000);
        // The online order in the cashier's words, not the central store's state code.
        const QVariantList details = panel.details();
        QVERIFY(std::any_of(details.cbegin(), details.cend(), [&](const QVariant &line) {
            return line.toMap().value(QStringLiteral("text")).toString() ==
                   QStringLiteral("Online order %1: ready for pickup").arg(order.number);
        }));
        QCOMPARE(panel.name(), QStringLiteral("박지민"));
        QVERIFY2(panel.summary().contains(QStringLiteral("GOLD")), qPrintable(panel.summary()));
        // The customer display greets by the given name only, with the points.
        QCOMPARE(panel.greeting(), QStringLiteral("Hello, 지민 · %L1 points").arg(m_customer.points));
        QCOMPARE(checkout.sale().customerId(), m_customer.id);
        QVERIFY(checkout.sale().isMember());

        QVERIFY(checkout.scan(QStringLiteral("8809417101124")));
        QVERIFY(checkout.tender(TenderMethod::Cash, 20000));
        QCOMPARE(checkout.lastCompleted()->record.value(QLatin1String("customer")).toString(), m_customer.id);
        QVERIFY(checkout.scan(QStringLiteral("8809417101124"))); // the next customer's sale
        QVERIFY(!panel.attached());
        QVERIFY(checkout.sale().customerId().isEmpty());

        panel.identify(QStringLiteral("not a number"));
        QTRY_VERIFY(panel.messageIsError());
    }

    void keys_surviveARestartOfTheTill()
    {
        SigningKeys reloaded(m_till->settings, m_till->client);
        QCOMPARE(reloaded.load(), 1);
        QVERIFY(reloaded.verifier().verify(appToken(), QDateTime::currentDateTimeUtc()));
    }
};

QTEST_MAIN(TestCustomerLookup)
#include "tst_customerlookup.moc"
