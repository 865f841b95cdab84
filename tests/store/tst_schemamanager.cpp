#include "Database.h"
#include "SchemaManager.h"
#include "Transaction.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

// SchemaManager, and the Database and Transaction it stands on (their behaviour at the edges -- a file
// that is not a database, a transaction never committed -- is what the schema's safety rests on).
class TestSchemaManager : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<Database> openDatabase(const QString &path)
    {
        auto opened = Database::open(path);
        if (!opened.ok())
            qWarning() << opened.error();
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QStringList tableNames(const Database &database)
    {
        QStringList names;
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name"));
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

    static int userVersion(const Database &database) { return database.queryValue("PRAGMA user_version")->toInt(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    }

    void bundledMigrations_areNumberedFromOneWithoutGaps()
    {
        const QList<Migration> migrations = SchemaManager::bundledMigrations();
        QVERIFY(migrations.size() >= 2);
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations[i].version, i + 1);
            QVERIFY(!migrations[i].sql.isEmpty());
        }
        QCOMPARE(migrations[0].name, QStringLiteral("0001_catalog.sql"));
        QCOMPARE(migrations[1].name, QStringLiteral("0002_journal.sql"));
    }

    void upgrade_emptyDatabase_appliesEveryMigration()
    {
        auto database = openDatabase(m_path);
        QVERIFY(database);
        SchemaManager schema(*database);

        const SchemaManager::Report report = schema.upgrade();

        QCOMPARE(report.outcome, SchemaManager::Outcome::Upgraded);
        QCOMPARE(report.versionBefore, 0);
        QCOMPARE(report.versionAfter, schema.latestVersion());
        QCOMPARE(userVersion(*database), schema.latestVersion());
        const QStringList tables = tableNames(*database);
        for (const char *expected : {"settings", "tax_classes", "products", "barcodes", "journal", "outbox",
                                     "open_sale_events", "journal_no_update", "journal_no_delete"})
            QVERIFY2(tables.contains(QLatin1String(expected)), expected);
    }

    void upgrade_twice_secondReportsUpToDate()
    {
        auto database = openDatabase(m_path);
        QVERIFY(database);
        QVERIFY(SchemaManager(*database).upgrade().ok());

        const SchemaManager::Report report = SchemaManager(*database).upgrade();

        QCOMPARE(report.outcome, SchemaManager::Outcome::UpToDate);
        QCOMPARE(report.versionBefore, report.versionAfter);
    }

    void upgrade_versionOneDatabase_upgradesAndKeepsItsData()
    {
        {
            auto database = openDatabase(m_path);
            QVERIFY(database);
            const SchemaManager::Report first = SchemaManager(*database).upgradeTo(1);
            QCOMPARE(first.outcome, SchemaManager::Outcome::Upgraded);
            QCOMPARE(userVersion(*database), 1);
            QVERIFY(!tableNames(*database).contains(QStringLiteral("journal")));
            QVERIFY(database->exec("INSERT INTO tax_classes VALUES ('VAT10', 'VAT 10%', 100000)").ok());
            QVERIFY(database
                        ->exec("INSERT INTO products (sku, name_ko, unit_price_minor, tax_class, unit) "
                               "VALUES ('S1', '우유', 2500, 'VAT10', 'each')")
                        .ok());
        }
        auto database = openDatabase(m_path);
        QVERIFY(database);

        const SchemaManager::Report report = SchemaManager(*database).upgrade();

        QCOMPARE(report.outcome, SchemaManager::Outcome::Upgraded);
        QCOMPARE(report.versionBefore, 1);
        QCOMPARE(report.versionAfter, SchemaManager(*database).latestVersion());
        QVERIFY(tableNames(*database).contains(QStringLiteral("journal")));
        QCOMPARE(database->queryValue("SELECT name_ko FROM products WHERE sku = 'S1'")->toString(),
                 QStringLiteral("우유"));
    }

    void upgrade_databaseFromNewerOmnitill_isRefusedAndLeftByteIdentical()
    {
        int newer = 0;
        {
            auto database = openDatabase(m_path);
            QVERIFY(database);
            QVERIFY(SchemaManager(*database).upgrade().ok());
            newer = SchemaManager(*database).latestVersion() + 1;
            QVERIFY(database->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)).ok());
        }
        const QByteArray before = contentsOf(m_path);
        {
            auto database = openDatabase(m_path);
            QVERIFY(database);
            SchemaManager schema(*database);

            const SchemaManager::Report report = schema.upgrade();

            QCOMPARE(report.outcome, SchemaManager::Outcome::NewerThanApplication);
            QVERIFY(!report.ok());
            QVERIFY2(report.message.contains(QStringLiteral("newer Omnitill (schema %1, this version knows %2)")
                                                 .arg(newer)
                                                 .arg(schema.latestVersion())),
                     qPrintable(report.message));
        }
        QCOMPARE(contentsOf(m_path), before);
    }

    void open_fileThatIsNotSqlite_isRefusedAndLeftByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : random)
            byte = char(generator.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text") << QByteArrayLiteral("Einkaufsliste: Milch, Brot, Käse\n").repeated(200);
        QTest::newRow("csv") << QByteArrayLiteral("sku,barcodes,name_ko\nS1,8801234567893,우유\n");
        // The right magic string with nothing valid after it.
        QTest::newRow("sqlite header only") << QByteArrayLiteral("SQLite format 3\0").append(QByteArray(84, '\xff'));
    }

    void open_fileThatIsNotSqlite_isRefusedAndLeftByteIdentical()
    {
        QFETCH(QByteArray, contents);
        writeFile(m_path, contents);

        auto opened = Database::open(m_path);

        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("store.sqlite")), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("unchanged")), qPrintable(opened.error()));
        QCOMPARE(contentsOf(m_path), contents);
    }

    void open_damagedDatabase_isRefusedAndLeftByteIdentical()
    {
        {
            auto database = openDatabase(m_path);
            QVERIFY(database);
            QVERIFY(database->exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)).ok());
            QVERIFY(database->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)").ok());
            QVERIFY(database
                        ->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                               "INSERT INTO t SELECT i, printf('row %d of the table', i) FROM n")
                        .ok());
        }
        QByteArray contents = contentsOf(m_path);
        QVERIFY(contents.size() > 8 * 4096);
        // Pages 3 to 5 overwritten, as a failing disk or a careless copy would.
        contents.replace(2 * 4096, 3 * 4096, QByteArray(3 * 4096, '\x5a'));
        writeFile(m_path, contents);

        auto opened = Database::open(m_path);

        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("damaged")), qPrintable(opened.error()));
        QCOMPARE(contentsOf(m_path), contents);
    }

    void open_sqliteDatabaseOfAnotherProgram_isRefusedBeforeAnyChange()
    {
        {
            // Another program's file, in SQLite's default rollback-journal mode.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery create(other);
            QVERIFY(create.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            create.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = contentsOf(m_path);

        auto opened = Database::open(m_path);

        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("another program")), qPrintable(opened.error()));
        QCOMPARE(contentsOf(m_path), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    }

    void upgrade_marksTheFileAsAnOmnitillStore()
    {
        auto database = openDatabase(m_path);
        QVERIFY(SchemaManager(*database).upgrade().ok());
        QCOMPARE(database->queryValue(QStringLiteral("PRAGMA application_id"))->toLongLong(), Database::applicationId);
    }

    void upgrade_sqliteDatabaseOfAnotherProgram_isRefusedAndGetsNoTables()
    {
        auto database = openDatabase(m_path);
        QVERIFY(database);
        QVERIFY(database->exec("CREATE TABLE recipes (name TEXT)").ok());

        const SchemaManager::Report report = SchemaManager(*database).upgrade();

        QCOMPARE(report.outcome, SchemaManager::Outcome::Failed);
        QVERIFY2(report.message.contains(QStringLiteral("another program")), qPrintable(report.message));
        QCOMPARE(tableNames(*database), QStringList{QStringLiteral("recipes")});
        QCOMPARE(userVersion(*database), 0);
    }

    void upgrade_failingMigration_rollsBackThatMigrationAndReportsIt()
    {
        auto database = openDatabase(m_path);
        QVERIFY(database);
        const QList<Migration> migrations = {
            {1, QStringLiteral("0001_good.sql"), QStringLiteral("CREATE TABLE good (id INTEGER);")},
            {2, QStringLiteral("0002_bad.sql"),
             QStringLiteral("CREATE TABLE half (id INTEGER);\nINSERT INTO good VALUES (1);\nCREATE TABLE broken (;")},
        };

        const SchemaManager::Report report = SchemaManager(*database, migrations).upgrade();

        QCOMPARE(report.outcome, SchemaManager::Outcome::Failed);
        QCOMPARE(report.versionBefore, 0);
        QCOMPARE(report.versionAfter, 1);
        QVERIFY2(report.message.contains(QStringLiteral("0002_bad.sql")), qPrintable(report.message));
        QVERIFY2(report.message.contains(QStringLiteral("schema 1")), qPrintable(report.message));
        QCOMPARE(userVersion(*database), 1);
        QCOMPARE(tableNames(*database), QStringList{QStringLiteral("good")});
        QCOMPARE(database->queryValue("SELECT count(*) FROM good")->toInt(), 0);
    }

    void upgrade_migrationListWithAGap_failsWithoutTouchingTheDatabase()
    {
        auto database = openDatabase(m_path);
        QVERIFY(database);
        const QList<Migration> migrations = {{1, QStringLiteral("0001_a.sql"), QStringLiteral("CREATE TABLE a (x);")},
                                             {3, QStringLiteral("0003_c.sql"), QStringLiteral("CREATE TABLE c (x);")}};

        const SchemaManager::Report report = SchemaManager(*database, migrations).upgrade();

        QCOMPARE(report.outcome, SchemaManager::Outcome::Failed);
        QVERIFY(tableNames(*database).isEmpty());
    }

    void splitStatements_keepsTriggerBodiesStringsAndCommentsWhole()
    {
        const QString sql =
            QStringLiteral("-- a comment; with a semicolon\n"
                           "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" INTEGER);\n"
                           "/* block; comment */\n"
                           "CREATE TRIGGER t_guard BEFORE UPDATE ON t\n"
                           "BEGIN\n"
                           "    SELECT CASE WHEN new.a = 'it''s; fine' THEN RAISE(ABORT, 'no; way') END;\n"
                           "    SELECT 1;\n"
                           "END;\n"
                           "create temp trigger lower_case after delete on t begin select 2; end;\n"
                           "INSERT INTO t (a) VALUES ('last')  -- no semicolon at the end\n");

        const QStringList statements = SchemaManager::splitStatements(sql);

        QCOMPARE(statements.size(), 4);
        QVERIFY(statements[0].endsWith(QStringLiteral("\"odd;name\" INTEGER)")));
        QVERIFY(statements[1].startsWith(QStringLiteral("/* block; comment */\nCREATE TRIGGER t_guard")));
        QVERIFY(statements[1].endsWith(QStringLiteral("SELECT 1;\nEND")));
        QCOMPARE(statements[2], QStringLiteral("create temp trigger lower_case after delete on t begin select 2; end"));
        QVERIFY(statements[3].startsWith(QStringLiteral("INSERT INTO t (a) VALUES ('last')")));
    }

    void splitStatements_onlyCommentsAndBlanks_givesNothing()
    {
        QVERIFY(SchemaManager::splitStatements(QStringLiteral("-- nothing\n;\n  /* here */ ;\n")).isEmpty());
    }

    void database_twoOnOneFile_haveTheirOwnConnectionsRemovedOnDestruction()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto first = openDatabase(m_path);
            auto second = openDatabase(m_path);
            QVERIFY(first && second);
            QVERIFY(first->connection().connectionName() != second->connection().connectionName());
            QVERIFY(first->exec("CREATE TABLE shared (x)").ok());
            QVERIFY(second->exec("INSERT INTO shared VALUES (1)").ok());
            QCOMPARE(first->queryValue("PRAGMA journal_mode")->toString(), QStringLiteral("wal"));
            QCOMPARE(second->queryValue("PRAGMA synchronous")->toInt(), 2); // FULL
            QCOMPARE(second->queryValue("PRAGMA foreign_keys")->toInt(), 1);
            QCOMPARE(second->queryValue("PRAGMA busy_timeout")->toInt(), 5000);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void open_pathInMissingFolder_isRefusedWithTheReason()
    {
        auto opened = Database::open(m_dir->filePath(QStringLiteral("no/such/folder/store.sqlite")));

        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().isEmpty());
    }

    void transaction_notCommitted_isRolledBackAtEndOfScope()
    {
        auto database = openDatabase(m_path);
        QVERIFY(database);
        QVERIFY(database->exec("CREATE TABLE t (x)").ok());
        {
            auto begun = Transaction::begin(*database);
            QVERIFY(begun.ok());
            QVERIFY(database->exec("INSERT INTO t VALUES (1)").ok());
        }
        QCOMPARE(database->queryValue("SELECT count(*) FROM t")->toInt(), 0);

        auto begun = Transaction::begin(*database);
        QVERIFY(begun.ok());
        Transaction transaction = std::move(begun).value();
        QVERIFY(database->exec("INSERT INTO t VALUES (1)").ok());
        QVERIFY(transaction.commit().ok());
        QVERIFY(!transaction.isOpen());
        QCOMPARE(database->queryValue("SELECT count(*) FROM t")->toInt(), 1);
    }

    void transaction_insideAnother_isRefused()
    {
        auto database = openDatabase(m_path);
        QVERIFY(database);
        auto outer = Transaction::begin(*database);
        QVERIFY(outer.ok());

        auto inner = Transaction::begin(*database);

        QVERIFY(!inner.ok());
        QVERIFY(outer.value().isOpen());
    }
};

QTEST_GUILESS_MAIN(TestSchemaManager)
#include "tst_schemamanager.moc"
