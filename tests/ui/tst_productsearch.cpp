#include "../domain/TestProfiles.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "ProductSearchModel.h"
#include "SchemaManager.h"
#include "StoreReader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

// The cashier's product list: a search read off the screen's thread shows only the last text typed, and the
// favourites or a category chosen while a search is read are never replaced by it.
class TestProductSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<ProductSearchModel> m_products;

    QStringList skus() const
    {
        QStringList shown;
        for (int row = 0; row < m_products->rowCount(); ++row)
            shown.append(m_products->data(m_products->index(row), ProductSearchModel::SkuRole).toString());
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_directory.filePath(QStringLiteral("search.sqlite"));
        m_database = Database::open(path).value();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        m_catalog = std::make_unique<CatalogRepository>(*m_database);
        QVERIFY(m_catalog->putTaxClass({QStringLiteral("VAT10"), QStringLiteral("VAT"), 100'000}).ok());
        for (const char *name : {"apple juice", "apple pie", "banana milk", "cherry cola"}) {
            Product product = testprofiles::product(QString::fromLatin1(name).toUpper().replace(u' ', u'-'), 1000);
            product.nameEn = QString::fromLatin1(name);
            product.category = QStringLiteral("drinks");
            QVERIFY(m_catalog->upsertProduct(product).ok());
        }
        m_reader = std::make_unique<StoreReader>(path);
        m_products = std::make_unique<ProductSearchModel>(*m_catalog, *m_reader,
                                                          QStringList{QStringLiteral("CHERRY-COLA")});
        m_products->setPresentation(QStringLiteral("en"), [](qint64 minor) { return QString::number(minor); });
    }

    void cleanupTestCase()
    {
        m_products.reset();
        m_reader.reset();
        m_catalog.reset();
        m_database.reset();
    }

    void typing_showsWhatTheLastTextFinds()
    {
        QSignalSpy resets(m_products.get(), &QAbstractItemModel::modelReset);
        for (const char *typed : {"a", "ap", "app", "apple p"})
            m_products->setQuery(QString::fromLatin1(typed));
        QVERIFY(m_products->searching());
        QTRY_VERIFY(!m_products->searching());
        QCOMPARE(skus(), QStringList{QStringLiteral("APPLE-PIE")});
        QCOMPARE(resets.count(), 1); // the texts typed before were never shown
    }

    void clearingTheTextWhileASearchIsRead_keepsTheFavourites()
    {
        m_products->setQuery(QStringLiteral("banana"));
        QVERIFY(m_products->searching());
        m_products->setQuery(QString());
        QVERIFY(!m_products->searching());
        QCOMPARE(skus(), QStringList{QStringLiteral("CHERRY-COLA")});
        QTest::qWait(200); // time enough for the banana search to answer, were it still wanted
        QCOMPARE(skus(), QStringList{QStringLiteral("CHERRY-COLA")});
    }
};

QTEST_GUILESS_MAIN(TestProductSearch)
#include "tst_productsearch.moc"
