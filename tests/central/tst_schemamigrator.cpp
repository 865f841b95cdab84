#include "CentralTestDatabase.h"
#include "CouponLedger.h"
#include "SchemaMigrator.h"

#include <QSqlError>
#include <QTest>

using namespace omnitill::central;

// The central schema: one numbered list in two dialects, applied once, with the cross-till rules as
// constraints of the database itself.
class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothDialects_listTheSameMigrations()
    {
        const auto sqlite = SchemaMigrator::bundled(Dialect::Sqlite);
        const auto postgres = SchemaMigrator::bundled(Dialect::Postgres);
        QVERIFY(sqlite.size() >= 4);
        QCOMPARE(sqlite.size(), postgres.size());
        for (qsizetype i = 0; i < sqlite.size(); ++i) {
            QCOMPARE(sqlite[i].name, postgres[i].name);
            QCOMPARE(sqlite[i].version, int(i + 1));
        }
    }

    void upgrade_reachesLatestAndIsIdempotent()
    {
        CentralTestDatabase database;
        SchemaMigrator migrator(database.pool->connection().value(), database.settings().dialect());
        QCOMPARE(migrator.currentVersion().value(), SchemaMigrator::latestVersion());
        QCOMPARE(migrator.upgrade().value(), SchemaMigrator::latestVersion());
        QCOMPARE(database.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
                 SchemaMigrator::latestVersion());
    }

    void newerDatabase_isRefusedAndLeftAlone()
    {
        CentralTestDatabase database;
        QSqlQuery query(database.pool->connection().value());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')")));
        auto upgraded = SchemaMigrator(database.pool->connection().value(), database.settings().dialect()).upgrade();
        QVERIFY(!upgraded);
        QVERIFY(upgraded.error().contains(QLatin1String("99")));
    }

    void couponRulesMigration_keepsEveryCouponAndItsRedemption()
    {
        CentralTestDatabase database(5);
        QSqlQuery query(database.pool->connection().value());
        const QString window = database.settings().dialect() == Dialect::Sqlite
                                   ? QStringLiteral("'2024-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z'")
                                   : QStringLiteral("'2024-01-01T00:00:00Z', '2099-01-01T00:00:00Z'");
        for (const QString &row : {QStringLiteral("'c1', 'AAAABBBBCCCC', 'percent', 15, NULL, %1, 'issued'"),
                                   QStringLiteral("'c2', 'DDDDEEEEFFFF', 'amount', 5000, 'KRW', %1, 'redeemed'")}) {
            QVERIFY2(
                query.exec(QStringLiteral("INSERT INTO coupons (coupon_id, code, kind, value, currency, valid_from, "
                                          "valid_until, state, created_at) VALUES (%1, %2)")
                               .arg(row.arg(window), window.section(u',', 0, 0))),
                qPrintable(query.lastError().text()));
        }
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO coupon_redemptions (coupon_id, sale_id, terminal_id, redeemed_at) "
                                      "VALUES ('c2', '6f1c2f5e-0a43-4f43-9a3e-1b2c3d4e5f60', 't', %1)")
                           .arg(window.section(u',', 0, 0))));

        auto upgraded = SchemaMigrator(database.pool->connection().value(), database.settings().dialect()).upgrade();
        QVERIFY2(upgraded.ok(), upgraded.ok() ? "" : qPrintable(upgraded.error()));
        CouponLedger ledger(*database.pool);
        const Coupon percent = ledger.find(QStringLiteral("AAAA-BBBB-CCCC")).value();
        QCOMPARE(percent.rule.kind, omnitill::CouponRule::Kind::Percent);
        QCOMPARE(percent.rule.value, 15);
        QVERIFY(percent.rule.currency.isEmpty());
        QCOMPARE(percent.state, QStringLiteral("issued"));
        const Coupon amount = ledger.find(QStringLiteral("DDDD-EEEE-FFFF")).value();
        QCOMPARE(amount.rule.kind, omnitill::CouponRule::Kind::Amount);
        QCOMPARE(amount.rule.value, 5000);
        QCOMPARE(amount.rule.currency, QStringLiteral("KRW"));
        QCOMPARE(amount.redeemedSaleId, QStringLiteral("6f1c2f5e-0a43-4f43-9a3e-1b2c3d4e5f60"));
        // Redemptions refer to the rebuilt table: one of a coupon there is taken, one of no coupon refused.
        QVERIFY2(
            query.exec(QStringLiteral("INSERT INTO coupon_redemptions (coupon_id, sale_id, terminal_id, "
                                      "redeemed_at) VALUES ('c1', '6f1c2f5e-0a43-4f43-9a3e-1b2c3d4e5f62', 't', %1)")
                           .arg(window.section(u',', 0, 0))),
            qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO coupon_redemptions (coupon_id, sale_id, terminal_id, "
                                           "redeemed_at) VALUES ('ghost', '6f1c2f5e-0a43-4f43-9a3e-1b2c3d4e5f61', 't', "
                                           "%1)")
                                .arg(window.section(u',', 0, 0))));
    }

    void enrollmentCode_cannotBeUsedWithoutTerminal()
    {
        CentralTestDatabase database;
        QSqlQuery query(database.pool->connection().value());
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO enrollment_codes (code_hash, store_id, created_at, expires_at, used_at) "
            "VALUES ('h', 's', '2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-01T01:00:00Z')")));
    }

    void sale_mustBelongToKnownTerminal()
    {
        CentralTestDatabase database;
        QSqlQuery query(database.pool->connection().value());
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO sales (sale_id, terminal_id, store_id, till_terminal, sequence, status, currency, "
            "total_minor, "
            "closed_at, record, record_hash, result, received_at) VALUES ('6f1c2f5e-0a43-4f43-9a3e-1b2c3d4e5f60', "
            "'ghost', 's', 'T1', 1, 'completed', 'KRW', 1, '2024-01-01T00:00:00Z', '{}', 'h', '{}', "
            "'2024-01-01T00:00:00Z')")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
