#include "../domain/TestProfiles.h"
#include "Database.h"
#include "OpenSaleStore.h"
#include "Sale.h"
#include "SaleJournal.h"
#include "SchemaManager.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;
using namespace omnitill::saleevent;

class TestSaleJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Database> m_database;

    Sale completedSale(qint64 price)
    {
        Sale sale(testprofiles::korean());
        const auto now = QDateTime::currentDateTimeUtc();
        const bool ok =
            sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), now}).ok() &&
            sale.apply(LineAdded{1, testprofiles::product(QStringLiteral("A"), price), Quantity::pieces(1), {}}).ok() &&
            sale.apply(Tendered{1, TenderMethod::Cash, price, {}}).ok() && sale.apply(Completed{now}).ok();
        if (!ok)
            qFatal("could not build a completed sale");
        return sale;
    }

    Result<JournalEntry> append(const Sale &sale)
    {
        auto begun = Transaction::begin(*m_database);
        if (!begun)
            return Error{begun.error()};
        Transaction transaction = std::move(begun).value();
        auto entry = SaleJournal(*m_database).append(transaction, sale);
        if (!entry)
            return entry;
        if (auto committed = transaction.commit(); !committed)
            return Error{committed.error()};
        return entry;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_directory.filePath(QStringLiteral("journal.sqlite")));
        m_database = Database::open(m_directory.filePath(QStringLiteral("journal.sqlite"))).value();
        QVERIFY(SchemaManager(*m_database).upgrade().ok());
    }
    void cleanup() { m_database.reset(); }

    void append_numbersReceiptsWithoutGapsAndChainsHashes()
    {
        const auto first = append(completedSale(1000));
        const auto second = append(completedSale(2000));
        QVERIFY(first);
        QVERIFY(second);
        QCOMPARE(first->sequence, 1);
        QCOMPARE(second->sequence, 2);
        QCOMPARE(first->previousHash, SaleJournal::genesisHash());
        QCOMPARE(second->previousHash, first->hash);
        QCOMPARE(second->record.value(QStringLiteral("total")).toInteger(), 2000);
        QCOMPARE(SaleJournal(*m_database).lastSequence(), 2);
        QVERIFY(SaleJournal(*m_database).verify().intact());
        QCOMPARE(SaleJournal(*m_database).verify().checked, 2);
    }

    void append_writesTheOutboxRecordInTheSameTransaction()
    {
        const Sale sale = completedSale(1500);
        {
            auto transaction = Transaction::begin(*m_database).value();
            QVERIFY(SaleJournal(*m_database).append(transaction, sale));
            // dropped without commit: both the entry and its outbox record disappear
        }
        QCOMPARE(SaleJournal(*m_database).lastSequence(), 0);
        QCOMPARE(SaleJournal(*m_database).outboxCount(), 0);
        QVERIFY(append(sale));
        QCOMPARE(SaleJournal(*m_database).outboxCount(), 1);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT record_id, kind FROM outbox")) && query.next());
        QCOMPARE(query.value(0).toString(), sale.id().toString(QUuid::WithoutBraces));
        QCOMPARE(query.value(1).toString(), QStringLiteral("sale"));
    }

    void append_refusesTheSameSaleTwice()
    {
        const Sale sale = completedSale(1000);
        QVERIFY(append(sale));
        QVERIFY(!append(sale));
        QCOMPARE(SaleJournal(*m_database).lastSequence(), 1);
    }

    void database_refusesUpdatesAndDeletes()
    {
        QVERIFY(append(completedSale(1000)));
        QVERIFY(!exec(QStringLiteral("UPDATE journal SET total_minor = 1")));
        QVERIFY(!exec(QStringLiteral("DELETE FROM journal")));
        QCOMPARE(SaleJournal(*m_database).lastSequence(), 1);
    }

    void verify_findsATamperedRecord()
    {
        for (qint64 price : {1000, 2000, 3000})
            QVERIFY(append(completedSale(price)));
        // A tamperer who gets past the triggers changes the second sale's total.
        QVERIFY(exec(QStringLiteral("DROP TRIGGER journal_no_update")));
        QVERIFY(exec(QStringLiteral("UPDATE journal SET record = replace(record, '\"total\":2000', '\"total\":20') "
                                    "WHERE sequence = 2")));
        const auto result = SaleJournal(*m_database).verify();
        QVERIFY(!result.intact());
        QCOMPARE(result.firstBrokenSequence, 2);
        QCOMPARE(result.checked, 1);
        QVERIFY(result.reason.contains(QStringLiteral("2")));
    }

    void verify_findsARehashedRecordByTheNextLink()
    {
        for (qint64 price : {1000, 2000, 3000})
            QVERIFY(append(completedSale(price)));
        // Rewriting a record and its own hash still breaks the link from the entry after it.
        const auto original = SaleJournal(*m_database).entry(2).value();
        QJsonObject forged = original.record;
        forged.insert(QStringLiteral("total"), 20);
        const QByteArray forgedBytes = QJsonDocument(forged).toJson(QJsonDocument::Compact);
        QVERIFY(exec(QStringLiteral("DROP TRIGGER journal_no_update")));
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral("UPDATE journal SET record = ?, hash = ? WHERE sequence = 2"));
        update.addBindValue(forgedBytes);
        update.addBindValue(SaleJournal::chainHash(original.previousHash, forgedBytes));
        QVERIFY(update.exec());
        const auto result = SaleJournal(*m_database).verify();
        QCOMPARE(result.firstBrokenSequence, 3);
    }

    void verify_findsADeletedReceipt()
    {
        for (qint64 price : {1000, 2000, 3000})
            QVERIFY(append(completedSale(price)));
        QVERIFY(exec(QStringLiteral("DROP TRIGGER journal_no_delete")));
        QVERIFY(exec(QStringLiteral("DELETE FROM journal WHERE sequence = 2")));
        const auto result = SaleJournal(*m_database).verify();
        QCOMPARE(result.firstBrokenSequence, 3);
        QVERIFY(result.reason.contains(QStringLiteral("2")));
    }

    void openSales_comeBackInOrderAndLeaveWithTheJournalEntry()
    {
        OpenSaleStore store(*m_database);
        const Sale sale = completedSale(1000);
        for (qsizetype i = 0; i < sale.events().size() - 1; ++i) // all but Completed, as the till writes them
            QVERIFY(store.append(sale.id(), i, sale.events()[i]));
        auto loaded = store.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->first().size(), sale.events().size() - 1);
        QVERIFY(std::holds_alternative<Tendered>(loaded->first().last()));

        auto transaction = Transaction::begin(*m_database).value();
        QVERIFY(SaleJournal(*m_database).append(transaction, sale));
        QVERIFY(store.discard(transaction, sale.id()));
        QVERIFY(transaction.commit());
        QCOMPARE(store.load()->size(), 0);
    }

    void openSales_refuseADuplicatePosition()
    {
        OpenSaleStore store(*m_database);
        const QUuid id = QUuid::createUuid();
        QVERIFY(store.append(id, 0, Opened{id, QStringLiteral("T1"), QDateTime::currentDateTimeUtc()}));
        QVERIFY(!store.append(id, 0, Opened{id, QStringLiteral("T1"), QDateTime::currentDateTimeUtc()}));
    }
};

QTEST_GUILESS_MAIN(TestSaleJournal)
#include "tst_salejournal.moc"
