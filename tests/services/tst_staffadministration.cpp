#include "PinHasher.h"
#include "StaffAdministration.h"
#include "TillFixture.h"

#include <QTest>

using namespace omnitill;

// A manager's changes to the staff list, on a real store with the demo staff (1001 cashier, 2001 supervisor,
// 3001 manager): who may make them, and the refusals that keep the store from locking itself out.
class TestStaffAdministration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repository_setRole_refusesARoleThatDoesNotExist()
    {
        TillFixture till;
        StaffRepository &staff = till.staff.repository();
        QVERIFY(staff.setRole(QStringLiteral("1001"), QStringLiteral("supervisor")));
        QCOMPARE((*staff.find(QStringLiteral("1001")))->role.code, QStringLiteral("supervisor"));
        QVERIFY((*staff.find(QStringLiteral("1001")))->role.allows(Permission::VoidSale));
        QVERIFY(!staff.setRole(QStringLiteral("1001"), QStringLiteral("owner"))); // the roles table's key
        QVERIFY(!staff.setRole(QStringLiteral("9999"), QStringLiteral("cashier")));
        QCOMPARE((*staff.find(QStringLiteral("1001")))->role.code, QStringLiteral("supervisor"));
    }

    void onlyASignedInManager_mayChangeStaff()
    {
        TillFixture till;
        StaffAdministration administration(till.staff);
        QVERIFY(!administration.mayManage());
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        const auto supervisor = administration.setActive(QStringLiteral("1001"), false);
        QVERIFY(!supervisor);
        QVERIFY2(supervisor.error().contains(QStringLiteral("only a manager")), qPrintable(supervisor.error()));
        QVERIFY((*till.staff.repository().find(QStringLiteral("1001")))->active);
        till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        QVERIFY(administration.mayManage());
        QVERIFY(administration.setActive(QStringLiteral("1001"), false));
    }

    void aManagerDemotedElsewhere_losesTheRightAtOnce()
    {
        TillFixture till;
        StaffAdministration administration(till.staff);
        QVERIFY(till.staff.repository().setRole(QStringLiteral("2001"), QStringLiteral("manager")));
        till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        // Another till demotes 3001 while they are signed in here.
        QVERIFY(till.staff.repository().setRole(QStringLiteral("3001"), QStringLiteral("cashier")));
        QVERIFY(!administration.mayManage());
        QVERIFY(!administration.resetPin(QStringLiteral("1001"), QStringLiteral("5678")));
    }

    void add_hashesThePinAndKeepsNumbersUnique()
    {
        TillFixture till;
        StaffAdministration administration(till.staff);
        till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        QVERIFY(administration.add(QStringLiteral(" 1002 "), QStringLiteral(" 최유나 "), QStringLiteral("cashier"),
                                   QStringLiteral("4321")));
        const auto added = *till.staff.repository().find(QStringLiteral("1002"));
        QCOMPARE(added->name, QStringLiteral("최유나"));
        QVERIFY(PinHasher::verify(QStringLiteral("4321"), *till.staff.repository().pinHash(QStringLiteral("1002"))));
        const auto again = administration.add(QStringLiteral("1002"), QStringLiteral("Other"),
                                              QStringLiteral("cashier"), QStringLiteral("1234"));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QStringLiteral("already")), qPrintable(again.error()));
        QVERIFY(!administration.add(QStringLiteral("123456789"), QStringLiteral("Long"), QStringLiteral("cashier"),
                                    QStringLiteral("1234")));
        QVERIFY(!administration.add(QStringLiteral("1003"), QStringLiteral("  "), QStringLiteral("cashier"),
                                    QStringLiteral("1234")));
        QVERIFY(!administration.add(QStringLiteral("1003"), QStringLiteral("Someone"), QStringLiteral("owner"),
                                    QStringLiteral("1234")));
        QVERIFY(!*till.staff.repository().find(QStringLiteral("1003")));
    }

    void lastManager_staysAManagerUntilThereIsAnother()
    {
        TillFixture till;
        StaffAdministration administration(till.staff);
        till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        const auto demoted = administration.changeRole(QStringLiteral("3001"), QStringLiteral("supervisor"));
        QVERIFY(!demoted);
        QVERIFY2(demoted.error().contains(QStringLiteral("last active manager")), qPrintable(demoted.error()));
        // A role that keeps the right to manage staff is no demotion.
        QVERIFY(administration.changeRole(QStringLiteral("3001"), QStringLiteral("manager")));
        QVERIFY(administration.changeRole(QStringLiteral("2001"), QStringLiteral("manager")));
        const auto self = administration.changeRole(QStringLiteral("3001"), QStringLiteral("supervisor"));
        QVERIFY(!self);
        QVERIFY2(self.error().contains(QStringLiteral("your own right")), qPrintable(self.error()));
        // 2001 can be disabled while 3001 manages; then 3001 is the last one again.
        QVERIFY(administration.setActive(QStringLiteral("2001"), false));
        QVERIFY(!administration.setActive(QStringLiteral("3001"), false));
    }

    void release_needsALockedAccount()
    {
        TillFixture till;
        StaffAdministration administration(till.staff);
        till.signIn(QStringLiteral("3001"), QStringLiteral("3333"));
        QVERIFY(!administration.releaseLockout(QStringLiteral("1001")));
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!till.staff.authenticate(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(administration.releaseLockout(QStringLiteral("1001")));
        QVERIFY(till.staff.authenticate(QStringLiteral("1001"), QStringLiteral("1111")));
    }
};

QTEST_GUILESS_MAIN(TestStaffAdministration)
#include "tst_staffadministration.moc"
