#include "BackOfficeVisit.h"

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// The back office's settings page on the till's own window over a real store (the Seoul demo): a manager's
// values saved as the code reads them, with when they take effect; refused values said why and left unsaved;
// a cashier neither sees nor saves them.
class TestBackOfficeSettings : public QObject, private BackOfficeVisit
{
    Q_OBJECT

private:
    static SettingsViewModel *Settings() { return qml::SettingsSingleton::instance; }
    QString stored(const QString &key) const
    {
        return StoreSettings(*m_store->database).value(key).value_or(QString());
    }

    // A setting's field: list delegates are items of the view, not QObject children, so found as a finger would.
    QQuickItem *field(const QString &key) const
    {
        return visibleItem(m_window->contentItem(), QStringLiteral("setting:") + key);
    }

    // Refused with a reason containing why, and the stored value left as it was.
    void refuses(const QString &key, const QString &typed, const QString &why)
    {
        const QString before = stored(key);
        QVERIFY2(!Settings()->save(key, typed), qPrintable(key + u' ' + typed));
        QVERIFY(Settings()->refused());
        QVERIFY2(Settings()->message().contains(why), qPrintable(Settings()->message()));
        QCOMPARE(stored(key), before);
    }

private Q_SLOTS:
    void initTestCase() { open("settingsPageTab", "settingsFields"); }

    void cleanupTestCase() { close(); }

    void page_showsTheStoredValues()
    {
        QVERIFY(Settings()->allowed());
        QVERIFY(!visible("settingsNotAllowed"));
        QVERIFY(field(QStringLiteral("store.name")));
        QCOMPARE(field(QStringLiteral("store.name"))->property("text").toString(), QStringLiteral("옴니틸 성수점"));
    }

    void storeName_isSavedAndSaysWhenItCounts()
    {
        field(QStringLiteral("store.name"))->setProperty("text", QStringLiteral("옴니틸 성수 2호점"));
        click("save:store.name");
        QTRY_COMPARE(stored(QStringLiteral("store.name")), QStringLiteral("옴니틸 성수 2호점"));
        QCOMPARE(textOf("settingsMessage"),
                 QStringLiteral("Store name saved. It takes effect when the till starts again."));
        QVERIFY(!Settings()->refused());
    }

    void couponAllowance_isStoredInMinorUnitsAndCountsAtOnce()
    {
        QVERIFY(Settings()->save(QStringLiteral("coupons.offlineMaxValuePerDay"), QStringLiteral("30,000")));
        QCOMPARE(stored(QStringLiteral("coupons.offlineMaxValuePerDay")), QStringLiteral("30000"));
        QCOMPARE(Settings()->message(), QStringLiteral("Coupon savings offline per day saved. It takes effect now."));
        QVERIFY(Settings()->save(QStringLiteral("coupons.offlineMaxCountPerDay"), QStringLiteral("3")));
        QCOMPARE(stored(QStringLiteral("coupons.offlineMaxCountPerDay")), QStringLiteral("3"));
        QVERIFY(Settings()->save(QStringLiteral("tax.mode"), QStringLiteral("exclusive")));
        QCOMPARE(stored(QStringLiteral("tax.mode")), QStringLiteral("exclusive"));
        QVERIFY(Settings()->save(QStringLiteral("kiosk.pickSkus"), QStringLiteral("KR-TOP-0001, KR-TOP-0002")));
        QCOMPARE(stored(QStringLiteral("kiosk.pickSkus")), QStringLiteral("KR-TOP-0001,KR-TOP-0002"));
        QVERIFY(Settings()->save(QStringLiteral("printer.address"), QStringLiteral("tcp://192.168.1.30:9100")));
        QVERIFY(Settings()->save(QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://192.168.1.20:8443")));
        QVERIFY(Settings()->save(QStringLiteral("storedValue.offlineMaxPerTender"), QString())); // unset: none
        QCOMPARE(stored(QStringLiteral("storedValue.offlineMaxPerTender")), QString());
    }

    void badValues_areRefusedWithTheReason()
    {
        field(QStringLiteral("store.name"))->setProperty("text", QStringLiteral("  "));
        click("save:store.name");
        QTRY_COMPARE(textOf("settingsMessage"), QStringLiteral("Store name cannot be empty."));
        QCOMPARE(stored(QStringLiteral("store.name")), QStringLiteral("옴니틸 성수 2호점"));
        refuses(QStringLiteral("staff.idleLockSeconds"), QStringLiteral("5"), QStringLiteral("from 10 to 86400"));
        refuses(QStringLiteral("staff.idleLockSeconds"), QStringLiteral("two minutes"), QStringLiteral("whole number"));
        refuses(QStringLiteral("coupons.offlineMaxValuePerDay"), QStringLiteral("-5000"), QStringLiteral("negative"));
        refuses(QStringLiteral("coupons.offlineMaxValuePerDay"), QStringLiteral("12.50"),
                QStringLiteral("no decimals"));
        refuses(QStringLiteral("tax.mode"), QStringLiteral("sometimes"), QStringLiteral("choose one of"));
        refuses(QStringLiteral("kiosk.pickSkus"), QStringLiteral("KR-TOP-0001,NOPE-1"),
                QStringLiteral("SKU NOPE-1 is not in the catalog"));
        refuses(QStringLiteral("printer.address"), QStringLiteral("LPT1"), QStringLiteral("is not a printer address"));
        refuses(QStringLiteral("payment.terminal"), QStringLiteral("192.168.1.20"),
                QStringLiteral("is not a card terminal address"));
        refuses(QStringLiteral("scanner.hidraw"), QStringLiteral("hidraw0"), QStringLiteral("is not a device file"));
        refuses(QStringLiteral("ui.locale"), QStringLiteral("Korean"), QStringLiteral("is not a locale"));
        refuses(QStringLiteral("receipt.footer.ko"), QString(60, u'x'), QStringLiteral("line 1 is longer than 48"));
        refuses(QStringLiteral("terminal.id"), QStringLiteral("T9"), QStringLiteral("is not a setting of this page"));
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the settings page at the till's 1280 × 800 in both
    // languages, a refusal showing, for docs/screens.
    void screens_inBothLanguages()
    {
        if (screensFolder().isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        photograph(QStringLiteral("settings"), [] {
            Settings()->refresh();
            QVERIFY(!Settings()->save(QStringLiteral("staff.idleLockSeconds"), QStringLiteral("5")));
        });
    }

    void cashier_neitherSeesNorSaves()
    {
        m_assembly->session.lockNow();
        QTRY_VERIFY(!qml::BackOfficeSingleton::instance->isOpen());
        m_assembly->staff.signOut();
        QVERIFY(m_assembly->staff.signIn(QStringLiteral("1001"), QStringLiteral("1111")));
        Settings()->refresh();
        QVERIFY(!Settings()->allowed());
        refuses(QStringLiteral("store.name"), QStringLiteral("Cashier's shop"), QStringLiteral("Only a manager"));
    }
};

QTEST_MAIN(TestBackOfficeSettings)
#include "tst_backofficesettings.moc"
