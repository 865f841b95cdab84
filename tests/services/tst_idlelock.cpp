#include "IdleLock.h"
#include "TillFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

class TestIdleLock : public QObject
{
    Q_OBJECT

private:
    struct Locked : TillFixture
    {
        Locked()
            : lock(staff, 60)
        {
            lock.setClock([this] { return now; });
        }
        IdleLock lock;
    };

private Q_SLOTS:
    void idleTime_locksTheTill_activityKeepsItOpen()
    {
        Locked till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QSignalSpy changed(&till.lock, &IdleLock::lockedChanged);
        till.now = till.now.addSecs(59);
        QVERIFY(!till.lock.checkIdle());
        till.lock.noteActivity();
        till.now = till.now.addSecs(59);
        QVERIFY(!till.lock.checkIdle());
        till.now = till.now.addSecs(1);
        QVERIFY(till.lock.checkIdle());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), true);
    }

    void activityWhileLocked_doesNotUnlock()
    {
        Locked till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        till.now = till.now.addSecs(600);
        QVERIFY(till.lock.checkIdle());
        till.lock.noteActivity();
        QVERIFY(till.lock.checkIdle());
        QVERIFY(till.lock.isLocked());
    }

    void nobodySignedIn_neverLocks()
    {
        Locked till;
        till.now = till.now.addSecs(3600);
        QVERIFY(!till.lock.checkIdle());
    }

    void unlock_sameStaffPin_unlocksAndKeepsThemSignedIn()
    {
        Locked till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        till.lock.lockNow();
        QVERIFY(!till.lock.unlock(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(till.lock.isLocked());
        QVERIFY(till.lock.unlock(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(!till.lock.isLocked());
        QCOMPARE(till.staff.current()->staffNumber, QStringLiteral("1001"));
        // The idle time starts again from the unlock.
        till.now = till.now.addSecs(59);
        QVERIFY(!till.lock.checkIdle());
    }

    void unlock_byASupervisor_isRefused_byAManager_takesOver()
    {
        Locked till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        till.now = till.now.addSecs(60);
        QVERIFY(till.lock.checkIdle());
        QVERIFY(!till.lock.unlock(QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(till.lock.isLocked());
        QCOMPARE(till.staff.current()->staffNumber, QStringLiteral("1001"));
        QVERIFY(till.lock.unlock(QStringLiteral("3001"), QStringLiteral("3333")));
        QVERIFY(!till.lock.isLocked());
        QCOMPARE(till.staff.current()->staffNumber, QStringLiteral("3001"));
    }

    void wrongPinsAtTheLockScreen_countTowardsTheLockout()
    {
        Locked till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        till.lock.lockNow();
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!till.lock.unlock(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(!till.lock.unlock(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY((*till.staff.repository().find(QStringLiteral("1001")))->locked);
    }

    void signOut_endsTheLock()
    {
        Locked till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        till.lock.lockNow();
        till.staff.signOut();
        QVERIFY(!till.lock.isLocked());
    }
};

QTEST_GUILESS_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
