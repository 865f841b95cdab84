#include "CatalogImport.h"
#include "CentralHarness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace omnitill::central;

namespace {
QJsonObject product(const QString &sku, qint64 price, const QString &name = QStringLiteral("Item"))
{
    return {{QLatin1String("sku"), sku}, {QLatin1String("nameEn"), name}, {QLatin1String("price"), price}};
}

QList<CatalogItem> items(const QList<QJsonObject> &bodies)
{
    QList<CatalogItem> made;
    for (const QJsonObject &body : bodies)
        made.append({body.value(QLatin1String("sku")).toString(), body});
    return made;
}

QStringList keysOf(const QJsonArray &list, const char *field)
{
    QStringList keys;
    for (const QJsonValue &value : list)
        keys.append(value.toObject().value(QLatin1String(field)).toString());
    return keys;
}
} // namespace

// The versioned catalog: imports make versions only when something changes, snapshots and changes come in
// pages, removals reach the till, and an unknown version sends the till back to a snapshot.
class TestCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    CatalogImportSummary import(const QList<CatalogItem> &list, bool replace = false,
                                CatalogCollection collection = CatalogCollection::Products)
    {
        return CatalogStore(*m_harness->database.pool)
            .import(collection, list, replace, QStringLiteral("test"))
            .value();
    }

    // Every page of the path's list, following `next` with the given parameter.
    QJsonArray allPages(const QString &path, const char *listName, const char *cursorName, qint64 *version = nullptr)
    {
        QJsonArray all;
        QString next;
        int pages = 0;
        do {
            QUrlQuery query(QUrl(path).query());
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
            if (!next.isEmpty())
                query.addQueryItem(QLatin1String(cursorName), QString::fromLatin1(QUrl::toPercentEncoding(next)));
            const ApiReply reply = m_harness->client.get(QUrl(path).path() + u'?' + query.toString(QUrl::FullyEncoded));
            if (reply.status != 200)
                qFatal("page failed: %d %s", reply.status, reply.body.constData());
            if (version && pages == 0)
                *version = reply.json.value(QLatin1String("version")).toInteger();
            for (const QJsonValue &item : reply.json.value(QLatin1String(listName)).toArray())
                all.append(item);
            next = reply.json.value(QLatin1String("next")).toString();
            ++pages;
        } while (!next.isEmpty() && pages < 100);
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
    }
    void cleanup() { m_harness.reset(); }

    void snapshot_pagesThroughEveryItemWithTheVersion()
    {
        const auto first = import(items({product(QStringLiteral("A1"), 1000), product(QStringLiteral("B2"), 2000),
                                         product(QStringLiteral("C3"), 3000), product(QStringLiteral("D4"), 4000),
                                         product(QStringLiteral("E5"), 5000)}));
        QCOMPARE(first.version, 1);
        QCOMPARE(first.changed, 5);
        qint64 version = 0;
        const QJsonArray all = allPages(QStringLiteral("/v1/catalog/products"), "items", "after", &version);
        QCOMPARE(keysOf(all, "sku"), (QStringList{"A1", "B2", "C3", "D4", "E5"}));
        QCOMPARE(all[2].toObject(), product(QStringLiteral("C3"), 3000));
        QCOMPARE(version, 1);
        const ApiReply page = m_harness->client.get(QStringLiteral("/v1/catalog/products?limit=2"));
        QCOMPARE(page.json.value(QLatin1String("items")).toArray().size(), 2);
        QCOMPARE(page.json.value(QLatin1String("next")).toString(), QStringLiteral("B2"));
    }

    void changes_holdOnlyWhatChangedAndRemovals()
    {
        import(items({product(QStringLiteral("A1"), 1000), product(QStringLiteral("B2"), 2000),
                      product(QStringLiteral("C3"), 3000)}));
        // A1 unchanged, B2 repriced, C3 left out of a full replacement, D4 new.
        const auto second = import(items({product(QStringLiteral("A1"), 1000), product(QStringLiteral("B2"), 2500),
                                          product(QStringLiteral("D4"), 4000)}),
                                   true);
        QCOMPARE(second.version, 2);
        QCOMPARE(second.changed, 2);
        QCOMPARE(second.removed, 1);
        const QJsonArray changes =
            allPages(QStringLiteral("/v1/catalog/products/changes?since=1"), "changes", "cursor");
        QCOMPARE(keysOf(changes, "key"), (QStringList{"B2", "C3", "D4"}));
        QCOMPARE(changes[0].toObject().value(QLatin1String("item")).toObject(), product(QStringLiteral("B2"), 2500));
        QVERIFY(changes[1].toObject().value(QLatin1String("removed")).toBool());
        QVERIFY(!changes[1].toObject().contains(QLatin1String("item")));
        QCOMPARE(allPages(QStringLiteral("/v1/catalog/products/changes?since=0"), "changes", "cursor").size(), 4);
        QCOMPARE(allPages(QStringLiteral("/v1/catalog/products/changes?since=2"), "changes", "cursor").size(), 0);
        QCOMPARE(keysOf(allPages(QStringLiteral("/v1/catalog/products"), "items", "after"), "sku"),
                 (QStringList{"A1", "B2", "D4"}));
    }

    void changesPagedAcrossVersions_missNothing()
    {
        import(items({product(QStringLiteral("A1"), 1), product(QStringLiteral("B2"), 2)}));
        import(items({product(QStringLiteral("A1"), 10), product(QStringLiteral("C3"), 3)}));
        import({{QStringLiteral("B2"), std::nullopt}, { QStringLiteral("ZZ"), std::nullopt }});
        const QJsonArray changes =
            allPages(QStringLiteral("/v1/catalog/products/changes?since=1"), "changes", "cursor");
        QCOMPARE(keysOf(changes, "key"), (QStringList{"A1", "C3", "B2"}));
        QCOMPARE(changes[2].toObject().value(QLatin1String("version")).toInteger(), 3);
    }

    void unchangedImport_makesNoVersion()
    {
        const QList<CatalogItem> list = items({product(QStringLiteral("A1"), 1000)});
        QCOMPARE(import(list).version, 1);
        const auto again = import(list);
        QCOMPARE(again.version, 1);
        QCOMPARE(again.changed, 0);
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM catalog_versions")).toInt(), 1);
    }

    void collections_areVersionedTogetherButListedApart()
    {
        import(items({product(QStringLiteral("A1"), 1000)}));
        import({{ QStringLiteral("A1"),
                  QJsonObject {
                      {QLatin1String("sku"), QStringLiteral("A1")},
                      { QLatin1String("price"),
                        900 }
                  } }},
               false, CatalogCollection::Prices);
        const ApiReply prices = m_harness->client.get(QStringLiteral("/v1/catalog/prices/changes?since=1"));
        QCOMPARE(prices.json.value(QLatin1String("version")).toInteger(), 2);
        QCOMPARE(keysOf(prices.json.value(QLatin1String("changes")).toArray(), "key"), QStringList{"A1"});
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/catalog/products/changes?since=1"))
                     .json.value(QLatin1String("changes"))
                     .toArray()
                     .size(),
                 0);
    }

    void unknownVersion_sendsTheTillBackToASnapshot()
    {
        import(items({product(QStringLiteral("A1"), 1000)}));
        const ApiReply ahead = m_harness->client.get(QStringLiteral("/v1/catalog/products/changes?since=7"));
        QCOMPARE(ahead.status, 409);
        QCOMPARE(ahead.errorCode(), QStringLiteral("unknown_version"));
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/catalog/products/changes?since=-1")).status, 400);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/catalog/products/changes?since=x")).status, 400);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/catalog/products/changes")).status, 400);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/catalog/products/changes?since=0&cursor=junk")).status, 400);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/catalog/products?limit=0")).status, 400);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/catalog/products?limit=99999")).status, 400);
        const ApiReply unknown = m_harness->client.get(QStringLiteral("/v1/catalog/shoes"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("unknown_collection"));
    }

    void withoutCredential_is401()
    {
        ApiClient stranger(m_harness->base());
        QCOMPARE(stranger.get(QStringLiteral("/v1/catalog/products")).status, 401);
        QCOMPARE(stranger.get(QStringLiteral("/v1/catalog/products/changes?since=0")).status, 401);
    }

    void csvAndJsonFiles_importTheSameItems()
    {
        const auto csv = CatalogImport::fromCsv(
            CatalogCollection::Prices, QByteArrayLiteral("sku,price,note\nA1,1200,\"plain, simple\"\n\"B\"\"2\",0,\n"));
        QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
        QCOMPARE(csv->size(), 2);
        QCOMPARE(csv->at(0).body->value(QLatin1String("price")).toInteger(), 1200);
        QCOMPARE(csv->at(0).body->value(QLatin1String("note")).toString(), QStringLiteral("plain, simple"));
        QCOMPARE(csv->at(1).key, QStringLiteral("B\"2"));
        const auto json = CatalogImport::fromJson(
            CatalogCollection::Prices,
            QByteArrayLiteral(R"({"items": [{"sku": "A1", "price": 1200, "note": "plain, simple"}]})"));
        QCOMPARE(*json->at(0).body, *csv->at(0).body);
    }

    void badImport_refusesTheWholeFileAndWritesNothing_data()
    {
        QTest::addColumn<int>("collection");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("isCsv");
        const int prices = int(CatalogCollection::Prices);
        const int promotions = int(CatalogCollection::Promotions);
        QTest::newRow("malformed json") << prices << QByteArray("[{") << false;
        QTest::newRow("item not an object") << prices << QByteArray(R"([{"sku":"A","price":1}, 3])") << false;
        QTest::newRow("price without sku") << prices << QByteArray(R"([{"price":1}])") << false;
        QTest::newRow("price missing") << prices << QByteArray(R"([{"sku":"A"}])") << false;
        QTest::newRow("negative price") << prices << QByteArray(R"([{"sku":"A","price":-5}])") << false;
        QTest::newRow("repeated sku") << prices << QByteArray(R"([{"sku":"A","price":1},{"sku":"A","price":2}])")
                                      << false;
        QTest::newRow("unknown promotion kind") << promotions << QByteArray(R"([{"id":"P1","kind":"magic"}])") << false;
        QTest::newRow("csv price not whole") << prices << QByteArray("sku,price\nA,1\nB,1.5\n") << true;
        QTest::newRow("csv short line") << prices << QByteArray("sku,price\nA\n") << true;
        QTest::newRow("csv open quote") << prices << QByteArray("sku,price\n\"A,1\n") << true;
    }
    void badImport_refusesTheWholeFileAndWritesNothing()
    {
        QFETCH(int, collection);
        QFETCH(QByteArray, content);
        QFETCH(bool, isCsv);
        const auto kind = CatalogCollection(collection);
        const auto parsed = isCsv ? CatalogImport::fromCsv(kind, content) : CatalogImport::fromJson(kind, content);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ApiError::Kind::BadRequest);
        QVERIFY(!parsed.error().message.isEmpty());
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT COUNT(*) FROM catalog_items")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
