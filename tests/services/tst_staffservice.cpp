#include "PinHasher.h"
#include "TillFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

class TestStaffService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signIn_demoStaffWithRightPin_isSignedInWithTheirRole()
    {
        TillFixture till;
        QSignalSpy changed(&till.staff, &StaffService::signedInChanged);
        const auto cashier = till.staff.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY2(cashier, cashier ? "" : qPrintable(cashier.error()));
        QCOMPARE(cashier->role.code, QStringLiteral("cashier"));
        QCOMPARE(till.staff.current()->staffNumber, QStringLiteral("1001"));
        QCOMPARE(changed.count(), 1);
        till.staff.signOut();
        QVERIFY(!till.staff.current());
    }

    void signIn_wrongPinOrUnknownNumber_saysTheSameAndSignsNobodyIn()
    {
        TillFixture till;
        const auto wrongPin = till.staff.signIn(QStringLiteral("1001"), QStringLiteral("9999"));
        const auto unknown = till.staff.signIn(QStringLiteral("7777"), QStringLiteral("1111"));
        QVERIFY(!wrongPin);
        QVERIFY(!unknown);
        QCOMPARE(wrongPin.error(), unknown.error());
        QVERIFY(!till.staff.current());
        QCOMPARE((*till.staff.repository().find(QStringLiteral("1001")))->failedAttempts, 1);
    }

    void rightPin_resetsTheCountOfWrongOnes()
    {
        TillFixture till;
        QVERIFY(!till.staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(!till.staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(till.staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        QCOMPARE((*till.staff.repository().find(QStringLiteral("1001")))->failedAttempts, 0);
        QVERIFY(!till.staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(!(*till.staff.repository().find(QStringLiteral("1001")))->locked);
    }

    void wrongPins_reachingTheLimit_lockTheAccountEvenAgainstTheRightPin()
    {
        TillFixture till; // locks after 3
        QSignalSpy locked(&till.staff, &StaffService::accountLocked);
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!till.staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QCOMPARE(locked.count(), 1);
        QVERIFY((*till.staff.repository().find(QStringLiteral("1001")))->locked);
        const auto refused = till.staff.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("locked")), qPrintable(refused.error()));
    }

    void lockoutCount_comesFromTheStoreSetting()
    {
        StoreFixture store;
        QVERIFY(StoreSettings(*store.database).setValue(QStringLiteral("staff.lockoutAttempts"), QStringLiteral("2")));
        const StaffPolicy policy = StaffPolicy::load(StoreSettings(*store.database));
        QCOMPARE(policy.lockoutAttempts, 2);
        StaffService staff(*store.database, policy);
        QVERIFY(!staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(!(*staff.repository().find(QStringLiteral("1001")))->locked);
        QVERIFY(!staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY((*staff.repository().find(QStringLiteral("1001")))->locked);
    }

    void release_byManager_unlocksTheAccount()
    {
        TillFixture till;
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!till.staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(till.staff.release(QStringLiteral("1001"), QStringLiteral("3001"), QStringLiteral("3333")));
        const auto member = *till.staff.repository().find(QStringLiteral("1001"));
        QVERIFY(!member->locked);
        QCOMPARE(member->failedAttempts, 0);
        QVERIFY(till.staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
    }

    void release_bySupervisorOrWithWrongManagerPin_isRefused()
    {
        TillFixture till;
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!till.staff.signIn(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(!till.staff.release(QStringLiteral("1001"), QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(!till.staff.release(QStringLiteral("1001"), QStringLiteral("3001"), QStringLiteral("0000")));
        QVERIFY(!till.staff.release(QStringLiteral("1001"), QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY((*till.staff.repository().find(QStringLiteral("1001")))->locked);
    }

    void inactiveStaff_cannotSignIn()
    {
        TillFixture till;
        QVERIFY(till.staff.repository().setActive(QStringLiteral("2001"), false));
        QVERIFY(!till.staff.signIn(QStringLiteral("2001"), QStringLiteral("2222")));
    }

    void roles_havePermissionsFromTheStoreDatabase_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("allowed");
        const QList<std::tuple<const char *, Permission, bool>> rows{
            {"cashier", Permission::Sell, true},
            {"cashier", Permission::CloseShift, true},
            {"cashier", Permission::VoidSale, false},
            {"cashier", Permission::PriceOverride, false},
            {"cashier", Permission::PaidOut, false},
            {"cashier", Permission::ViewReports, false},
            {"supervisor", Permission::VoidSale, true},
            {"supervisor", Permission::PriceOverride, true},
            {"supervisor", Permission::ReturnWithoutReceipt, false},
            {"supervisor", Permission::ManageStaff, false},
            {"manager", Permission::ReturnWithoutReceipt, true},
            {"manager", Permission::DiscountOverLimit, true},
            {"manager", Permission::ManageStaff, true},
        };
        for (const auto &[role, permission, allowed] : rows)
            QTest::addRow("%s %s", role, qPrintable(permissionCode(permission)))
                << QString::fromLatin1(role) << permissionCode(permission) << allowed;
    }
    void roles_havePermissionsFromTheStoreDatabase()
    {
        QFETCH(QString, role);
        QFETCH(QString, permission);
        QFETCH(bool, allowed);
        StoreFixture store;
        const auto found = StaffRepository(*store.database).role(role);
        QVERIFY(found && *found);
        QCOMPARE((*found)->allows(*permissionFromCode(permission)), allowed);
    }

    void roles_haveDiscountLimits()
    {
        StoreFixture store;
        StaffRepository staff(*store.database);
        QCOMPARE((*staff.role(QStringLiteral("cashier")))->discountLimitBasisPoints, 1000);
        QCOMPARE((*staff.role(QStringLiteral("supervisor")))->discountLimitBasisPoints, 3000);
        QCOMPARE((*staff.role(QStringLiteral("manager")))->discountLimitBasisPoints, 10000);
    }

    void permissionCodes_roundTrip()
    {
        for (const Permission permission : allPermissions())
            QCOMPARE(permissionFromCode(permissionCode(permission)), permission);
        QVERIFY(!permissionFromCode(QStringLiteral("launch_rockets")));
    }

    void addStaff_onlyByAManager()
    {
        TillFixture till;
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY(!till.staff.addStaff(QStringLiteral("1002"), QStringLiteral("New"), QStringLiteral("cashier"),
                                     QStringLiteral("5555")));
        till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        QVERIFY(till.staff.addStaff(QStringLiteral("1002"), QStringLiteral("New"), QStringLiteral("cashier"),
                                    QStringLiteral("5555")));
        QVERIFY(till.staff.signIn(QStringLiteral("1002"), QStringLiteral("5555")));
        QVERIFY(!till.staff.addStaff(QStringLiteral("1003"), QStringLiteral("Other"), QStringLiteral("cashier"),
                                     QStringLiteral("55")));
    }

    void raisedIterationCount_rehashesThePinAtTheNextSignIn()
    {
        TillFixture till;
        const QString before = *till.staff.repository().pinHash(QStringLiteral("1001"));
        StaffPolicy stronger = TillFixture::fastPolicy();
        stronger.pinHashIterations = StoreFixture::fastPinHashIterations * 2;
        StaffService staff(*till.store.database, stronger);
        QVERIFY(staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        const QString after = *staff.repository().pinHash(QStringLiteral("1001"));
        QVERIFY(after != before);
        QVERIFY(after.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
        QVERIFY(staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
    }

    void storedHashes_areSaltedAndNeverThePin()
    {
        StoreFixture store;
        QSqlQuery query(store.database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT pin_hash FROM staff")));
        QSet<QString> hashes;
        while (query.next()) {
            const QString hash = query.value(0).toString();
            QVERIFY(!hash.contains(QStringLiteral("1111")) && !hash.contains(QStringLiteral("3333")));
            hashes.insert(hash);
        }
        QCOMPARE(hashes.size(), 3);
    }

    // Demo cards: ";861001=40917731?" and ";862001=52806614?" (README.md).
    void staffCard_signsInLikeThePin_andItsCodeIsStoredOnlyHashed()
    {
        TillFixture till;
        const auto cashier = till.staff.signIn(QStringLiteral("1001"), QStringLiteral("40917731"), std::nullopt,
                                               StaffCredential::StaffCard);
        QVERIFY2(cashier, cashier ? "" : qPrintable(cashier.error()));
        QCOMPARE(till.staff.current()->staffNumber, QStringLiteral("1001"));
        // The card code is no PIN, and the PIN no card code.
        QVERIFY(!till.staff.authenticate(QStringLiteral("1001"), QStringLiteral("40917731")));
        QVERIFY(!till.staff.authenticate(QStringLiteral("1001"), QStringLiteral("1111"), StaffCredential::StaffCard));
        const QString hash = *till.staff.repository().cardHash(QStringLiteral("1001"));
        QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!hash.contains(QStringLiteral("40917731")));
        QVERIFY(PinHasher::verify(QStringLiteral("40917731"), hash));
    }

    void wrongStaffCards_countTowardsTheLockout_andAMissingCardCountsNothing()
    {
        TillFixture till; // locks after 3
        const auto wrong =
            till.staff.authenticate(QStringLiteral("2001"), QStringLiteral("11111111"), StaffCredential::StaffCard);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error(), QStringLiteral("This staff card is not valid"));
        QCOMPARE((*till.staff.repository().find(QStringLiteral("2001")))->failedAttempts, 1);
        QVERIFY(!till.staff.authenticate(QStringLiteral("2001"), QStringLiteral("0000")));
        QVERIFY(
            !till.staff.authenticate(QStringLiteral("2001"), QStringLiteral("22222222"), StaffCredential::StaffCard));
        QVERIFY((*till.staff.repository().find(QStringLiteral("2001")))->locked);
        QVERIFY(
            !till.staff.authenticate(QStringLiteral("2001"), QStringLiteral("52806614"), StaffCredential::StaffCard));

        QVERIFY(till.staff.repository().setCardHash(QStringLiteral("1001"), QString()));
        QVERIFY(
            !till.staff.authenticate(QStringLiteral("1001"), QStringLiteral("40917731"), StaffCredential::StaffCard));
        QCOMPARE((*till.staff.repository().find(QStringLiteral("1001")))->failedAttempts, 0);
    }

    void assignCard_onlyByAManager_andTheOldCardStopsWorking()
    {
        TillFixture till;
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY(!till.staff.assignCard(QStringLiteral("1001"), QStringLiteral("1234567890123456")));
        till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        QVERIFY(!till.staff.assignCard(QStringLiteral("1001"), QStringLiteral("1234567")));           // too short
        QVERIFY(!till.staff.assignCard(QStringLiteral("1001"), QStringLiteral("12345678901234567"))); // too long
        QVERIFY(!till.staff.assignCard(QStringLiteral("1001"), QStringLiteral("1234abcd")));
        QVERIFY(!till.staff.assignCard(QStringLiteral("9999"), QStringLiteral("1234567890123456"))); // nobody
        QVERIFY(till.staff.assignCard(QStringLiteral("1001"), QStringLiteral("1234567890123456")));
        QVERIFY(till.staff.authenticate(QStringLiteral("1001"), QStringLiteral("1234567890123456"),
                                        StaffCredential::StaffCard));
        QVERIFY(
            !till.staff.authenticate(QStringLiteral("1001"), QStringLiteral("40917731"), StaffCredential::StaffCard));
    }
};

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"
