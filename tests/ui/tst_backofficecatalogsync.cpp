#include "../central/CentralHarness.h"
#include "BackOfficeVisit.h"
#include "CatalogStore.h"
#include "PullLog.h"
#include "SigningKeyStore.h"

#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// "Sync catalog now" on the back office's Sync page, on the till's own window over a real central store on
// loopback: the catalog's changes come page by page with the pages and changes kept on screen; Cancel stops after
// the page in flight and keeps what came (its products in the till's catalog, the cursor at the next page); the
// next sync goes on from there and brings the rest, none twice.
class TestBackOfficeCatalogSync : public QObject, private BackOfficeVisit
{
    Q_OBJECT

private:
    static constexpr int pageSize = 5;
    std::unique_ptr<CentralHarness> m_central;

    // count products "SYNC-<first>" .. at the central store, each a change of its own.
    void addCentralProducts(int first, int count)
    {
        const QString taxClass = m_store->catalog->taxClasses().first().code;
        QList<central::CatalogItem> items;
        for (int i = first; i < first + count; ++i) {
            const QString sku = QStringLiteral("SYNC-%1").arg(i, 3, 10, QLatin1Char('0'));
            items.append({sku, QJsonObject{{QLatin1String("sku"), sku},
                                           {QLatin1String("nameKo"), QStringLiteral("동기화 상품 %1").arg(i)},
                                           {QLatin1String("taxClass"), taxClass},
                                           {QLatin1String("price"), 1000 + i}}});
        }
        QVERIFY(central::CatalogStore(*m_central->database.pool)
                    .import(central::CatalogCollection::Products, items, false, QStringLiteral("test"))
                    .ok());
    }
    int syncedProducts() const
    {
        return int(m_store->catalog->skuPrefixPage(QStringLiteral("SYNC-"), {}, 1000).size());
    }
    PullState products() const { return PullLog(*m_store->database).state(QStringLiteral("products")).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_central = std::make_unique<CentralHarness>();
        QVERIFY(central::SigningKeyStore(*m_central->database.pool).rotate().ok());
        open("syncPageTab", "catalogSyncButton");

        // Not enrolled yet: nothing to pull from, said in words.
        click("catalogSyncButton");
        QTRY_COMPARE(textOf("catalogSyncResult"),
                     QStringLiteral("This till is not enrolled with a central store: there is nothing to pull from."));

        const QString code = central::TerminalRegistry(*m_central->database.pool)
                                 .createEnrollmentCode(QStringLiteral("KR-SEOUL-01"))
                                 .value();
        std::optional<Result<void>> enrolled;
        m_assembly->enroll(m_central->base(), code, [&](Result<void> r) { enrolled = r; });
        QTRY_VERIFY_WITH_TIMEOUT(enrolled.has_value(), 10000);
        QVERIFY2(enrolled->ok(), enrolled->ok() ? "" : qPrintable(enrolled->error()));
        m_assembly->pulls.setCatalogPageSize(pageSize);
        addCentralProducts(0, 30);
    }

    void cleanupTestCase()
    {
        close();
        m_central.reset();
    }

    void cancel_keepsThePagesThatCame_andTheCursorAtTheNext()
    {
        QTRY_VERIFY(!m_assembly->pulls.pulling());
        QString shownAtFirstPage;
        // The manager touches Cancel while the second page is being kept.
        const auto connection =
            connect(&m_assembly->pulls, &PullScheduler::catalogPageKept, this, [&](const QString &, int pages) {
                if (pages == 1)
                    shownAtFirstPage = textOf("catalogSyncProgressText");
                if (pages == 2)
                    click("catalogSyncCancelButton");
            });
        QSignalSpy round(&m_assembly->pulls, &PullScheduler::roundFinished);
        click("catalogSyncButton");
        QVERIFY(visible("catalogSyncProgress"));
        QVERIFY(round.wait(20000));
        disconnect(connection);
        QTRY_COMPARE(shownAtFirstPage, QStringLiteral("Now products. So far 1 pages, 5 changes kept."));

        QTRY_COMPARE(textOf("catalogSyncResult"),
                     QStringLiteral("Cancelled after 2 pages: 10 changes kept. The next pull goes on from there."));
        QVERIFY(visible("catalogSyncButton"));
        QVERIFY(!visible("catalogSyncProgress"));
        QCOMPARE(round.first().first().toInt(), 0); // nothing failed
        QCOMPARE(syncedProducts(), 10);             // kept, not rolled back
        QVERIFY2(products().cursor.startsWith(QStringLiteral("0@")), qPrintable(products().cursor));
        QVERIFY(!products().lastSuccess.isValid()); // not all of it yet
        QCOMPARE(products().lastError, QString());  // and not a failure
    }

    void nextSync_goesOnFromThere_andBringsTheRest()
    {
        QSignalSpy kept(&m_assembly->pulls, &PullScheduler::catalogPageKept);
        QSignalSpy round(&m_assembly->pulls, &PullScheduler::roundFinished);
        click("catalogSyncButton");
        QVERIFY(round.wait(20000));
        QCOMPARE(syncedProducts(), 30);
        // Pages 3 to 6 of the products, not 1 and 2 again: 20 changes.
        QList<QList<QVariant>> productPages;
        for (const QList<QVariant> &page : kept)
            if (page.at(0).toString() == QLatin1String("products"))
                productPages.append(page);
        QCOMPARE(productPages.size(), 4);
        QCOMPARE(productPages.last().at(2).toLongLong(), 20);
        QTRY_VERIFY2(textOf("catalogSyncResult").startsWith(QStringLiteral("The catalog is up to date:")),
                     qPrintable(textOf("catalogSyncResult")));
        QVERIFY(textOf("catalogSyncResult").endsWith(QStringLiteral(", 20 changes applied.")));
        QCOMPARE(products().cursor,
                 QString::number(central::CatalogStore(*m_central->database.pool).currentVersion().value()));
        QVERIFY(products().lastSuccess.isValid());
        QCOMPARE(m_store->catalog->findBySku(QStringLiteral("SYNC-029"))->unitPriceMinor, 1029);
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the page during a catalog sync at the till's 1280 × 800 in
    // both languages, for docs/screens; each of those syncs is cancelled.
    void screens_inBothLanguages()
    {
        const QString folder = screensFolder();
        if (folder.isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        addCentralProducts(100, 60);
        m_window->resize(1280, 800);
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QVERIFY(m_screen->language.setLanguage(language));
            QTRY_VERIFY(!m_assembly->pulls.pulling());
            QImage shot;
            const auto connection =
                connect(&m_assembly->pulls, &PullScheduler::catalogPageKept, this, [&](const QString &, int pages) {
                    if (pages == 3) {
                        QTest::qWait(100);
                        shot = m_window->grabWindow();
                        click("catalogSyncCancelButton");
                    }
                });
            QSignalSpy round(&m_assembly->pulls, &PullScheduler::roundFinished);
            click("catalogSyncButton");
            QVERIFY(round.wait(20000));
            disconnect(connection);
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(QStringLiteral("%1/%2-backoffice-sync-catalog.png").arg(folder, language)));
        }
    }
};

QTEST_MAIN(TestBackOfficeCatalogSync)
#include "tst_backofficecatalogsync.moc"
