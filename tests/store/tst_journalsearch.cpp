#include "../domain/TestProfiles.h"
#include "Database.h"
#include "JournalSearch.h"
#include "Sale.h"
#include "SaleJournal.h"
#include "SchemaManager.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using namespace omnitill::saleevent;

// The back office's journal search: each criterion on its own and together, paging, and the index filled
// for records written before the search index existed.
class TestJournalSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;
    const QDateTime m_monday = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

    // A completed cash sale of one unit of each SKU at `price`, made at `at`, by `staff`, for `customer`.
    qint64 sell(const QStringList &skus, qint64 price, const QDateTime &at, const QString &staff,
                const QString &customer = {})
    {
        Sale sale(testprofiles::korean());
        bool ok = sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), at}).ok();
        int line = 0;
        for (const QString &sku : skus)
            ok = ok && sale.apply(LineAdded{++line, testprofiles::product(sku, price), Quantity::pieces(1), {}}).ok();
        if (!customer.isEmpty())
            ok = ok && sale.apply(CustomerAttached{customer, true}).ok();
        ok = ok && sale.apply(Tendered{1, TenderMethod::Cash, price * skus.size(), {}}).ok() &&
             sale.apply(Completed{at}).ok();
        if (!ok)
            qFatal("could not build a completed sale");
        auto transaction = Transaction::begin(*m_database).value();
        const auto entry = SaleJournal(*m_database).append(transaction, sale, {{QStringLiteral("staff"), staff}});
        if (!entry || !transaction.commit())
            qFatal("could not journal the sale");
        return entry->sequence;
    }

    qint64 returnOne(const QString &sku, qint64 refund, const QDateTime &at)
    {
        const QJsonObject record{{QStringLiteral("kind"), QStringLiteral("return")},
                                 {QStringLiteral("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("currency"), QStringLiteral("KRW")},
                                 {QStringLiteral("staff"), QStringLiteral("2002")},
                                 {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), sku}}}}};
        auto transaction = Transaction::begin(*m_database).value();
        const auto entry =
            SaleJournal(*m_database)
                .appendRecord(transaction, QStringLiteral("return"), QStringLiteral("T1"), at, -refund, record);
        if (!entry || !transaction.commit())
            qFatal("could not journal the return");
        return entry->sequence;
    }

    // The receipt numbers found by a query that `narrow` sets up.
    QList<qint64> find(const std::function<void(JournalQuery &)> &narrow = {})
    {
        JournalQuery query;
        if (narrow)
            narrow(query);
        const auto hits = JournalSearch(*m_database).find(query);
        if (!hits)
            qFatal("search failed: %s", qPrintable(hits.error()));
        QList<qint64> sequences;
        for (const JournalHit &hit : *hits)
            sequences.append(hit.sequence);
        return sequences;
    }

    // Monday: 1 shirt+socks by 1001 for C-1; 2 socks by 1002; 3 coat by 1001 for C-2; Tuesday: 4 shirt by
    // 1002 for C-1; 5 the socks of 2 returned by 2002.
    void writeWeek()
    {
        sell({QStringLiteral("SHIRT"), QStringLiteral("SOCKS")}, 10000, m_monday, QStringLiteral("1001"),
             QStringLiteral("C-1"));
        sell({QStringLiteral("SOCKS")}, 3000, m_monday.addSecs(600), QStringLiteral("1002"));
        sell({QStringLiteral("COAT")}, 150000, m_monday.addSecs(3600), QStringLiteral("1001"), QStringLiteral("C-2"));
        sell({QStringLiteral("SHIRT")}, 19900, m_monday.addDays(1), QStringLiteral("1002"), QStringLiteral("C-1"));
        returnOne(QStringLiteral("SOCKS"), 3000, m_monday.addDays(1).addSecs(60));
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_directory.filePath(QStringLiteral("search.sqlite")));
        m_database = Database::open(m_directory.filePath(QStringLiteral("search.sqlite"))).value();
    }
    void cleanup() { m_database.reset(); }

    void find_narrowsByEachCriterion()
    {
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        writeWeek();
        using L = QList<qint64>;
        QCOMPARE(find(), (L{5, 4, 3, 2, 1}));
        QCOMPARE(find([&](JournalQuery &q) { q.receipt = 3; }), L{3});
        QCOMPARE(find([&](JournalQuery &q) { q.sku = QStringLiteral("SOCKS"); }),
                 (L{5, 2, 1})); // sold on two sales, and returned
        QCOMPARE(find([&](JournalQuery &q) { q.customerId = QStringLiteral("C-1"); }), (L{4, 1}));
        QCOMPARE(find([&](JournalQuery &q) { q.staff = QStringLiteral("1001"); }), (L{3, 1}));
        QCOMPARE(find([&](JournalQuery &q) { q.from = m_monday.addDays(1); }), (L{5, 4}));
        QCOMPARE(find([&](JournalQuery &q) {
                     q.from = m_monday.addSecs(600);
                     q.until = m_monday.addSecs(3600);
                 }),
                 L{2});
        QCOMPARE(find([&](JournalQuery &q) {
                     q.minimumTotal = 19900;
                     q.maximumTotal = 20000;
                 }),
                 (L{4, 1}));
        QCOMPARE(find([&](JournalQuery &q) { q.maximumTotal = -1; }), L{5}); // refunds are negative
        QCOMPARE(find([&](JournalQuery &q) {
                     q.customerId = QStringLiteral("C-1");
                     q.sku = QStringLiteral("SOCKS");
                 }),
                 L{1});
        QVERIFY(find([&](JournalQuery &q) { q.customerId = QStringLiteral("C-9"); }).isEmpty());
    }

    void find_describesEachRecord()
    {
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        writeWeek();
        JournalQuery firstTwo;
        firstTwo.limit = 2;
        const auto hits = JournalSearch(*m_database).find(firstTwo);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).kind, QStringLiteral("return"));
        QCOMPARE(hits->at(0).totalMinor, -3000);
        QCOMPARE(hits->at(0).staff, QStringLiteral("2002"));
        QCOMPARE(hits->at(1).kind, QStringLiteral("sale"));
        QCOMPARE(hits->at(1).customerId, QStringLiteral("C-1"));
        QCOMPARE(hits->at(1).completedAt, m_monday.addDays(1));
        QCOMPARE(hits->at(1).saleId, SaleJournal(*m_database).entry(4)->saleId);
    }

    void find_pagesByReceiptNumber()
    {
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        writeWeek();
        using L = QList<qint64>;
        QCOMPARE(find([&](JournalQuery &q) { q.limit = 2; }), (L{5, 4}));
        QCOMPARE(find([&](JournalQuery &q) {
                     q.beforeSequence = 4;
                     q.limit = 2;
                 }),
                 (L{3, 2}));
        sell({QStringLiteral("HAT")}, 5000, m_monday.addDays(2), QStringLiteral("1001")); // arrives meanwhile
        QCOMPARE(find([&](JournalQuery &q) {
                     q.beforeSequence = 2;
                     q.limit = 2;
                 }),
                 L{1});
    }

    void upgrade_indexesRecordsWrittenBeforeTheSearchIndex()
    {
        QVERIFY(SchemaManager(*m_database).upgradeTo(12).ok());
        writeWeek();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
        using L = QList<qint64>;
        QCOMPARE(find([&](JournalQuery &q) { q.sku = QStringLiteral("SOCKS"); }), (L{5, 2, 1}));
        QCOMPARE(find([&](JournalQuery &q) { q.customerId = QStringLiteral("C-2"); }), L{3});
        sell({QStringLiteral("SOCKS")}, 3000, m_monday.addDays(2), QStringLiteral("1001"));
        QCOMPARE(find([&](JournalQuery &q) { q.sku = QStringLiteral("SOCKS"); }), (L{6, 5, 2, 1}));
    }
};

QTEST_GUILESS_MAIN(TestJournalSearch)
#include "tst_journalsearch.moc"
