#include "../services/StoreFixture.h"
#include "LanguageController.h"
#include "PrintService.h"
#include "QmlSingletons.h"
#include "ScreenDriver.h"
#include "TillAssembly.h"
#include "TillWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// The back office on the till's own window: entered by a manager (a cashier needs a manager's approval),
// the journal searched, a receipt shown as printed and printed again, the hash chain checked (and found
// broken where the file was altered), and the visit ended by the lock.
class TestBackOfficeScreen : public QObject, private ScreenDriver
{
    Q_OBJECT

private:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TillAssembly> m_assembly;
    std::unique_ptr<TillWindow> m_screen;

    QString printedFolder() const { return m_store->directory.filePath(QStringLiteral("printed")); }
    qsizetype printed() const { return QDir(printedFolder()).entryList({QStringLiteral("*.png")}, QDir::Files).size(); }

    void sell(const QStringList &codes, qint64 cash)
    {
        for (const QString &code : codes)
            QVERIFY(m_assembly->checkout.scan(code));
        QVERIFY(m_assembly->checkout.tender(TenderMethod::Cash, cash));
    }

    int rows() const { return Journal()->rowCount(); }
    static JournalViewModel *Journal() { return qml::JournalSingleton::instance; }
    static DashboardViewModel *Dashboard() { return qml::DashboardSingleton::instance; }
    static ExportsViewModel *Exports() { return qml::ExportsSingleton::instance; }
    QString tile(int index) const
    {
        auto *item = visibleItem(m_window->contentItem(), QStringLiteral("dashboardTile%1").arg(index));
        return item ? item->property("value").toString() : QStringLiteral("<no tile %1>").arg(index);
    }
    qint64 rowSequence(int row) const
    {
        return Journal()->data(Journal()->index(row), JournalViewModel::SequenceRole).toLongLong();
    }

    void search() { click("journalSearchButton"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(StoreSettings(*m_store->database)
                    .setValue(QStringLiteral("printer.address"), QStringLiteral("virtual:") + printedFolder()));
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog,
                                                    StoreSettings(*m_store->database), *m_store->profile);
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Cashier"), QSize(1280, 800));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;

        submitCredentials("1001", "1111"); // the cashier
        QTRY_VERIFY(!visible("signInScreen"));
        QVERIFY(m_assembly->shifts.open(100000));
        sell({QStringLiteral("8809417101124")}, 20000);                             // receipt 1
        sell({QStringLiteral("8801105001013")}, 50000);                             // receipt 2
        sell({QStringLiteral("8809417101124"), QStringLiteral("88012735")}, 50000); // receipt 3
        QTRY_COMPARE(printed(), 3);
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_assembly.reset();
        m_store.reset();
    }

    void cashier_entersOnlyWithAManagersApproval()
    {
        click("backOfficeButton");
        QTRY_VERIFY(visible("approvalDialog"));
        QVERIFY(!BackOffice()->isOpen());
        submitCredentials("3001", "3333"); // the manager approves this visit
        QTRY_VERIFY(BackOffice()->isOpen());
        QTRY_VERIFY(visible("hourChart")); // the dashboard first
        QTRY_VERIFY(!visible("approvalDialog"));
    }

