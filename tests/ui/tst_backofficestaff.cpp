#include "../services/StoreFixture.h"
#include "QmlSingletons.h"
#include "ScreenDriver.h"
#include "TillAssembly.h"
#include "TillWindow.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// The back office's staff page on the till's own window over a real store: the manager adds a cashier who
// can then sign in with the PIN given, disables and enables them, resets the PIN, releases a lockout; the
// manager cannot disable or demote themselves or the last manager; a supervisor sees the list read-only.
class TestBackOfficeStaff : public QObject, private ScreenDriver
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TillAssembly> m_assembly;
    std::unique_ptr<TillWindow> m_screen;

    static StaffViewModel *Staff() { return qml::StaffSingleton::instance; }

    QString message() const { return textOf("staffMessage"); }
    Result<StaffMember> signInCheck(const char *number, const char *pin)
    {
        return m_assembly->staff.authenticate(QString::fromLatin1(number), QString::fromLatin1(pin));
    }
    std::optional<StaffMember> member(const char *number) const
    {
        return m_assembly->staff.repository().find(QString::fromLatin1(number)).value();
    }
    void pickRole(const char *picker, const char *roleCode)
    {
        auto *combo = m_window->findChild<QQuickItem *>(QString::fromLatin1(picker));
        QVERIFY(combo);
        int index = -1;
        QMetaObject::invokeMethod(combo, "indexOfValue", Q_RETURN_ARG(int, index),
                                  Q_ARG(QVariant, QString::fromLatin1(roleCode)));
        QVERIFY(index >= 0);
        combo->setProperty("currentIndex", index);
    }
    void addStaff(const char *number, const char *name, const char *roleCode, const char *pin)
    {
        type("staffAddNumberField", QString::fromUtf8(number));
        type("staffAddNameField", QString::fromUtf8(name));
        pickRole("staffAddRolePicker", roleCode);
        type("staffAddPinField", QString::fromLatin1(pin));
        click("staffAddButton");
    }
    void enterStaffPage()
    {
        click("backOfficeButton");
        QTRY_VERIFY(qml::BackOfficeSingleton::instance->isOpen());
        click("staffPageTab");
        QTRY_VERIFY(visible("staffList"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(
            StoreSettings(*m_store->database).setValue(QStringLiteral("staff.lockoutAttempts"), QStringLiteral("3")));
        QVERIFY(StoreSettings(*m_store->database)
                    .setValue(QStringLiteral("printer.address"),
                              QStringLiteral("virtual:") + m_store->directory.filePath(QStringLiteral("printed"))));
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog,
                                                    StoreSettings(*m_store->database), *m_store->profile);
        new QAbstractItemModelTester(&m_assembly->staffScreen, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     this);
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Cashier"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;

        submitCredentials("3001", "3333"); // the manager
        QTRY_VERIFY(!visible("signInScreen"));
        QVERIFY(m_assembly->shifts.open(100000));
        enterStaffPage();
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_assembly.reset();
        m_store.reset();
    }

    void list_showsEveryMemberWithTheirRole()
    {
        QCOMPARE(Staff()->rowCount(), 3);
        QVERIFY(!visible("staffReadOnlyReason"));
        const QModelIndex manager = Staff()->index(2);
        QCOMPARE(manager.data(StaffViewModel::StaffNumberRole).toString(), QStringLiteral("3001"));
        QCOMPARE(manager.data(StaffViewModel::RoleRole).toString(), QStringLiteral("Manager"));
        QCOMPARE(manager.data(StaffViewModel::StatusRole).toString(), QStringLiteral("Active"));
        QVERIFY(Staff()->roleNames().values().contains("locked"));
    }

    void manager_addsACashierWhoSignsInWithThePin()
    {
        addStaff("1002", "최유나", "cashier", "4321");
        QTRY_VERIFY2(message().contains(QStringLiteral("may sign in now")), qPrintable(message()));
        QCOMPARE(Staff()->rowCount(), 4);
        QCOMPARE(member("1002")->role.code, QStringLiteral("cashier"));
        QVERIFY(signInCheck("1002", "4321"));
        QCOMPARE(textOf("staffAddPinField"), QString()); // the PIN does not stay on screen
        // Only the hash is kept.
        QSqlQuery stored(m_store->database->connection());
        QVERIFY(stored.exec(QStringLiteral("SELECT pin_hash FROM staff WHERE staff_number = '1002'")) && stored.next());
        QVERIFY(stored.value(0).toString().startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!stored.value(0).toString().contains(QStringLiteral("4321")));
    }

    void add_refusesATakenNumberABadPinAndABadNumber()
    {
        addStaff("1001", "Someone", "cashier", "5555");
        QTRY_VERIFY2(message().contains(QStringLiteral("already")), qPrintable(message()));
        addStaff("1003", "Someone", "cashier", "12");
        QTRY_VERIFY2(message().contains(QStringLiteral("4 to 8 digits")), qPrintable(message()));
        addStaff("12a", "Someone", "cashier", "5555");
        QTRY_VERIFY2(message().contains(QStringLiteral("1 to 8 digits")), qPrintable(message()));
        QCOMPARE(Staff()->rowCount(), 4);
        QCOMPARE(member("1001")->name, QStringLiteral("김지은")); // the demo cashier is untouched
    }

    void disabled_cannotSignInUntilEnabled()
    {
        click("staffRow1002");
        QTRY_COMPARE(Staff()->selectedNumber(), QStringLiteral("1002"));
        click("staffActiveButton");
        QTRY_VERIFY(!member("1002")->active);
        QCOMPARE(Staff()->selected().value(QStringLiteral("status")).toString(), QStringLiteral("Disabled"));
        const auto refused = signInCheck("1002", "4321");
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not active")), qPrintable(refused.error()));
        click("staffActiveButton"); // now "Enable"
        QTRY_VERIFY(member("1002")->active);
        QVERIFY(signInCheck("1002", "4321"));
    }

    void pinReset_replacesTheOldPin()
    {
        type("staffNewPinField", QStringLiteral("98"));
        click("staffResetPinButton");
        QTRY_VERIFY2(message().contains(QStringLiteral("4 to 8 digits")), qPrintable(message()));
        type("staffNewPinField", QStringLiteral("9876"));
        click("staffResetPinButton");
        QTRY_VERIFY2(message().contains(QStringLiteral("new PIN")), qPrintable(message()));
        QVERIFY(signInCheck("1002", "9876"));
        QVERIFY(!signInCheck("1002", "4321"));
        QVERIFY(signInCheck("1002", "9876")); // and the wrong one's count starts again
    }

    void lockout_isReleasedByTheManager()
    {
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(!signInCheck("1002", "0000"));
        QVERIFY(member("1002")->locked);
        QTRY_COMPARE(Staff()->selected().value(QStringLiteral("status")).toString(), QStringLiteral("Locked out"));
        QVERIFY(!signInCheck("1002", "9876"));
        click("staffReleaseButton");
        QTRY_VERIFY(!member("1002")->locked);
        QVERIFY(signInCheck("1002", "9876"));
        QCOMPARE(Staff()->selected().value(QStringLiteral("locked")).toBool(), false);
    }

    void roleChange_makesACashierASupervisor()
    {
        pickRole("staffRolePicker", "supervisor");
        click("staffChangeRoleButton");
        QTRY_COMPARE(member("1002")->role.code, QStringLiteral("supervisor"));
        QCOMPARE(Staff()->selected().value(QStringLiteral("role")).toString(), QStringLiteral("Supervisor"));
    }

    void lastManager_isNeitherDisabledNorDemoted()
    {
        click("staffRow3001");
        QTRY_COMPARE(Staff()->selectedNumber(), QStringLiteral("3001"));
        click("staffActiveButton");
        QTRY_VERIFY2(message().contains(QStringLiteral("last active manager")), qPrintable(message()));
        pickRole("staffRolePicker", "cashier");
        click("staffChangeRoleButton");
        QTRY_VERIFY2(message().contains(QStringLiteral("last active manager")), qPrintable(message()));
        QVERIFY(member("3001")->active);
        QCOMPARE(member("3001")->role.code, QStringLiteral("manager"));
    }

    void manager_cannotDisableOrDemoteThemselves()
    {
        QVERIFY(Staff()->add(QStringLiteral("3002"), QStringLiteral("정하늘"), QStringLiteral("manager"),
                             QStringLiteral("3434")));
        Staff()->select(QStringLiteral("3001"));
        click("staffActiveButton");
        QTRY_VERIFY2(message().contains(QStringLiteral("cannot disable yourself")), qPrintable(message()));
        pickRole("staffRolePicker", "cashier");
        click("staffChangeRoleButton");
        QTRY_VERIFY2(message().contains(QStringLiteral("your own right")), qPrintable(message()));
        QCOMPARE(member("3001")->role.code, QStringLiteral("manager"));
        // Another manager may be demoted: 3001 remains.
        Staff()->select(QStringLiteral("3002"));
        QVERIFY(Staff()->changeRole(QStringLiteral("supervisor")));
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the staff page at the till's 1280 × 800 in both
    // languages, a member selected, for docs/screens.
    void screens_inBothLanguages()
    {
        const QString folder = qEnvironmentVariable("OMNITILL_SCREENS_DIR");
        if (folder.isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        m_window->resize(1280, 800);
        for (int attempt = 0; attempt < 3; ++attempt) // a locked-out cashier in the list
            QVERIFY(!signInCheck("1001", "0000"));
        for (const char *field : {"staffAddNumberField", "staffAddNameField", "staffAddPinField"})
            type(field, QString());
        Staff()->select(QStringLiteral("1002"));
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QVERIFY(m_screen->language.setLanguage(language));
            Staff()->refresh(); // the roles' and states' words in the new language
            QTest::qWait(300);
            const QImage shot = m_window->grabWindow();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(QStringLiteral("%1/%2-backoffice-staff.png").arg(folder, language)));
        }
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
        Staff()->refresh();
    }

    void supervisor_seesTheListReadOnly()
    {
        m_assembly->session.signOut();
        QTRY_VERIFY(visible("signInScreen"));
        submitCredentials("2001", "2222");
        QTRY_VERIFY(!visible("signInScreen"));
        enterStaffPage();
        QTRY_VERIFY(visible("staffReadOnlyReason"));
        // The back office was built anew for this visit: the page on screen, not the one left behind.
        const QString reason =
            visibleItem(m_window->contentItem(), QStringLiteral("staffReadOnlyReason"))->property("text").toString();
        QVERIFY2(reason.contains(QStringLiteral("only a manager")), qPrintable(reason));
        QVERIFY(!visible("staffAddButton"));
        QCOMPARE(Staff()->rowCount(), 5);
        Staff()->select(QStringLiteral("1001"));
        QVERIFY(!Staff()->setActive(false));
        QVERIFY(!Staff()->add(QStringLiteral("1009"), QStringLiteral("x"), QStringLiteral("cashier"),
                              QStringLiteral("1234")));
        QVERIFY(Staff()->messageIsError());
        QVERIFY(member("1001")->active);
        QVERIFY(!member("1009"));
    }
};

QTEST_MAIN(TestBackOfficeStaff)
#include "tst_backofficestaff.moc"
