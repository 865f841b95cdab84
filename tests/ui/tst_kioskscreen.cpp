#include "../payments/TerminalFixture.h"
#include "../scanners/BarcodePictures.h"
#include "../scanners/CameraFrames.h"
#include "../services/StoreFixture.h"
#include "CameraScanner.h"
#include "KioskKeyGuard.h"
#include "KioskPhotograph.h"
#include "LanguageController.h"
#include "QmlSingletons.h"
#include "SaleJournal.h"
#include "StoreSettings.h"
#include "TillAssembly.h"
#include "TillWindow.h"
#include "WindowInput.h"

#include <QDir>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_KioskPlugin)

#include <QTest>

using namespace omnitill;

namespace {
// The keys that reach the window past the application's filters (a modifier's own press aside: Alt or Ctrl
// alone leads nowhere).
class KeysSeen : public QObject
{
public:
    QList<int> keys;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::KeyPress && key->key() != Qt::Key_Alt && key->key() != Qt::Key_Control)
            keys.append(key->key());
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

// The self-service kiosk as a shopper and staff drive it: the kiosk's screens (omnitill --kiosk) over the
// real till (TillAssembly on a seeded store file), a keyboard-wedge scanner typing into the window, the card
// terminal simulator over HTTPS approving and declining, the kiosk's clock ticked by hand for the idle reset.
// With OMNITILL_SCREENS_DIR set, each screen is photographed in Korean and English into that folder
// (scripts/screens.sh sets it to docs/screens).
class TestKioskScreen : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124"; // 19,900 won
    static constexpr auto beer = "8801105001143";    // non-alcoholic beer: the demo's age-restricted item
    static constexpr int idleSeconds = 40;
    static constexpr int warningSeconds = 10;

    std::unique_ptr<TerminalFixture> m_terminal;
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TillAssembly> m_assembly;
    KioskViewModel *m_kiosk = nullptr;
    std::unique_ptr<TillWindow> m_screen;
    QQuickWindow *m_window = nullptr;
    qint64 m_keyClockMs = 1'000'000;

    QString printedFolder() const { return m_store->directory.filePath(QStringLiteral("printed")); }
    qsizetype printedReceipts() const
    {
        return QDir(printedFolder()).entryList({QStringLiteral("*.png")}, QDir::Files).size();
    }

    bool visible(const char *objectName) const
    {
        return windowinput::visibleItem(m_window->contentItem(), QString::fromLatin1(objectName)) != nullptr;
    }

    QString textOf(const char *objectName) const
    {
        QQuickItem *item = windowinput::visibleItem(m_window->contentItem(), QString::fromLatin1(objectName));
        return item ? item->property("text").toString() : QString();
    }

    void click(const char *objectName)
    {
        QTest::qWait(50); // the layouts settle (polish) before the item is where a finger would touch it
        QVERIFY2(windowinput::click(m_window, QString::fromLatin1(objectName)), objectName);
    }

    // Types into the visible staff form (number, PIN) and presses its button.
    void submitCredentials(const char *formName, const char *staffNumber, const char *pin)
    {
        QQuickItem *form = windowinput::visibleItem(m_window->contentItem(), QString::fromLatin1(formName));
        QVERIFY2(form, formName);
        form->findChild<QQuickItem *>(QStringLiteral("staffNumberField"))
            ->setProperty("text", QString::fromLatin1(staffNumber));
        form->findChild<QQuickItem *>(QStringLiteral("pinField"))->setProperty("text", QString::fromLatin1(pin));
        QMetaObject::invokeMethod(form->findChild<QQuickItem *>(QStringLiteral("credentialsSubmit")), "clicked");
    }

    // A keyboard-wedge scanner's burst: the characters 3 ms apart, then Enter.
    void scan(const QString &code) { QVERIFY(windowinput::typeKeys(m_window, code + u'\r', 3, m_keyClockMs)); }

    void tick(int seconds)
    {
        for (int i = 0; i < seconds; ++i)
            m_kiosk->tick();
    }

    // The screen as it is now, in both languages, when screenshots are wanted.
    void photograph(const QString &name) { photographKiosk(*m_screen, name); }

