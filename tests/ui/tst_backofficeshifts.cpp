#include "../services/StoreFixture.h"
#include "QmlSingletons.h"
#include "ScreenDriver.h"
#include "TillAssembly.h"
#include "TillWindow.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// The back office's shifts page on the till's own window over a real store: two shifts closed by the cashier are
// listed newest first, one opened shows the Z report exactly as printed and prints again on the virtual printer,
// the open shift's X report shows, and the check of the Z chain finds a report altered in the file.
class TestBackOfficeShifts : public QObject, private ScreenDriver
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TillAssembly> m_assembly;
    std::unique_ptr<TillWindow> m_screen;
    QStringList m_printedZ; // the texts the two closings printed, Z 1 first

    static ShiftHistoryViewModel *History() { return qml::ShiftHistorySingleton::instance; }

    QString printedFolder() const { return m_store->directory.filePath(QStringLiteral("printed")); }
    qsizetype printed() const { return QDir(printedFolder()).entryList({QStringLiteral("*.png")}, QDir::Files).size(); }
    QVariant cell(int row, ShiftHistoryViewModel::Role role) const { return History()->index(row).data(role); }

    void sell(const QString &code, qint64 cash)
    {
        QVERIFY(m_assembly->checkout.scan(code));
        QVERIFY(m_assembly->checkout.tender(TenderMethod::Cash, cash));
    }
    void closeShift(qint64 counted)
    {
        const auto closed = m_assembly->shifts.close(counted);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error()));
        m_printedZ.append(closed->text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(StoreSettings(*m_store->database)
                    .setValue(QStringLiteral("printer.address"), QStringLiteral("virtual:") + printedFolder()));
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog,
                                                    StoreSettings(*m_store->database), *m_store->profile);
        new QAbstractItemModelTester(&m_assembly->shiftHistoryScreen,
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Cashier"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;

        submitCredentials("1001", "1111"); // the cashier's day: two shifts closed, a third open
        QTRY_VERIFY(!visible("signInScreen"));
        QVERIFY(m_assembly->shifts.open(100000));
        sell(QStringLiteral("8809417101124"), 20000);
        closeShift(119900);
        QVERIFY(m_assembly->shifts.open(50000));
        sell(QStringLiteral("8801105001013"), 50000);
        sell(QStringLiteral("8809417101124"), 20000);
        closeShift(50000);
        QVERIFY(m_assembly->shifts.open(30000));
        sell(QStringLiteral("8809417101124"), 20000);
        QTRY_COMPARE(printed(), 4); // the sales' receipts

        m_assembly->session.signOut();
        QTRY_VERIFY(visible("signInScreen"));
        submitCredentials("3001", "3333"); // the manager looks back
        QTRY_VERIFY(!visible("signInScreen"));
        click("backOfficeButton");
        QTRY_VERIFY(qml::BackOfficeSingleton::instance->isOpen());
        click("shiftsPageTab");
        QTRY_VERIFY(visible("zReportList"));
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_assembly.reset();
        m_store.reset();
    }

    void history_listsTheNewestFirst()
    {
        QCOMPARE(History()->rowCount(), 2);
        QCOMPARE(cell(0, ShiftHistoryViewModel::ZNumberRole).toLongLong(), 2);
        QCOMPARE(cell(1, ShiftHistoryViewModel::ZNumberRole).toLongLong(), 1);
        QCOMPARE(cell(0, ShiftHistoryViewModel::SalesCountRole).toLongLong(), 2);
        QCOMPARE(cell(1, ShiftHistoryViewModel::SalesCountRole).toLongLong(), 1);
        QCOMPARE(cell(1, ShiftHistoryViewModel::TerminalRole).toString(), m_store->profile->terminalId);
        QVERIFY(cell(1, ShiftHistoryViewModel::CashierRole).toString().startsWith(QStringLiteral("1001 ")));
        QCOMPARE(cell(1, ShiftHistoryViewModel::SalesRole).toString(), QStringLiteral("₩19,900"));
        QCOMPARE(cell(1, ShiftHistoryViewModel::OverShortRole).toString(), QStringLiteral("₩0"));
        QVERIFY(History()->roleNames().values().contains("countedCash"));
        QVERIFY(!visible("zReportsMoreButton"));
    }

    void openedReport_isTheTextAsPrintedAndPrintsACopy()
    {
        click("zReportRow1");
        QTRY_COMPARE(History()->openZNumber(), 1);
        QCOMPARE(History()->shownText(), m_printedZ.at(0));
        QCOMPARE(History()->shownText(), ZReportArchive(*m_store->database).entry(1).value()->text);
        const qsizetype before = printed();
        click("zReportPrintCopyButton");
        QTRY_COMPARE(printed(), before + 1);
        QVERIFY2(textOf("shiftsMessage").contains(QStringLiteral("Z report 1")), qPrintable(textOf("shiftsMessage")));
    }

    void xReport_showsTheOpenShift()
    {
        click("xReportButton");
        QTRY_VERIFY2(History()->shownText().contains(QStringLiteral("X REPORT")), qPrintable(History()->shownText()));
        QCOMPARE(History()->openZNumber(), 0); // nothing to reprint: an X report is not archived
        QVERIFY(!History()->shownText().contains(QStringLiteral("Z REPORT")));
    }

    void verification_saysAnIntactChainIsIntact()
    {
        click("verifyZChainButton");
        QTRY_VERIFY2(textOf("zVerificationText").contains(QStringLiteral("All 2 Z reports are intact")),
                     qPrintable(textOf("zVerificationText")));
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the shifts page at the till's 1280 × 800 in both
    // languages, a Z report open, for docs/screens.
    void screens_inBothLanguages()
    {
        const QString folder = qEnvironmentVariable("OMNITILL_SCREENS_DIR");
        if (folder.isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        m_window->resize(1280, 800);
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QVERIFY(m_screen->language.setLanguage(language));
            History()->refresh(); // the rows and the check's words in the new language
            History()->open(2);
            History()->verifyChain();
            QTest::qWait(300);
            const QImage shot = m_window->grabWindow();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(QStringLiteral("%1/%2-backoffice-shifts.png").arg(folder, language)));
        }
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
    }

    void verification_findsTheAlteredReport()
    {
        QSqlQuery tamper(m_store->database->connection());
        QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER z_reports_no_update")));
        QVERIFY(tamper.exec(QStringLiteral("UPDATE z_reports SET text = replace(text, '19,900', '9,900') "
                                           "WHERE z_number = 1")));
        QCOMPARE(tamper.numRowsAffected(), 1);
        click("verifyZChainButton");
        QTRY_VERIFY2(textOf("zVerificationText").contains(QStringLiteral("Z report 1 was altered")),
                     qPrintable(textOf("zVerificationText")));
    }
};

QTEST_MAIN(TestBackOfficeShifts)
#include "tst_backofficeshifts.moc"
