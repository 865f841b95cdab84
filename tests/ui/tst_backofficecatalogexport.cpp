#include "BackOfficeVisit.h"
#include "SyntheticCatalog.h"

#include <QDir>
#include <QFile>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// "Export CSV" under the back office's catalog page's product list, on the till's own window over a real store
// (the Seoul demo's 301 products and 50,000 made-up ones): every product goes to the export folder, not only the
// rows scrolled so far, while the page stays usable, with a progress bar and a Cancel that leaves no file.
class TestBackOfficeCatalogExport : public QObject, private BackOfficeVisit
{
    Q_OBJECT

private:
    static constexpr qint64 synthetic = 50'000;

    static CatalogViewModel *Catalog() { return qml::CatalogSingleton::instance; }
    QStringList exported() const
    {
        return QDir(qml::ExportsSingleton::instance->folder()).entryList({QStringLiteral("catalog-*")}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        open("catalogPageTab", "catalogProducts");
        const auto added = SyntheticCatalog(m_store->profile->currency).insertInto(*m_store->database, synthetic);
        QVERIFY2(added, added ? "" : qPrintable(added.error()));
        Catalog()->search(QString());
    }

    void cleanupTestCase() { close(); }

    void export_writesTheWholeCatalog_notOnlyTheRowsShown()
    {
        QVERIFY(Catalog()->rowCount() < synthetic); // a page or two on screen
        QCOMPARE(textOf("catalogExportResult"), QStringLiteral("The whole catalog, in the format the import reads"));
        click("catalogExport");
        QVERIFY(Catalog()->exporting());
        QVERIFY(visible("catalogExportProgress"));
        QVERIFY(visible("catalogCancelExportButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!Catalog()->exporting(), 60000);
        const QStringList files = exported();
        QCOMPARE(files.size(), 1);
        const QString path = QDir(qml::ExportsSingleton::instance->folder()).filePath(files.first());
        QCOMPARE(
            textOf("catalogExportResult"),
            QStringLiteral("Products exported: %1, saved as %2")
                .arg(QLocale(m_store->profile->localeName).toString(synthetic + 301), QDir::toNativeSeparators(path)));
        QVERIFY(!Catalog()->exportFailed());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), synthetic + 301 + 1);
        QVERIFY(csv.contains("\r\nKR-TOP-0001,")); // a demo product too
        QVERIFY(QFile::remove(path));
    }

    void cancel_leavesNoFile()
    {
        click("catalogExport");
        QVERIFY(Catalog()->exporting());
        click("catalogCancelExportButton");
        QTRY_VERIFY_WITH_TIMEOUT(!Catalog()->exporting(), 60000);
        QCOMPARE(textOf("catalogExportResult"), QStringLiteral("Export cancelled: no file was written."));
        QVERIFY(Catalog()->exportFailed());
        QCOMPARE(exported(), QStringList());
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the catalog page after an export at the till's
    // 1280 × 800 in both languages, for docs/screens.
    void screens_inBothLanguages()
    {
        if (screensFolder().isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        photograph(QStringLiteral("catalog-export"), [this] {
            Catalog()->search(QString());
            click("catalogExport");
            QTRY_VERIFY_WITH_TIMEOUT(!Catalog()->exporting(), 60000);
        });
    }
};

QTEST_MAIN(TestBackOfficeCatalogExport)
#include "tst_backofficecatalogexport.moc"