    void dashboard_showsTodayAgainstTheWeekBefore()
    {
        QTRY_COMPARE(Dashboard()->figures().sales, 3);
        QSqlQuery journal(m_store->database->connection());
        QVERIFY(journal.exec(QStringLiteral("SELECT sum(total_minor) FROM journal")) && journal.next());
        QCOMPARE(Dashboard()->figures().salesMinor, journal.value(0).toLongLong());
        QCOMPARE(tile(1), QStringLiteral("3")); // receipts
        QVERIFY(textOf("dashboardPeriod").contains(QString::number(QDate::currentDate().year())));
        // The top item is named, not a SKU, and its table exports as CSV with that name in it.
        const QString topItem = Dashboard()->topItems()->value(0, "label").toString();
        QVERIFY2(!topItem.isEmpty() && topItem != Dashboard()->figures().topItems.value(0).key, qPrintable(topItem));
        click("top-itemsExport");
        QFile csv(Exports()->lastFile());
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(Exports()->message()));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(topItem));
        QVERIFY(textOf("exportMessage").contains(Exports()->lastFile()));
        click("dashboardPdfButton");
        QVERIFY(Exports()->lastFile().endsWith(QStringLiteral(".pdf")));
        QVERIFY(QFileInfo(Exports()->lastFile()).size() > 1000);
    }

    void dashboard_speaksTheLanguageChosen()
    {
        const auto title = [] {
            return Dashboard()->tiles().value(0).toMap().value(QStringLiteral("title")).toString();
        };
        QCOMPARE(title(), QStringLiteral("Sales"));
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("ko")));
        QCOMPARE(title(), QStringLiteral("매출"));
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
        QCOMPARE(title(), QStringLiteral("Sales"));
    }

    void dashboard_refusesAPeriodThatIsNotOne()
    {
        type("dashboardFromField", QStringLiteral("2026-11-30"));
        type("dashboardUntilField", QStringLiteral("2026-11-01"));
        click("dashboardShowButton");
        QTRY_VERIFY(textOf("dashboardMessage").contains(QStringLiteral("ends before it starts")));
        QCOMPARE(Dashboard()->figures().sales, 3); // today still shown
        type("dashboardFromField", QStringLiteral("2026-11-3x"));
        click("dashboardShowButton");
        QTRY_VERIFY(textOf("dashboardMessage").contains(QStringLiteral("year-month-day")));
    }

    void journal_listsTheNewestFirst()
    {
        click("journalPageTab");
        QTRY_COMPARE(rows(), 3);
        QCOMPARE(rowSequence(0), 3);
        QCOMPARE(rowSequence(2), 1);
        QVERIFY(!visible("journalMoreButton")); // three records: one page
        click("journalExport");
        QFile csv(Exports()->lastFile());
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(Exports()->message()));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the header and the three receipts, newest first, totals as numbers
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("3,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(
                     QRegularExpression(QStringLiteral(",20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9:]{8},Sale,[0-9]+,"))),
                 qPrintable(lines.at(1)));
    }

    void search_byItemAndByReceiptNumber()
    {
        type("journalItemField", QStringLiteral("8809417101124")); // a barcode: searched by its SKU
        search();
        QTRY_COMPARE(rows(), 2);
        QCOMPARE(rowSequence(0), 3);
        QCOMPARE(rowSequence(1), 1);
        type("journalItemField", QString());
        type("journalReceiptField", QStringLiteral("2"));
        search();
        QTRY_COMPARE(rows(), 1);
        QCOMPARE(rowSequence(0), 2);
        type("journalReceiptField", QStringLiteral("99"));
        search();
        QTRY_COMPARE(rows(), 0);
        QCOMPARE(textOf("journalMessage"), QStringLiteral("No receipt matches."));
        type("journalReceiptField", QString());
    }

    void badDay_isExplained()
    {
        type("journalFromField", QStringLiteral("26.11.2026"));
        search();
        QTRY_VERIFY(textOf("journalMessage").contains(QStringLiteral("year-month-day")));
        type("journalFromField", QString());
        search();
        QTRY_COMPARE(rows(), 3);
    }

    void openedReceipt_isThePaperAndPrintsACopy()
    {
        Journal()->open(2);
        auto *image = visibleItem(m_window->contentItem(), QStringLiteral("journalReceiptImage"));
        QVERIFY(image);
        const auto paper = m_assembly->printing.paper(2, Receipt::Kind::Original);
        QVERIFY(paper);
        QTRY_COMPARE(image->property("status").toInt(), 1); // Image.Ready
        QCOMPARE(image->property("sourceSize").toSize(), paper->size());
        click("journalPrintCopyButton");
        QTRY_COMPARE(printed(), 4);
    }

    void verification_saysAnIntactJournalIsIntact()
    {
        click("verifyJournalButton");
        QTRY_VERIFY(textOf("verificationText").contains(QStringLiteral("All 3 receipts are intact")));
    }

    // What C++ words on the page (the check's result, the rows' kinds, where the export went) follows a language
    // switch without being asked again.
    void journalPage_followsALanguageSwitch()
    {
        click("journalExport");
        const QString file = Exports()->lastFile();
        QVERIFY2(!file.isEmpty(), qPrintable(Exports()->message()));
        const auto kind = [] { return Journal()->data(Journal()->index(0), JournalViewModel::KindRole).toString(); };
        QCOMPARE(kind(), QStringLiteral("Sale"));
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("ko")));
        QTRY_COMPARE(textOf("verificationText"),
                     QStringLiteral("영수증 3건 모두 온전합니다. 기록된 그대로이며 빠진 영수증이 없습니다."));
        QCOMPARE(kind(), QStringLiteral("판매"));
        QVERIFY2(Exports()->message().contains(QDir::toNativeSeparators(file)) &&
                     !Exports()->message().startsWith(QStringLiteral("Saved as")),
                 qPrintable(Exports()->message()));
        QVERIFY(m_screen->language.setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(textOf("verificationText").contains(QStringLiteral("All 3 receipts are intact")));
        QCOMPARE(kind(), QStringLiteral("Sale"));
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the journal page at the till's 1280 × 800 in both
    // languages, a receipt open, for docs/screens.
    void screens_inBothLanguages()
    {
        const QString folder = qEnvironmentVariable("OMNITILL_SCREENS_DIR");
        if (folder.isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        Journal()->open(3);
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QVERIFY(m_screen->language.setLanguage(language));
            search(); // the rows and the check's words in the new language
            click("verifyJournalButton");
            QTRY_VERIFY(!Journal()->verifying());
            QTest::qWait(300);
            const QImage shot = m_window->grabWindow();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(QStringLiteral("%1/%2-backoffice-journal.png").arg(folder, language)));
            type("dashboardFromField", QString());
            type("dashboardUntilField", QString());
            Dashboard()->showToday();
            QTRY_VERIFY(!Dashboard()->reading());
            for (const char *page : {"dashboard", "devices"}) {
                click(QStringLiteral("%1PageTab").arg(QLatin1String(page)).toLatin1().constData());
                QTest::qWait(300);
                QVERIFY(m_window->grabWindow().save(
                    QStringLiteral("%1/%2-backoffice-%3.png").arg(folder, language, QLatin1String(page))));
            }
            click("journalPageTab");
        }
    }

    void verification_findsTheAlteredReceipt()
    {
        QSqlQuery tamper(m_store->database->connection());
        QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER journal_no_update")));
        QVERIFY(tamper.exec(QStringLiteral("UPDATE journal SET total_minor = 1, record = replace(record, "
                                           "'\"total\":', '\"total\":1') WHERE sequence = 2")));
        click("verifyJournalButton");
        QTRY_VERIFY(textOf("verificationText").contains(QStringLiteral("broken at receipt 2")));
    }

    void lock_endsTheVisit()
    {
        QVERIFY(BackOffice()->isOpen());
        m_assembly->session.lockNow();
        QTRY_VERIFY(!BackOffice()->isOpen());
        QTRY_VERIFY(!visible("journalResults"));
    }

private:
    static BackOfficeViewModel *BackOffice() { return qml::BackOfficeSingleton::instance; }
};

QTEST_MAIN(TestBackOfficeScreen)
#include "tst_backofficescreen.moc"