    int lastLineId() const { return m_assembly->checkout.sale().lines().constLast().id; }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        qputenv("OMNITILL_PLUGIN_PATH", PLUGIN_DIR);
        m_terminal = std::make_unique<TerminalFixture>();
        m_store = std::make_unique<StoreFixture>();
        StoreSettings settings(*m_store->database);
        const QList<std::pair<QString, QString>> values =
            m_terminal->storeSettings() +
            QList<std::pair<QString, QString>>{
                {QStringLiteral("printer.address"), QStringLiteral("virtual:") + printedFolder()},
                {QStringLiteral("kiosk.idleSeconds"), QString::number(idleSeconds)},
                {QStringLiteral("kiosk.idleWarningSeconds"), QString::number(warningSeconds)},
                {QStringLiteral("kiosk.goodbyeSeconds"), QStringLiteral("2")}};
        for (const auto &[key, value] : values)
            QVERIFY(settings.setValue(key, value));
        qputenv("OMNITILL_TERMINAL_PASSPHRASE", m_terminal->key.passphrase);

        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog, settings, *m_store->profile);
        QVERIFY(m_assembly->restore());
        m_assembly->enterKioskMode();
        m_kiosk = &m_assembly->kiosk;
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Kiosk"), QSize(1280, 800));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;
        QVERIFY(m_window->flags() & Qt::FramelessWindowHint);
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_assembly.reset();
        m_store.reset();
        m_terminal.reset();
    }

    void closedKiosk_opensOnlyForStaffAllowedToVoid()
    {
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Closed);
        photograph(QStringLiteral("closed"));
        scan(QString::fromLatin1(tShirtM)); // nobody signed in: a scan sells nothing
        QVERIFY(!m_assembly->till.hasItems());
        submitCredentials("kioskOpenForm", "1001", "1111"); // a cashier may not void an abandoned basket
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Closed);
        QVERIFY(!m_kiosk->message().isEmpty());
        submitCredentials("kioskOpenForm", "2001", "2222");
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Welcome);
        QVERIFY(m_assembly->shifts.currentShiftId().has_value()); // opened with an empty drawer
    }

    void welcome_choosesTheLanguage_andStarts()
    {
        photograph(QStringLiteral("welcome"));
        click("kioskLanguage_ko");
        QCOMPARE(m_screen->language.language(), QStringLiteral("ko"));
        click("kioskLanguage_en");
        QCOMPARE(m_screen->language.language(), QStringLiteral("en"));
        click("kioskStart");
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Shopping);
        click("kioskBack"); // an empty basket goes back to the welcome screen
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Welcome);
    }

    void scanningAndPicking_fillTheBasketOnScreen()
    {
        scan(QString::fromLatin1(tShirtM)); // a scan on the welcome screen starts shopping
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Shopping);
        QCOMPARE(m_assembly->till.itemCount(), 1);
        click("kioskPick_KR-FRS-0007"); // the apple, from its picture
        QCOMPARE(m_assembly->till.itemCount(), 2);
        QCOMPARE(m_assembly->checkout.sale().lines().constLast().product.sku, QStringLiteral("KR-FRS-0007"));
        QCOMPARE(m_assembly->checkout.sale().totals().totalDueMinor, 19900 + 2500);
        QVERIFY(!m_kiosk->waitingForStaff());
        click("kioskBack"); // the basket holds items: back does not leave it
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Shopping);
        photograph(QStringLiteral("shopping"));
    }

    void ageRestrictedItem_waitsForStaff_whoResolveWithTheirPin()
    {
        scan(QString::fromLatin1(beer));
        QVERIFY(m_kiosk->waitingForStaff());
        QVERIFY(visible("kioskWaiting"));
        QVERIFY2(textOf("kioskInterventionText").contains(QStringLiteral("adults")),
                 qPrintable(textOf("kioskInterventionText")));
        photograph(QStringLiteral("waiting"));
        scan(QString::fromLatin1(tShirtM)); // nothing more is sold while the kiosk waits
        QCOMPARE(m_assembly->till.itemCount(), 3);
        submitCredentials("kioskResolveForm", "1001", "0000");
        QVERIFY(m_kiosk->waitingForStaff());
        submitCredentials("kioskResolveForm", "1001", "1111");
        QVERIFY(!m_kiosk->waitingForStaff());
        scan(QString::fromLatin1(tShirtM)); // the beer checked once stays checked
        QCOMPARE(m_assembly->till.itemCount(), 4);
        QVERIFY(!m_kiosk->waitingForStaff());
    }

    void repeatedUnknownBarcode_callsStaff()
    {
        scan(QStringLiteral("8809999123453"));
        scan(QStringLiteral("8809999123453"));
        QVERIFY(!m_kiosk->waitingForStaff());
        scan(QStringLiteral("8809999123453"));
        QVERIFY(m_kiosk->waitingForStaff());
        QCOMPARE(m_kiosk->intervention(), KioskViewModel::Intervention::UnknownBarcode);
        submitCredentials("kioskResolveForm", "1001", "1111");
        QVERIFY(!m_kiosk->waitingForStaff());
    }

    void couponTheKioskCannotDecide_andTheHelpButton_callStaff()
    {
        // No central store here: the coupon cannot be checked, so a person must look at it.
        scan(QStringLiteral("OMCP1:eyJ4IjoxfQ.c2ln"));
        QTRY_VERIFY(m_kiosk->waitingForStaff());
        QCOMPARE(m_kiosk->intervention(), KioskViewModel::Intervention::Coupon);
        submitCredentials("kioskResolveForm", "2001", "2222");
        QVERIFY(!m_kiosk->waitingForStaff());
        click("kioskHelp");
        QCOMPARE(m_kiosk->intervention(), KioskViewModel::Intervention::Help);
        submitCredentials("kioskResolveForm", "1001", "1111");
        QVERIFY(!m_kiosk->waitingForStaff());
    }

    void identify_showsTheAppStep_andGoesBack()
    {
        click("kioskIdentify");
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Identify);
        photograph(QStringLiteral("identify"));
        click("kioskBack");
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Shopping);
    }

    void declinedCard_callsStaff_andTheShopperPaysAgain()
    {
        click("kioskPay");
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Paying);
        photograph(QStringLiteral("pay"));
        m_terminal->simulator->setScriptedOutcome(SimulatedOutcome::Decline);
        click("kioskPayCard");
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->waitingForStaff(), 20000);
        QCOMPARE(m_kiosk->intervention(), KioskViewModel::Intervention::PaymentFailed);
        QVERIFY(!m_assembly->till.finished());
        submitCredentials("kioskResolveForm", "1001", "1111");
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Paying);
    }

    void approvedCard_completesThePrintedSale_neverResetWhilePaying_thenWelcomesTheNext()
    {
        const qsizetype printedBefore = printedReceipts();
        m_terminal->simulator->setScriptedOutcome(SimulatedOutcome::Approve);
        m_terminal->simulator->setResponseDelayMs(1500);
        click("kioskPayCard");
        QTRY_VERIFY(m_assembly->cardScreen.busy());
        tick(idleSeconds + warningSeconds + 5); // the shopper stands still while the terminal works
        QCOMPARE(m_kiosk->idleSecondsLeft(), 0);
        QVERIFY(m_assembly->till.hasItems());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->stage(), KioskViewModel::Stage::Goodbye, 20000);
        QVERIFY(m_assembly->till.finished());
        photograph(QStringLiteral("goodbye"));
        QTRY_COMPARE_WITH_TIMEOUT(printedReceipts(), printedBefore + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->stage(), KioskViewModel::Stage::Welcome, 10000);
        QVERIFY(!m_assembly->till.hasItems());
        m_terminal->simulator->setResponseDelayMs(0);
    }

    void walkingAway_warnsFirst_thenVoidsTheBasket()
    {
        click("kioskStart");
        scan(QString::fromLatin1(tShirtM));
        tick(idleSeconds);
        QVERIFY(visible("kioskIdleWarning"));
        photograph(QStringLiteral("idle-warning"));
        click("kioskStillHere");
        QVERIFY(!visible("kioskIdleWarning"));
        QVERIFY(m_assembly->till.hasItems());
        tick(idleSeconds + warningSeconds);
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Welcome);
        QVERIFY(!m_assembly->till.hasItems());
        const auto &journal = m_assembly->checkout.journal();
        const auto last = journal.entry(journal.lastSequence());
        QVERIFY(last);
        QCOMPARE(last->record.value(QLatin1String("status")).toString(), QStringLiteral("voided"));
        QCOMPARE(last->record.value(QLatin1String("lines")).toArray().size(), 1);
    }

    void escapeKeys_doNothingOutsideStaffMode()
    {
        KeysSeen seen;
        m_window->installEventFilter(&seen);
        const QList<std::pair<int, Qt::KeyboardModifiers>> escapes{{Qt::Key_Escape, Qt::NoModifier},
                                                                   {Qt::Key_F4, Qt::AltModifier},
                                                                   {Qt::Key_Q, Qt::ControlModifier},
                                                                   {Qt::Key_W, Qt::ControlModifier},
                                                                   {Qt::Key_Tab, Qt::AltModifier}};
        for (const auto &[key, modifiers] : escapes)
            QTest::keyClick(m_window, Qt::Key(key), modifiers);
        QVERIFY2(seen.keys.isEmpty(), qPrintable(QString::number(seen.keys.size())));
        m_window->close();
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Welcome);
        QTest::keyClick(m_window, Qt::Key_5); // what a shopper or a scanner types still arrives
        QCOMPARE(seen.keys, QList<int>{Qt::Key_5});
        m_window->removeEventFilter(&seen);
    }

    void staffMode_voidsLines_cancelsTheSale_reprints_andClosesTheKiosk()
    {
        click("kioskStart");
        scan(QString::fromLatin1(tShirtM));
        scan(QString::fromLatin1(tShirtM));
        QQuickItem *corner = windowinput::visibleItem(m_window->contentItem(), QStringLiteral("kioskStaffCorner"));
        QVERIFY(corner);
        const QPoint middle = corner->mapToScene(QPointF(corner->width() / 2, corner->height() / 2)).toPoint();
        QTest::mousePress(m_window, Qt::LeftButton, {}, middle);
        QTest::qWait(1200);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, middle);
        QTRY_VERIFY(visible("kioskStaffPin"));
        submitCredentials("kioskStaffForm", "1001", "1111"); // a cashier may not
        QVERIFY(!m_kiosk->staffMode());
        submitCredentials("kioskStaffForm", "2001", "2222");
        QVERIFY(m_kiosk->staffMode());
        QVERIFY(visible("kioskStaffPanel"));
        photograph(QStringLiteral("staff"));

        KeysSeen seen;
        m_window->installEventFilter(&seen);
        QTest::keyClick(m_window, Qt::Key_Escape); // staff may use the keyboard freely
        QCOMPARE(seen.keys, QList<int>{Qt::Key_Escape});
        m_window->removeEventFilter(&seen);

        QVERIFY(m_kiosk->voidLine(lastLineId()));
        QCOMPARE(m_assembly->till.itemCount(), 1);
        click("kioskCancelSale");
        QVERIFY(!m_assembly->till.hasItems());
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Welcome);
        QVERIFY(m_kiosk->staffMode() == false);
        QVERIFY(m_kiosk->enterStaffMode(QStringLiteral("2001"), QStringLiteral("2222")));
        const qsizetype printedBefore = printedReceipts();
        click("kioskReprint");
        QTRY_COMPARE_WITH_TIMEOUT(printedReceipts(), printedBefore + 1, 20000);
        click("kioskClose");
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Closed);
        QVERIFY(!m_kiosk->staffMode());
        QVERIFY(!m_assembly->staff.current());
    }

    void restart_bringsTheBasketBack_openUnderTheSameStaff()
    {
        submitCredentials("kioskOpenForm", "2001", "2222");
        click("kioskStart");
        scan(QString::fromLatin1(tShirtM));
        QCOMPARE(m_assembly->till.itemCount(), 1);
        // The program stops with the basket on screen, and starts again on the same store file.
        m_screen.reset();
        m_assembly.reset();
        StoreSettings settings(*m_store->database);
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog, settings, *m_store->profile);
        QCOMPARE(m_assembly->restore().value(), 1);
        m_assembly->enterKioskMode();
        m_kiosk = &m_assembly->kiosk;
        // Open again by itself, no PIN typed: the shopper carries on.
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Shopping);
        QVERIFY(m_assembly->staff.current());
        QCOMPARE(m_assembly->staff.current()->staffNumber, QStringLiteral("2001"));
        QCOMPARE(m_assembly->till.itemCount(), 1);
    }

    void camera_seesAnItem_intoTheKiosksBasket()
    {
        BarcodePictures pictures;
        CameraScanner camera;
        m_assembly->attachScanner(camera);
        const qsizetype before = m_assembly->till.itemCount();
        camera.takeFrame(frameOf(scene(pictures.zint(QStringLiteral("EANX"), QStringLiteral("880941710112"))),
                                 QVideoFrameFormat::Format_Y8));
        QTRY_COMPARE(m_assembly->till.itemCount(), before + 1);
        QCOMPARE(m_assembly->checkout.sale().lines().constLast().product.sku, QStringLiteral("KR-TOP-0002"));
    }

    void keyGuard_knowsTheKeysThatLeadOut()
    {
        QVERIFY(KioskKeyGuard::isEscapeKey(Qt::Key_F4, Qt::AltModifier));
        QVERIFY(KioskKeyGuard::isEscapeKey(Qt::Key_Q, Qt::ControlModifier));
        QVERIFY(!KioskKeyGuard::isEscapeKey(Qt::Key_Q, Qt::NoModifier)); // a scanned or typed letter
        QVERIFY(!KioskKeyGuard::isEscapeKey(Qt::Key_F4, Qt::NoModifier));
        QVERIFY(!KioskKeyGuard::isEscapeKey(Qt::Key_Return, Qt::NoModifier));
    }
};

QTEST_MAIN(TestKioskScreen)
#include "tst_kioskscreen.moc"
