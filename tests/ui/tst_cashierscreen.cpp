#include "../central/CentralHarness.h"
#include "../scanners/DevicePipe.h"
#include "../services/StoreFixture.h"
#include "ScreenDriver.h"
#include "TillWindow.h"
#include "CashierViewModel.h"
#include "CheckoutService.h"
#include "HidPosReport.h"
#include "HidrawScannerReader.h"
#include "LanguageController.h"
#include "QmlSingletons.h"
#include "ReturnsViewModel.h"
#include "SaleJournal.h"
#include "SigningKeyStore.h"
#include "TillAssembly.h"
#include "WindowInput.h"

#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CustomerDisplayPlugin)

#include <QTest>

using namespace omnitill;

namespace {
// Every log line while a test captures, with its category: what a log file or journald would have kept.
QStringList capturedLog;
QtMessageHandler passLogOn = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    passLogOn(type, context, message);
}
} // namespace

// The cashier screen driven the way a cashier and a keyboard-wedge scanner drive it: keystrokes into
// the window, then what the screen shows.
class TestCashierScreen : public QObject, private ScreenDriver
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TillAssembly> m_assembly;
    CheckoutService *m_checkout = nullptr;
    CashierViewModel *m_till = nullptr;
    std::unique_ptr<TillWindow> m_screen;

    QString printedFolder() const { return m_store->directory.filePath(QStringLiteral("printed")); }
    qsizetype printedReceipts() const
    {
        return QDir(printedFolder()).entryList({QStringLiteral("*.png")}, QDir::Files).size();
    }

    // Keys as a real keyboard (or wedge scanner) delivers them on X11 and Wayland: with the evdev key code
    // plus 8 as the native scan code and the event's time, gapMs apart.
    void typeKeys(const QString &text, qint64 gapMs)
    {
        QVERIFY(windowinput::typeKeys(m_window, text, gapMs, m_keyClockMs));
    }
    qint64 m_keyClockMs = 1'000'000;

    // A keyboard-wedge card reader: the tracks and Enter, 3 ms a key.
    void swipe(const QString &tracks) { typeKeys(tracks + u'\r', 3); }

    void scan(const QByteArray &code)
    {
        // A keyboard-wedge scanner types the digits and Enter in a burst.
        for (char c : code)
            QTest::keyClick(m_window, c);
        QTest::keyClick(m_window, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_store = std::make_unique<StoreFixture>();
        // The device families (the pole display) load from the build's plugin folder.
        qputenv("OMNITILL_PLUGIN_PATH", PLUGIN_DIR);
        // Receipts print on the virtual printer, as PNG files in the test's own folder.
        QVERIFY(StoreSettings(*m_store->database)
                    .setValue(QStringLiteral("printer.address"), QStringLiteral("virtual:") + printedFolder()));
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog,
                                                    StoreSettings(*m_store->database), *m_store->profile);
        m_checkout = &m_assembly->checkout;
        m_till = &m_assembly->till;
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Cashier"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_assembly.reset();
        m_store.reset();
    }

    void signInScreen_coversTheTillUntilAPinIsRight()
    {
        QVERIFY(visible("signInScreen"));
        submitCredentials("1001", "9999");
        QTRY_VERIFY(textOf("credentialsMessage").contains(QStringLiteral("PIN")));
        QVERIFY(visible("signInScreen"));
        submitCredentials("1001", "1111");
        QTRY_VERIFY(!visible("signInScreen"));
        QVERIFY(visible("openShiftPanel")); // no sale before the float is counted
        QVERIFY(!m_checkout->scan(QStringLiteral("8809417101124")));
    }

    void openingTheShift_letsTheCashierSell()
    {
        auto *floatField = m_window->findChild<QQuickItem *>(QStringLiteral("floatField"));
        QVERIFY(floatField);
        floatField->setProperty("text", QStringLiteral("100,000"));
        QMetaObject::invokeMethod(m_window->findChild<QQuickItem *>(QStringLiteral("openShiftButton")), "clicked");
        QTRY_VERIFY(!visible("openShiftPanel"));
        QVERIFY(m_assembly->shifts.currentShiftId().has_value());
        QTRY_VERIFY(m_window->findChild<QQuickItem *>(QStringLiteral("scanField"))->hasActiveFocus());
    }

    void scannedBarcode_appearsInTheCartAndTotal()
    {
        scan("8809417101124");
        QTRY_COMPARE(m_till->cart()->rowCount(), 1);
        QCOMPARE(textOf("totalText"), QStringLiteral("₩19,900"));
        scan("2*8809417101124");
        QTRY_COMPARE(m_till->cart()->rowCount(), 2);
        // ₩59,700 of T-shirts, less the demo store's "₩5,000 off over ₩50,000".
        QCOMPARE(textOf("totalText"), QStringLiteral("₩54,700"));
    }

    void wrongBarcode_isExplainedOnScreen()
    {
        scan("8809417101125");
        QTRY_VERIFY(textOf("messageText").contains(QStringLiteral("8809417101125")));
        QVERIFY(m_till->messageIsError());
        QCOMPARE(m_till->cart()->rowCount(), 2);
    }

    void storedValueTenders_areOnThePayPanel_pointsAndCreditWaitForACustomer()
    {
        QTRY_VERIFY(visible("giftCardTenderButton"));
        const auto enabled = [this](const char *name) {
            return m_window->findChild<QQuickItem *>(QString::fromLatin1(name))->isEnabled();
        };
        QVERIFY(!enabled("pointsTenderButton"));
        QVERIFY(!enabled("storeCreditTenderButton"));
        QVERIFY(!visible("giftCardNumberField"));
        click("giftCardTenderButton");
        QTRY_VERIFY(visible("giftCardNumberField"));
        type("giftCardNumberField", QStringLiteral("6390 0000 0000 1001"));
        click("giftCardLookUpButton");
        // This till has no central store: the card's balance cannot be known, and the screen says why.
        QTRY_VERIFY(visible("storedValueMessage"));
        QVERIFY(m_assembly->storedValueScreen.messageIsError());
        QCOMPARE(m_assembly->storedValueScreen.giftCardText(), QStringLiteral("••••1001"));
        QVERIFY(m_checkout->sale().tenders().isEmpty());
    }

    void cashPayment_showsChangeAndJournalsTheSale()
    {
        QVERIFY(m_till->payCash(QStringLiteral("60,000")));
        QTRY_COMPARE(textOf("changeText"), QStringLiteral("Change: ₩5,300"));
        QCOMPARE(m_checkout->journal().lastSequence(), 1);
        QVERIFY(textOf("receiptText").contains(QStringLiteral("Receipt 000001")));
        QTRY_COMPARE(printedReceipts(), 1); // the receipt came out of the (virtual) printer
        QVERIFY(m_till->reprintLast());
        QTRY_COMPARE(printedReceipts(), 2);
    }

    void returnAgainstTheReceipt_refundsWhatWasPaid()
    {
        ReturnsViewModel &returns = m_assembly->returnsScreen;
        QVERIFY(!returns.load(QStringLiteral("999"))); // no such receipt
        QVERIFY(returns.load(QStringLiteral("1")));
        QCOMPARE(returns.rowCount(), 2); // one T-shirt, then two
        returns.change(1, +1);
        returns.change(1, +1);
        returns.change(1, +1); // only two were sold on that line
        QCOMPARE(returns.data(returns.index(1), ReturnsViewModel::ChosenRole).toString(), QStringLiteral("2"));
        QVERIFY2(returns.refund(), qPrintable(returns.message()));
        // Two of three T-shirts: their share of the ₩5,000 basket promotion is not refunded.
        QVERIFY2(returns.message().contains(QStringLiteral("₩36,467")), qPrintable(returns.message()));
        QCOMPARE(returns.data(returns.index(1), ReturnsViewModel::SoldRole).toString(),
                 QStringLiteral("sold 2, returnable 0"));
    }

    void exchangeInTheReturnsTab_creditPaysTheNewItems_andTheDifferenceIsRefunded()
    {
        m_till->newSale();
        click("returnsTab");
        type("returnReceiptField", QStringLiteral("1"));
        click("findReceiptButton");
        QTRY_VERIFY(m_assembly->returnsScreen.loaded());
        click("returnMore_0"); // the one T-shirt of receipt 1's first line is left to return
        click("exchangeButton");
        QTRY_VERIFY(visible("exchangeCreditText")); // back on the Pay tab, the credit on the sale
        QVERIFY(m_checkout->sale().exchange());
        const qint64 credit = m_checkout->sale().exchange()->creditMinor;
        QVERIFY(credit > 1900);
        const qint64 journaled = m_checkout->journal().lastSequence();
        ReturnsViewModel &returns = m_assembly->returnsScreen;
        QVERIFY(returns.load(QStringLiteral("1"))); // the shirt on its way back is not offered again
        QCOMPARE(returns.data(returns.index(0), ReturnsViewModel::ReturnableRole).toBool(), false);

        QVERIFY(m_till->submitCode(QStringLiteral("8801105001068"))); // a ₩1,900 cola
        QTRY_VERIFY(visible("completeExchangeButton"));
        QVERIFY(textOf("exchangeRefundText").startsWith(QStringLiteral("To refund")));
        QCOMPARE(m_checkout->journal().lastSequence(), journaled); // nothing returned before completion
        click("completeExchangeButton");
        QTRY_COMPARE(m_checkout->sale().state(), SaleState::Completed);

        QCOMPARE(m_checkout->journal().lastSequence(), journaled + 2); // the return, then the sale
        const auto returned = m_checkout->journal().entry(journaled + 1);
        QCOMPARE(returned->record.value(QStringLiteral("kind")).toString(), QStringLiteral("return"));
        QCOMPARE(returned->totalMinor, -credit);
        // Receipt 1 was paid in cash: what the cola leaves of the credit goes back in cash.
        QTRY_VERIFY(textOf("exchangeRefundText").contains(QStringLiteral("cash")));
        QVERIFY(textOf("receiptText").contains(QStringLiteral("Returned from receipt 000001")));
        // Printed: receipt 1 and its copy, the refund of return 2, and this exchange (its return on it).
        QTRY_COMPARE(printedReceipts(), 4);
        QVERIFY(m_checkout->journal().verify().intact());
        QCOMPARE(
            m_assembly->returns.returnable(returned->record.value(QStringLiteral("originalSale")).toString())->value(1),
            Quantity{0});
    }

    void returnWithoutReceipt_needsAManager_andItsStoreCreditPaysASale()
    {
        m_till->newSale();
        click("returnsTab");
        click("noReceiptTab");
        type("noReceiptCodeField", QStringLiteral("8801105001068"));
        click("noReceiptMoreButton"); // two colas
        const qint64 journaled = m_checkout->journal().lastSequence();
        QTRY_COMPARE_WITH_TIMEOUT(m_assembly->printing.waitingJobs(), 0, 10000);
        const qsizetype printed = printedReceipts();
        click("noReceiptRefundButton");
        QTRY_VERIFY(visible("approvalDialog")); // a cashier may not refund without a receipt alone
        QCOMPARE(m_checkout->journal().lastSequence(), journaled);
        submitCredentials("3001", "3333");
        QTRY_COMPARE(m_checkout->journal().lastSequence(), journaled + 1);
        QVERIFY(!visible("approvalDialog"));
        const auto credit = m_checkout->journal().entry(journaled + 1);
        QCOMPARE(credit->record.value(QStringLiteral("refundTo")).toString(), QStringLiteral("storeCredit"));
        QCOMPARE(credit->totalMinor, -2 * 1900); // the lowest price of the last 30 days
        QVERIFY(m_assembly->returnsScreen.message().contains(QStringLiteral("Store credit")));
        QTRY_COMPARE(printedReceipts(), printed + 1); // its receipt carries the code that spends it

        click("payTab");
        QVERIFY(m_till->submitCode(QStringLiteral("8809417101124"))); // ₩19,900
        type("storeCreditField", QString::number(credit->sequence));
        click("storeCreditButton");
        QTRY_COMPARE(m_checkout->sale().totals().balanceMinor, 19900 - 3800);
        QVERIFY(m_till->payCash(QString()));
        QCOMPARE(*m_assembly->returns.storeCredit(QUuid(credit->saleId)), 0);
    }

    void cashReceipt_onThePayTab_isCheckedTakenMaskedAndPrinted()
    {
        m_till->newSale();
        click("payTab");
        QVERIFY(m_till->submitCode(QStringLiteral("8809417101124")));
        QTRY_VERIFY(visible("cashReceiptField"));
        click("cashReceiptExpenseButton");
        type("cashReceiptField", QStringLiteral("123-45-67890")); // one digit mistyped: the check digit fails
        click("cashReceiptButton");
        QTRY_VERIFY2(textOf("cashReceiptMessage").contains(QStringLiteral("not a valid business registration number")),
                     qPrintable(textOf("cashReceiptMessage")));
        click("cashReceiptIncomeButton");
        type("cashReceiptField", QStringLiteral("010-1234-3852"));
        click("cashReceiptButton");
        QTRY_COMPARE(textOf("cashReceiptSummary"), QStringLiteral("Cash receipt (income deduction) 010-****-3852"));
        QCOMPARE(textOf("cashReceiptField"), QString());
        QCOMPARE(textOf("cashReceiptMessage"), QString());
        QVERIFY(m_till->payCash(QString()));
        QTRY_VERIFY(textOf("receiptText").contains(QStringLiteral("010-****-3852")));
        QCOMPARE(m_checkout->lastCompleted()
                     ->record.value(QLatin1String("cashReceipt"))
                     .toObject()
                     .value(QLatin1String("masked")),
                 QStringLiteral("010-****-3852"));
    }

    void productSearch_findsByKoreanInitialsAndSellsOnTap()
    {
        m_till->newSale();
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("ko"))); // the names shown are the Korean ones
        auto *search = m_window->findChild<QQuickItem *>(QStringLiteral("productSearchField"));
        QVERIFY(search);
        search->setProperty("text", QStringLiteral("ㅅㅅ")); // 생수 500ml, 생수 2L
        QVERIFY(m_till->products()->searching()); // read off the screen's thread
        QTRY_VERIFY(!m_till->products()->searching());
        QVERIFY(m_till->products()->rowCount() >= 2);
        for (int row = 0; row < m_till->products()->rowCount(); ++row) {
            const QString name =
                m_till->products()->data(m_till->products()->index(row), ProductSearchModel::NameRole).toString();
            QVERIFY2(name.startsWith(QStringLiteral("생")), qPrintable(name));
        }
        QVERIFY(m_till->addProduct(0));
        QCOMPARE(m_till->cart()->rowCount(), 1);
        search->setProperty("text", QString());
        QCOMPARE(m_till->products()->rowCount(), 12); // back to the store's favourites
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
    }

    void functionKeyF4_parksTheSaleAndItComesBack()
    {
        QVERIFY(m_till->hasItems());
        const QString total = textOf("totalText");
        QTest::keyClick(m_window, Qt::Key_F4);
        QTRY_COMPARE(m_till->parked()->count(), 1);
        QCOMPARE(m_till->cart()->rowCount(), 0);
        const QString saleId =
            m_till->parked()->data(m_till->parked()->index(0), ParkedSalesModel::SaleIdRole).toString();
        QVERIFY(m_till->resume(saleId));
        QCOMPARE(m_till->parked()->count(), 0);
        QCOMPARE(textOf("totalText"), total);
        QVERIFY(m_till->payCash(QString())); // the exact amount
    }

    void weighedProductFromTheGrid_asksForTheWeightOnTheKeypad()
    {
        m_till->newSale();
        auto *search = m_window->findChild<QQuickItem *>(QStringLiteral("productSearchField"));
        search->setProperty("text", QStringLiteral("Bananas"));
        QTRY_COMPARE(m_till->products()->rowCount(), 1);
        QVERIFY(m_till->products()->data(m_till->products()->index(0), ProductSearchModel::WeighedRole).toBool());
        QVERIFY(!m_till->addProduct(0)); // a tap alone cannot know the weight
        auto *dialog = m_window->findChild<QObject *>(QStringLiteral("weightDialog"));
        QVERIFY(dialog);
        QMetaObject::invokeMethod(dialog, "ask", Q_ARG(QVariant, 0), Q_ARG(QVariant, QStringLiteral("바나나")));
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *weight = dialog->findChild<QQuickItem *>(QStringLiteral("weightField"));
        auto *add = dialog->findChild<QQuickItem *>(QStringLiteral("addWeighedButton"));
        weight->setProperty("text", QStringLiteral("0.4567"));
        QMetaObject::invokeMethod(add, "clicked");
        QVERIFY(m_till->messageIsError()); // four decimals: refused, the dialog stays
        QVERIFY(dialog->property("visible").toBool());
        weight->setProperty("text", QStringLiteral("456")); // grams, as the keypad types them
        QMetaObject::invokeMethod(add, "clicked");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(m_checkout->sale().lines().last().quantity, Quantity::grams(456));
        QCOMPARE(m_checkout->sale().totals().lines.last().grossMinor, 2234); // 4,900 × 0.456, half up
        search->setProperty("text", QString());
        QVERIFY(m_till->payCash(QString()));
    }

    void lineDiscountAndApprovedPriceOverride_changeTheTotal()
    {
        m_till->newSale();
        scan("8809417101124");
        QTRY_VERIFY(m_till->hasItems());
        const int lineId = m_checkout->sale().lines().first().id;
        QVERIFY(!m_till->discountPercent(lineId, QStringLiteral("ten"), QString()));
        QVERIFY(m_till->discountPercent(lineId, QStringLiteral("10"), QStringLiteral("staff")));
        QTRY_COMPARE(textOf("totalText"), QStringLiteral("₩17,910"));
        QVERIFY(!m_till->overridePrice(lineId, QStringLiteral("15,000"), QStringLiteral("damaged"))); // a cashier asks
        QTRY_VERIFY(visible("approvalDialog"));
        submitCredentials("2001", "2222");
        QTRY_COMPARE(textOf("totalText"), QStringLiteral("₩13,500")); // the new price, still 10 % off
        QVERIFY(m_till->payCash(QString()));
    }

    void lineDialog_savesANote_andAnAmountOffAboveTheLimitWaitsForAManager()
    {
        m_till->newSale();
        scan("8809417101124"); // 19,900
        QTRY_VERIFY(m_till->hasItems());
        const int lineId = m_checkout->sale().lines().first().id;
        auto *dialog = m_window->findChild<QObject *>(QStringLiteral("lineEditDialog"));
        QVERIFY(dialog);
        const auto field = [dialog](const char *name) {
            return dialog->findChild<QQuickItem *>(QString::fromLatin1(name));
        };
        const auto click = [&](const char *name) { QMetaObject::invokeMethod(field(name), "clicked"); };

        QMetaObject::invokeMethod(dialog, "edit", Q_ARG(QVariant, lineId), Q_ARG(QVariant, QStringLiteral("T-shirt")),
                                  Q_ARG(QVariant, QString()));
        QTRY_VERIFY(dialog->property("opened").toBool());
        field("lineNoteField")->setProperty("text", QStringLiteral("선물 포장"));
        click("saveNoteButton");
        QTRY_COMPARE(m_checkout->sale().lines().first().note, QStringLiteral("선물 포장"));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        QMetaObject::invokeMethod(dialog, "edit", Q_ARG(QVariant, lineId), Q_ARG(QVariant, QStringLiteral("T-shirt")),
                                  Q_ARG(QVariant, QStringLiteral("선물 포장")));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(field("lineNoteField")->property("text").toString(), QStringLiteral("선물 포장"));
        field("lineDiscountField")->setProperty("text", QStringLiteral("5,000")); // 25 %: above a cashier's 10 %
        field("lineReasonField")->setProperty("text", QStringLiteral("loyal customer"));
        click("amountOffButton");
        QTRY_VERIFY(visible("approvalDialog"));
        submitCredentials("3001", "3333");
        QTRY_COMPARE(textOf("totalText"), QStringLiteral("₩14,900"));
        QMetaObject::invokeMethod(dialog, "close");
        QVERIFY(m_till->payCash(QString()));
    }

    void scannedTextSpellingAShortcut_isOnlyAScan()
    {
        // A barcode can carry any characters, but a wedge scanner types them: never a function key.
        scan("F4");
        QTRY_VERIFY(m_till->messageIsError());
        QCOMPARE(m_till->parked()->count(), 0);
    }

    void customerDisplay_welcomesThenFollowsTheSale()
    {
        m_till->newSale();
        m_screen->engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Omnitill/CustomerDisplay/CustomerDisplay.qml")));
        auto *display = qobject_cast<QQuickWindow *>(m_screen->engine.rootObjects().constLast());
        QVERIFY(display && display != m_window);
        const auto shown = [display](const char *name) {
            auto *item = display->findChild<QQuickItem *>(QString::fromLatin1(name));
            return item && item->isVisible() ? item->property("text").toString() : QString();
        };
        QTRY_VERIFY(display->findChild<QQuickItem *>(QStringLiteral("welcome"))->isVisible());
        m_window->requestActivate();
        scan("8809417101124");
        QTRY_COMPARE(shown("customerAmount"), QStringLiteral("₩19,900"));
        QVERIFY(!display->findChild<QQuickItem *>(QStringLiteral("welcome"))->isVisible());
        QVERIFY(m_till->payCash(QStringLiteral("20,000")));
        QTRY_COMPARE(shown("customerAmount"), QStringLiteral("₩100"));
        m_till->newSale();
        QTRY_VERIFY(display->findChild<QQuickItem *>(QStringLiteral("welcome"))->isVisible());
        delete display;
    }

    void voidSaleByACashier_waitsForASupervisorsApproval()
    {
        m_till->newSale();
        scan("8809417101124");
        QTRY_VERIFY(m_till->hasItems());
        QVERIFY(!m_till->voidSale()); // a cashier may not void a sale alone
        QTRY_VERIFY(visible("approvalDialog"));
        submitCredentials("1001", "1111"); // nobody approves their own request
        QTRY_VERIFY(!textOf("credentialsMessage").isEmpty());
        QCOMPARE(m_checkout->sale().state(), SaleState::Open);
        submitCredentials("2001", "2222");
        QTRY_COMPARE(m_checkout->sale().state(), SaleState::Voided);
        QVERIFY(!visible("approvalDialog"));
        const auto entry = m_checkout->journal().entry(m_checkout->journal().lastSequence());
        QCOMPARE(entry->record.value(QStringLiteral("status")).toString(), QStringLiteral("voided"));
        const auto approvals = m_assembly->approvals.log().entries();
        QVERIFY(approvals);
        QCOMPARE(approvals->constLast().approver, QStringLiteral("2001"));
        QVERIFY(approvals->constLast().approved);
        QCOMPARE(approvals->constLast().action, QStringLiteral("void_sale"));
    }

    void scannerBurstIntoTheSearchField_isAScanNotText()
    {
        m_till->newSale();
        auto *search = m_window->findChild<QQuickItem *>(QStringLiteral("productSearchField"));
        QVERIFY(search);
        search->forceActiveFocus();
        QTRY_VERIFY(search->hasActiveFocus());
        QDateTime now = QDateTime::currentDateTimeUtc();
        m_assembly->idleLock.setClock([&now] { return now; });
        m_assembly->idleLock.noteActivity();
        now = now.addSecs(m_assembly->idleLock.idleSeconds() - 10);
        typeKeys(QStringLiteral("8809417101124\r"), 5); // a scanner: 5 ms a key, Enter at the end
        QTRY_COMPARE(m_till->cart()->rowCount(), 1);
        QCOMPARE(search->property("text").toString(), QString());
        now = now.addSecs(m_assembly->idleLock.idleSeconds() - 10);
        QVERIFY(!m_assembly->idleLock.checkIdle()); // the scan's keys, swallowed, still kept the till awake
        m_assembly->idleLock.setClock([] { return QDateTime::currentDateTimeUtc(); });
        // A person typing into the same field at 150 ms a key still types.
        typeKeys(QStringLiteral("Tee"), 150);
        QTRY_COMPARE(search->property("text").toString(), QStringLiteral("Tee"));
        // A key held back for the detector still comes before the Backspace that follows it.
        typeKeys(QStringLiteral("s"), 150);
        QKeyEvent backspace(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier, 14 + 8, 0, 0, QString());
        backspace.setTimestamp(quint64(m_keyClockMs += 10));
        QCoreApplication::sendEvent(m_window, &backspace);
        QTest::qWait(100);
        QCOMPARE(search->property("text").toString(), QStringLiteral("Tee"));
        QCOMPARE(m_till->cart()->rowCount(), 1);
        search->setProperty("text", QString());
        // A burst that is not a code the till knows is refused on screen, and typed nowhere.
        typeKeys(QStringLiteral("rm -rf /; F12\r"), 4);
        QTRY_VERIFY(m_till->messageIsError());
        QCOMPARE(search->property("text").toString(), QString());
        // "3*" typed into the scan field by a person, then a scanner's burst: three pieces, field cleared.
        auto *scanField = m_window->findChild<QQuickItem *>(QStringLiteral("scanField"));
        scanField->forceActiveFocus();
        typeKeys(QStringLiteral("3*"), 150);
        QTRY_COMPARE(scanField->property("text").toString(), QStringLiteral("3*"));
        typeKeys(QStringLiteral("8801105001013\r"), 5);
        QTRY_COMPARE(m_till->cart()->rowCount(), 2);
        QCOMPARE(m_checkout->sale().lines().last().quantity.thousandths, Quantity::pieces(3).thousandths);
        QTRY_COMPARE(scanField->property("text").toString(), QString());
        // A coupon's QR code from a wedge scanner goes to the coupons, which check it: this one is not signed by
        // the central store, and the message line says why; the sale is unchanged.
        QVERIFY(!m_till->messageIsError());
        typeKeys(QStringLiteral("OMCP1:eyJpZCI6ImMxIn0.c2ln\r"), 5);
        QTRY_VERIFY(m_till->messageIsError());
        QVERIFY(!m_till->message().isEmpty());
        QVERIFY(m_checkout->sale().coupons().isEmpty());
        QCOMPARE(m_till->cart()->rowCount(), 2);
        // Typed (or pasted) into the scan field, it goes the same way, not to the product lookup.
        const QString wedgeRefusal = m_till->message();
        m_till->newSale();                                                         // clears the message line
        QVERIFY(m_till->submitCode(QStringLiteral("OMCP1:eyJpZCI6ImMxIn0.c2ln"))); // handed to the coupons
        QTRY_COMPARE(m_till->message(), wedgeRefusal);
    }

    void scannerDevices_feedTheSameScanPath()
    {
        DevicePipe device;
        HidrawScannerReader reader({});
        reader.watch(device.readFd());
        m_assembly->attachScanner(reader);
        const auto sendReport = [&](const QByteArray &symbology, const QByteArray &data) {
            QByteArray report(1, char(HidPosReport::scannedDataReportId));
            report += char(data.size()) + symbology + data;
            report = report.leftJustified(HidPosReport::reportSize, '\0');
            device.send(report);
        };
        sendReport("]E0", "8809417101124");
        QTRY_VERIFY2(m_till->cart()->rowCount() == 3, qPrintable(m_till->message()));
        // The first receipt's QR code opens it for a return.
        const QString saleId = m_checkout->journal().entry(1)->saleId;
        sendReport("]Q1", "OTR:" + saleId.toLatin1());
        QTRY_COMPARE(m_assembly->returnsScreen.rowCount(), 2);
        // A customer's app code goes to the customer panel, which checks it: this one is not signed by the
        // central store, and the panel says why.
        sendReport("]Q1", "OMC1:eyJjaWQiOiJjMSJ9.c2ln");
        QTRY_VERIFY(m_assembly->customerScreen.messageIsError());
        QVERIFY(!m_assembly->customerScreen.message().isEmpty());
        QVERIFY(!m_assembly->customerScreen.attached());
        QCOMPARE(m_till->cart()->rowCount(), 3);
        QVERIFY(m_till->payCash(QString()));
    }

    void typingAndScanning_keepTheTillAwake()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        m_assembly->idleLock.setClock([&now] { return now; });
        m_assembly->idleLock.noteActivity();
        const qint64 idle = m_assembly->idleLock.idleSeconds();
        now = now.addSecs(idle - 10);
        QTest::keyClick(m_window, Qt::Key_Escape); // any key, as a cashier's or a scanner's
        now = now.addSecs(idle - 10);
        QVERIFY(!m_assembly->idleLock.checkIdle()); // busy: not locked though 2 × (idle − 10) s passed
        now = now.addSecs(idle + 1);
        QVERIFY(m_assembly->idleLock.checkIdle()); // untouched: locked
        QTRY_VERIFY(visible("signInScreen"));
        submitCredentials("1001", "1111");
        QTRY_VERIFY(!visible("signInScreen"));
        m_assembly->idleLock.setClock([] { return QDateTime::currentDateTimeUtc(); });
    }

    void lockButton_locksTheTillAndTheCashiersPinOpensIt()
    {
        QMetaObject::invokeMethod(m_window->findChild<QQuickItem *>(QStringLiteral("lockButton")), "clicked");
        QTRY_VERIFY(visible("signInScreen"));
        submitCredentials("1001", "1111");
        QTRY_VERIFY(!visible("signInScreen"));
    }

    void staffCardSwipe_unlocksApprovesAndSignsIn()
    {
        // Locked: the cashier's card opens the till as the PIN would.
        QMetaObject::invokeMethod(m_window->findChild<QQuickItem *>(QStringLiteral("lockButton")), "clicked");
        QTRY_VERIFY(visible("signInScreen"));
        swipe(QStringLiteral(";861001=40917731?"));
        QTRY_VERIFY(!visible("signInScreen"));
        // An approval: the supervisor's card approves; the cashier's own and a forged one do not.
        m_till->newSale();
        scan("8809417101124");
        QTRY_VERIFY(m_till->hasItems());
        QVERIFY(!m_till->voidSale());
        QTRY_VERIFY(visible("approvalDialog"));
        swipe(QStringLiteral(";861001=40917731?"));
        QTRY_COMPARE(textOf("credentialsMessage"), QStringLiteral("Someone else must approve this"));
        swipe(QStringLiteral(";862001=12345678?"));
        QTRY_COMPARE(textOf("credentialsMessage"), QStringLiteral("This staff card is not valid"));
        QCOMPARE(m_checkout->sale().state(), SaleState::Open);
        swipe(QStringLiteral(";862001=52806614?"));
        QTRY_COMPARE(m_checkout->sale().state(), SaleState::Voided);
        QVERIFY(!visible("approvalDialog"));
        const auto approvals = m_assembly->approvals.log().entries();
        QCOMPARE(approvals->constLast().approver, QStringLiteral("2001"));
        QVERIFY(approvals->constLast().approved);
        // Signed out: typing the staff number still types (only a card swipe is caught), the card signs in.
        m_assembly->session.signOut();
        QTRY_VERIFY(visible("signInScreen"));
        QQuickItem *number = windowinput::visibleItem(m_window->contentItem(), QStringLiteral("staffNumberField"));
        QVERIFY(number);
        number->forceActiveFocus();
        typeKeys(QStringLiteral("10"), 150);
        QTRY_COMPARE(number->property("text").toString(), QStringLiteral("10"));
        swipe(QStringLiteral(";861001=40917731?"));
        QTRY_VERIFY(!visible("signInScreen"));
        QCOMPARE(m_assembly->session.staffNumber(), QStringLiteral("1001"));
        m_till->newSale();
    }

    void loyaltyAndGiftCardSwipes_goToTheirHandlers()
    {
        QSignalSpy customers(m_till, &CashierViewModel::customerScanned);
        auto *scanField = m_window->findChild<QQuickItem *>(QStringLiteral("scanField"));
        scanField->forceActiveFocus();
        swipe(QStringLiteral(";880010000001?"));
        QTRY_COMPARE(customers.count(), 1);
        QCOMPARE(customers.first().first().toString(), QStringLiteral("880010000001"));
        QCOMPARE(scanField->property("text").toString(), QString());
        // A gift card goes to the Pay panel's gift card tender, which looks its balance up.
        QSignalSpy giftCards(m_till, &CashierViewModel::giftCardSwiped);
        swipe(QStringLiteral(";8700000000000014?"));
        QTRY_COMPARE(giftCards.count(), 1);
        QCOMPARE(giftCards.first().first().toString(), QStringLiteral("8700000000000014"));
        QVERIFY(!m_till->hasItems());
        // A staff card in the middle of selling changes nobody.
        swipe(QStringLiteral(";863001=63195548?"));
        QTRY_COMPARE(m_till->message(),
                     QStringLiteral("A staff card signs in and approves; it does not belong to a sale"));
        QCOMPARE(m_assembly->session.staffNumber(), QStringLiteral("1001"));
    }

    void paymentCardSwipe_isRefused_andItsNumberIsInNoFileNorLog()
    {
        const QString pan = QStringLiteral("4111111111111111");
        const QString track2 = pan + QStringLiteral("=2812101000000000");
        const QString tracks = QStringLiteral("%B") + pan + QStringLiteral("^PARK/JIEUN^2812101000000000?;") + track2 +
                               QStringLiteral("?");
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        capturedLog.clear();
        passLogOn = qInstallMessageHandler(captureLog);

        // While selling, with the scan field focused: refused on screen, typed nowhere, sold nothing.
        auto *scanField = m_window->findChild<QQuickItem *>(QStringLiteral("scanField"));
        scanField->forceActiveFocus();
        swipe(tracks);
        QTRY_COMPARE(m_till->message(), QStringLiteral("Use the card terminal for payment cards"));
        QVERIFY(m_till->messageIsError());
        QCOMPARE(scanField->property("text").toString(), QString());
        QVERIFY(!m_till->hasItems());
        // At the sign-in screen, into the staff number field: refused there too.
        m_assembly->session.signOut();
        QTRY_VERIFY(visible("signInScreen"));
        QQuickItem *number = windowinput::visibleItem(m_window->contentItem(), QStringLiteral("staffNumberField"));
        QVERIFY(number);
        number->forceActiveFocus();
        swipe(tracks);
        QTRY_COMPARE(m_assembly->session.message(), QStringLiteral("Use the card terminal for payment cards"));
        QCOMPARE(number->property("text").toString(), QString());
        swipe(QStringLiteral(";861001=40917731?"));
        QTRY_VERIFY(!visible("signInScreen"));
        // A sale after it is journalled and printed as usual.
        m_till->newSale();
        scan("8809417101124");
        QTRY_VERIFY(m_till->hasItems());
        QVERIFY(m_till->payCash(QString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_assembly->printing.waitingJobs(), 0, 10000);

        qInstallMessageHandler(passLogOn);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!capturedLog.isEmpty()); // the capture worked: the sale logged its receipt at least
        const QStringList secrets{pan, track2, QStringLiteral("PARK/JIEUN")};
        for (const QString &secret : secrets) {
            for (const QString &line : std::as_const(capturedLog))
                QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("logged: ") + line));
            for (const char *shown : {"messageText", "receiptText", "lastScanRaw", "credentialsMessage"})
                QVERIFY2(!textOf(shown).contains(secret), shown);
        }
        // Every file of the till: database, WAL, device configuration, printed receipts.
        int files = 0;
        QDirIterator it(m_store->directory.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &secret : secrets) {
                const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
                QVERIFY2(!bytes.contains(secret.toLatin1()) && !bytes.contains(utf16), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files >= 3); // at least the database, its WAL and a receipt
    }

    void devicePage_listsThePrinterAndThePoleDisplay_andPrintsATestPage()
    {
        click("devicesTab");
        const DevicesViewModel &devices = m_assembly->devicesScreen;
        const auto rowNamed = [&devices](const QString &name) {
            for (int row = 0; row < devices.rowCount(); ++row) {
                if (devices.data(devices.index(row), DevicesViewModel::NameRole).toString() == name)
                    return devices.index(row);
            }
            return QModelIndex();
        };
        QVERIFY(rowNamed(QStringLiteral("receipt")).isValid());
        QCOMPARE(devices.data(rowNamed(QStringLiteral("receipt")), DevicesViewModel::AddressRole).toString(),
                 QStringLiteral("virtual:") + printedFolder());
        // The default configuration's simulated pole display, built from the plugin on the device thread.
        QTRY_VERIFY(rowNamed(QStringLiteral("pole")).isValid());
        QTRY_VERIFY(devices.data(rowNamed(QStringLiteral("pole")), DevicesViewModel::StateRole)
                        .toString()
                        .startsWith(QStringLiteral("enabled")));
        QCOMPARE(devices.data(rowNamed(QStringLiteral("pole")), DevicesViewModel::ProblemRole).toString(), QString());

        // Receipts of earlier sales may still be on their way to the printer: count from an empty queue.
        QTRY_COMPARE_WITH_TIMEOUT(m_assembly->printing.waitingJobs(), 0, 10000);
        const qsizetype before = printedReceipts();
        click("testPrintButton");
        QTRY_COMPARE_WITH_TIMEOUT(printedReceipts(), before + 1, 10000);
        QCOMPARE(textOf("devicesMessage"), QStringLiteral("Test page sent to the receipt printer."));

        // What the scanner code will hand over: the GS1 separator shows as <1d>, it is not typed.
        m_assembly->devicesScreen.lastScan(QStringLiteral("]C10109501101020917\x1d"
                                                          "10ABC"),
                                           QStringLiteral("GTIN 09501101020917, lot ABC"));
        QTRY_VERIFY(textOf("lastScanRaw").contains(QStringLiteral("<1d>10ABC")));
        QCOMPARE(textOf("lastScanParsed"), QStringLiteral("Understood: GTIN 09501101020917, lot ABC"));
        click("payTab");
    }

    // The sizes the screenshots are made at (scripts/screens.sh): Korean from 1024 wide, English from 1280.
    void eightTabs_keepEveryLabelWhole_inKoreanAt1024_andEnglishAt1280()
    {
        auto *tabs = m_window->findChild<QQuickItem *>(QStringLiteral("rightTabs"));
        QVERIFY(tabs);
        QVERIFY(m_window->findChild<QQuickItem *>(QStringLiteral("ordersTab")));
        const QSize before = m_window->size();
        for (const auto &[language, width] : {std::pair{"ko", 1024}, std::pair{"en", 1280}}) {
            m_screen->language.setLanguage(QString::fromLatin1(language));
            m_window->resize(width, 768);
            QTRY_COMPARE(m_window->contentItem()->width(), qreal(width));
            QTest::qWait(50); // the layouts settle in the next polish
            int seen = 0;
            for (QQuickItem *button : tabs->findChildren<QQuickItem *>()) {
                if (!button->inherits("QQuickTabButton"))
                    continue;
                ++seen;
                QVERIFY2(button->width() >= button->implicitWidth(),
                         qPrintable(QStringLiteral("%1 at %2: %3 px for %4 px")
                                        .arg(button->property("text").toString())
                                        .arg(width)
                                        .arg(button->width())
                                        .arg(button->implicitWidth())));
            }
            QCOMPARE(seen, 8);
        }
        m_screen->language.setLanguage(QStringLiteral("en"));
        m_window->resize(before);
    }

    // Before the till is enrolled below.
    void statusBar_saysTheTillIsNotLinked_andHowManyRecordsWait()
    {
        // This till has no central store: the sales and returns of the tests above all wait for one.
        const int waiting = m_assembly->connectivity.waiting();
        QVERIFY(waiting > 0);
        QCOMPARE(m_assembly->connectivity.state(), QStringLiteral("unlinked"));
        QTRY_COMPARE(textOf("syncText"), QStringLiteral("Not linked to the central store · %1 waiting").arg(waiting));
    }

    // It enrolls the till at a central store that is gone afterwards: later tests do not need one.
    void scannedOrderCode_opensTheOrdersTab_andHandsTheOrderOverWithASlip()
    {
        CentralHarness central;
        QVERIFY(omnitill::central::SigningKeyStore(*central.database.pool).rotate().ok());
        const QString code = omnitill::central::TerminalRegistry(*central.database.pool)
                                 .createEnrollmentCode(m_store->profile->storeId)
                                 .value();
        std::optional<Result<void>> enrolled;
        m_assembly->enroll(central.base(), code, [&](Result<void> r) { enrolled = r; });
        QTRY_VERIFY_WITH_TIMEOUT(enrolled.has_value(), 10000);
        QVERIFY2(enrolled->ok(), enrolled->ok() ? "" : qPrintable(enrolled->error()));
        QTRY_VERIFY_WITH_TIMEOUT(m_assembly->signingKeys.verifier().keyCount() > 0, 10000);
        omnitill::central::OnlineOrders orders(*central.database.pool);
        const auto ready = central.readyOrder({});
        const QString token = orders.token(ready.number, QDateTime::currentDateTimeUtc()).value();

        m_till->newSale();
        QVERIFY(m_till->takeScan(ScanPayload{token, QStringLiteral("]Q1")})); // as a 2D scanner reads it
        QTRY_VERIFY2_WITH_TIMEOUT(textOf("orderTitle").contains(ready.number), qPrintable(textOf("ordersMessage")),
                                  10000);
        QCOMPARE(m_window->findChild<QQuickItem *>(QStringLiteral("rightTabs"))->property("currentIndex").toInt(), 7);
        click("orderLineMore_0");
        QTRY_COMPARE(
            m_assembly->ordersScreen.data(m_assembly->ordersScreen.index(0), OnlineOrdersViewModel::ChosenRole).toInt(),
            1);
        click("handOverKeepOpenButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_assembly->ordersScreen.slipText().contains(QStringLiteral("COLLECT SLIP")), 10000);
        QVERIFY(m_assembly->ordersScreen.slipText().contains(QStringLiteral("Still open")));
        QCOMPARE(orders.find(ready.number)->lines.first().delivered, 1);
        QCOMPARE(orders.find(ready.number)->state, QStringLiteral("ready_for_pickup"));
        m_assembly->ordersScreen.close();
    }

    void cardOnlySale_showsNoChange_andTheCustomerDisplaySaysPaid()
    {
        m_till->newSale();
        QVERIFY(m_till->submitCode(QStringLiteral("8809417101124")));
        click("payTab");
        QVERIFY(m_assembly->cardScreen.pay(QString())); // the store's own standalone terminal
        QTRY_VERIFY(m_till->finished());
        QVERIFY(!m_till->cashTendered());
        auto *change = m_window->findChild<QQuickItem *>(QStringLiteral("changeText"));
        QVERIFY(change);
        QTRY_VERIFY(change->parentItem()->isVisible()); // the Pay panel is up, without its change line
        QVERIFY(!change->isVisible());
        QCOMPARE(m_assembly->customerFeed.amountLabel(), QStringLiteral("Paid"));
        QCOMPARE(m_assembly->customerFeed.amountText(), QStringLiteral("₩19,900"));
        m_till->newSale();
    }

    void closingTheShift_isBlindAndNeedsASupervisorForTheReport()
    {
        QVERIFY(!m_assembly->shiftScreen.showXReport()); // reports are for supervisors and managers
        QTRY_VERIFY(visible("approvalDialog"));
        submitCredentials("2001", "2222");
        QTRY_VERIFY(m_assembly->shiftScreen.reportText().contains(QStringLiteral("X")));
        // The cashier closes with what they counted; the Z report then tells over or short.
        if (!m_assembly->shiftScreen.closeShift(QStringLiteral("100,000"))) {
            QTRY_VERIFY(visible("approvalDialog"));
            submitCredentials("2001", "2222");
        }
        QTRY_VERIFY(!m_assembly->shifts.currentShiftId().has_value());
        QVERIFY(m_assembly->shiftScreen.message().contains(QStringLiteral("short")));
        QVERIFY(m_assembly->shiftScreen.reportText().contains(QStringLiteral("Z")));
        QTRY_VERIFY(visible("openShiftPanel")); // the next shift starts with a counted float
    }

    void switchingLanguage_retranslatesTheScreen()
    {
        m_till->newSale();
        QTRY_COMPARE(textOf("messageText"), QStringLiteral("Ready"));
        m_screen->language.setLanguage(QStringLiteral("ko"));
        QTRY_VERIFY(textOf("messageText") != QStringLiteral("Ready"));
        QCOMPARE(textOf("messageText"), QStringLiteral("준비"));
        m_screen->language.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(textOf("messageText"), QStringLiteral("Ready"));
    }
};

QTEST_MAIN(TestCashierScreen)
#include "tst_cashierscreen.moc"
