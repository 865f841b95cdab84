#include "CentralTestDatabase.h"
#include "CouponLedger.h"
#include "CouponReconciliation.h"
#include "CustomerRepository.h"
#include "OnlineOrders.h"
#include "SigningKeyStore.h"
#include "TerminalRegistry.h"
#include "TokenVerifier.h"

#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <ZXing/ReadBarcode.h>

using namespace omnitill;
using namespace omnitill::central;

// The shipped omnitill-central binary's admin commands, run as a person runs them, against the test
// database.
class TestAdminCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralTestDatabase> m_database;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run admin(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(OMNITILL_CENTRAL_BINARY),
                      QStringList{QStringLiteral("--database"), m_database->url(), QStringLiteral("admin")} +
                          arguments);
        if (!process.waitForFinished(60000))
            qFatal("omnitill-central did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    // The number of rows of every table a demo seed could write to.
    QMap<QString, qint64> rowCounts()
    {
        QMap<QString, qint64> counts;
        for (const char *table : {"customers", "points_ledger", "coupons", "online_orders", "online_order_lines",
                                  "enrollment_codes", "customer_app_links", "audit_log", "signing_keys",
                                  "customer_consents", "customer_sizes", "customer_wishlist", "customer_notes"}) {
            counts.insert(
                QLatin1String(table),
                m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong());
        }
        return counts;
    }

    // The seed's output lines that name an app link: "name<TAB>loyalty number<TAB>URL".
    static QStringList linkLines(const QString &out) { return out.split(u'\n').filter(QStringLiteral("/app/")); }

    QString enrolledTerminal(const QString &store)
    {
        TerminalRegistry terminals(*m_database->pool);
        return terminals.enroll(terminals.createEnrollmentCode(store).value(), QStringLiteral("Till"))
            .value()
            .terminalId;
    }

private Q_SLOTS:
    void init() { m_database = std::make_unique<CentralTestDatabase>(); }
    void cleanup() { m_database.reset(); }

    void enrollCode_printsOneTimeCodeThatEnrolls()
    {
        const Run run =
            admin({QStringLiteral("enroll-code"), QStringLiteral("--store"), QStringLiteral("KR-SEOUL-01")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")).match(run.out).hasMatch(),
                 qPrintable(run.out));
        auto enrolled = TerminalRegistry(*m_database->pool).enroll(run.out, QStringLiteral("Till"));
        QVERIFY(enrolled.ok());
        QCOMPARE(enrolled->storeId, QStringLiteral("KR-SEOUL-01"));
        QVERIFY(!TerminalRegistry(*m_database->pool).enroll(run.out, QStringLiteral("Till")).ok());

        const Run listed = admin({QStringLiteral("terminals")});
        QVERIFY(listed.out.contains(enrolled->terminalId));
        QCOMPARE(
            admin({QStringLiteral("revoke-terminal"), QStringLiteral("--terminal"), enrolled->terminalId}).exitCode, 0);
        QVERIFY(!TerminalRegistry(*m_database->pool)
                     .authenticate(QByteArray(QByteArray("Bearer ") + enrolled->credential.toLatin1()))
                     .ok());
        QVERIFY(admin({QStringLiteral("audit")}).out.contains(QLatin1String("terminal.revoked")));
    }

    void missingOption_failsWithReason()
    {
        const Run run = admin({QStringLiteral("enroll-code")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("--store")));
    }

    void appToken_printsTokenThatVerifiesWithPublishedKeys()
    {
        const Run created = admin({QStringLiteral("create-customer"), QStringLiteral("--name"),
                                   QStringLiteral("Park Jiwoo"), QStringLiteral("--tier"), QStringLiteral("gold")});
        QCOMPARE(created.exitCode, 0);
        const QString customerId = created.out.section(u'\t', 0, 0);
        const Run token = admin({QStringLiteral("app-token"), QStringLiteral("--customer"), customerId});
        QCOMPARE(token.exitCode, 0);
        QVERIFY(token.out.startsWith(CustomerToken::prefix));

        const auto claims =
            SigningKeyStore(*m_database->pool).verifier().value().verify(token.out, QDateTime::currentDateTimeUtc());
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error()));
        QCOMPARE(claims->customerId, customerId);
        QCOMPARE(claims->tier, QStringLiteral("gold"));

        // With --qr yes the code is drawn in the terminal too; read back off the "screen", it is the token.
        const Run drawn = admin({QStringLiteral("app-token"), QStringLiteral("--customer"), customerId,
                                 QStringLiteral("--qr"), QStringLiteral("yes")});
        QCOMPARE(drawn.exitCode, 0);
        const QStringList rows = drawn.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
        QVERIFY(rows.size() > 10);
        constexpr int scale = 4;
        QImage screen(int(rows.first().size()) * scale, int(rows.size()) * 2 * scale, QImage::Format_Grayscale8);
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < rows[row].size(); ++column) {
                const QChar cell = rows[row][column];
                const bool top = cell == QChar(0x2588) || cell == QChar(0x2580);
                const bool bottom = cell == QChar(0x2588) || cell == QChar(0x2584);
                for (int dy = 0; dy < 2 * scale; ++dy) {
                    const bool lightModule = dy < scale ? top : bottom;
                    for (int dx = 0; dx < scale; ++dx)
                        screen.setPixel(column * scale + dx, (row * 2) * scale + dy,
                                        lightModule ? 0xffffffff : 0xff000000);
                }
            }
        }
        const QImage gray = screen.convertToFormat(QImage::Format_Grayscale8);
        const auto read = ZXing::ReadBarcode(
            {gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine())},
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        QVERIFY(read.isValid());
        QCOMPARE(QString::fromStdString(read.text()), drawn.out.section(u'\n', 0, 0));
    }

    void couponWithRule_printsATokenThatVerifiesOffline()
    {
        const QString rule = QStringLiteral(R"({"kind":"buyGet","value":100,"buy":1,"get":1,"skus":["MILK"]})");
        const Run issued = admin({QStringLiteral("issue-coupon"), QStringLiteral("--rule"), rule,
                                  QStringLiteral("--days"), QStringLiteral("7")});
        QCOMPARE(issued.exitCode, 0);
        const Run token = admin({QStringLiteral("coupon-token"), QStringLiteral("--code"), issued.out});
        QCOMPARE(token.exitCode, 0);
        QVERIFY(token.out.startsWith(CouponToken::prefix));
        const TokenVerifier verifier = SigningKeyStore(*m_database->pool).verifier().value();
        const auto claims = verifier.verifyCoupon(token.out, QDateTime::currentDateTimeUtc());
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error()));
        QCOMPARE(claims->code, QString(issued.out).remove(u'-'));
        QCOMPARE(claims->rule.kind, CouponRule::Kind::BuyGet);
        QCOMPARE(claims->rule.scope.skus, QStringList{QStringLiteral("MILK")});
        QVERIFY(!verifier.verifyCoupon(token.out, QDateTime::currentDateTimeUtc().addDays(8)).ok());

        const Run refused = admin({QStringLiteral("issue-coupon"), QStringLiteral("--rule"),
                                   QStringLiteral(R"({"kind":"buyGet","value":100})")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QLatin1String("Buy and get")));
    }

    void campaign_issuesCouponsUnderItsRule()
    {
        const Run campaign = admin({QStringLiteral("create-campaign"), QStringLiteral("--name"),
                                    QStringLiteral("Spring"), QStringLiteral("--kind"), QStringLiteral("percent"),
                                    QStringLiteral("--value"), QStringLiteral("15")});
        QCOMPARE(campaign.exitCode, 0);
        const Run issued = admin({QStringLiteral("issue-coupon"), QStringLiteral("--campaign"), campaign.out});
        QCOMPARE(issued.exitCode, 0);
        const Coupon coupon = CouponLedger(*m_database->pool).find(issued.out).value();
        QCOMPARE(coupon.campaignId, campaign.out);
        QCOMPARE(coupon.rule.value, 15);
        QCOMPARE(admin({QStringLiteral("issue-coupon"), QStringLiteral("--campaign"), QStringLiteral("nope")}).exitCode,
                 1);
    }

    void couponReconciliation_printsDoubleUsesWithBothReceipts()
    {
        const Run issued = admin({QStringLiteral("issue-coupon"), QStringLiteral("--kind"), QStringLiteral("amount"),
                                  QStringLiteral("--value"), QStringLiteral("3000"), QStringLiteral("--currency"),
                                  QStringLiteral("KRW")});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        CouponReconciliation reconciliation(*m_database->pool);
        const auto report = [&](const QString &terminal) {
            return reconciliation
                .report({QUuid::createUuid().toString(QUuid::WithoutBraces), issued.out,
                         QUuid::createUuid().toString(QUuid::WithoutBraces), now},
                        terminal)
                .value();
        };
        const ReconciliationEntry first = report(enrolledTerminal(QStringLiteral("KR-SEOUL-01")));
        const ReconciliationEntry second = report(enrolledTerminal(QStringLiteral("KR-BUSAN-02")));
        const Run listed =
            admin({QStringLiteral("coupon-reconciliation"), QStringLiteral("--outcome"), QStringLiteral("double_use")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count(u'\n'), 0); // one double use, one line
        QVERIFY(listed.out.contains(second.reported.saleId) && listed.out.contains(first.reported.saleId));
        QVERIFY(listed.out.contains(QLatin1String("KR-BUSAN-02")) && listed.out.contains(QLatin1String("KR-SEOUL-01")));
        QCOMPARE(admin({QStringLiteral("coupon-reconciliation")}).out.count(u'\n'), 1);
    }

    void onlineOrder_createdMadeReadyAndItsQrVerifies()
    {
        const Run created = admin({QStringLiteral("create-order"), QStringLiteral("--lines"),
                                   QStringLiteral("A100:Linen shirt:2:15000;B200:Cap:1:9900:8801234567893"),
                                   QStringLiteral("--currency"), QStringLiteral("KRW"), QStringLiteral("--store"),
                                   QStringLiteral("KR-SEOUL-01"), QStringLiteral("--payment"),
                                   QStringLiteral("in_store"), QStringLiteral("--try"), QStringLiteral("yes")});
        QCOMPARE(created.exitCode, 0);
        const QString orderId = created.out.section(u'\t', 0, 0);
        const QString number = created.out.section(u'\t', 1, 1);
        const OnlineOrder order = OnlineOrders(*m_database->pool).find(number).value();
        QCOMPARE(order.id, orderId);
        QVERIFY(order.reserveToTry);
        QCOMPARE(order.state, QStringLiteral("placed"));
        QCOMPARE(order.lines.size(), 2);
        QCOMPARE(order.lines.at(0).name, QStringLiteral("Linen shirt"));
        QCOMPARE(order.lines.at(1).gtin, QStringLiteral("8801234567893"));

        const Run ready = admin({QStringLiteral("order-ready"), number, QStringLiteral("--days"), QStringLiteral("3")});
        QCOMPARE(ready.exitCode, 0);
        const QDateTime until = OnlineOrders(*m_database->pool).find(number).value().pickupUntil;
        QVERIFY(qAbs(until.secsTo(QDateTime::currentDateTimeUtc().addDays(3))) < 60);
        const Run again = admin({QStringLiteral("order-ready"), number});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(number));

        const Run qr = admin({QStringLiteral("order-qr"), number});
        QCOMPARE(qr.exitCode, 0);
        QVERIFY(qr.out.startsWith(OrderToken::prefix));
        const auto claims =
            SigningKeyStore(*m_database->pool).verifier().value().verifyOrder(qr.out, QDateTime::currentDateTimeUtc());
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error()));
        QCOMPARE(claims->orderId, orderId);
        QCOMPARE(claims->storeId, QStringLiteral("KR-SEOUL-01"));
        QCOMPARE(claims->expiresAt.toSecsSinceEpoch(), until.toSecsSinceEpoch());
        QCOMPARE(claims->linesDigest, order.linesDigest());
    }

    void createOrder_refusesWhatIsNotAnOrder()
    {
        const auto create = [&](const QString &lines, const QString &currency) {
            return admin({QStringLiteral("create-order"), QStringLiteral("--lines"), lines,
                          QStringLiteral("--currency"), currency});
        };
        QCOMPARE(create(QStringLiteral("A100:Shirt:two:15000"), QStringLiteral("KRW")).exitCode, 1);
        QCOMPARE(create(QStringLiteral("A100:Shirt:0:15000"), QStringLiteral("KRW")).exitCode, 1);
        QCOMPARE(create(QStringLiteral("A100:Shirt:1:15000"), QStringLiteral("XXX")).exitCode, 1);
        QCOMPARE(create({}, QStringLiteral("KRW")).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("order-qr")}).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("order-qr"), QStringLiteral("OL-NONE-NONE")}).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("create-order"), QStringLiteral("--lines"), QStringLiteral("A100:Shirt:1:1"),
                        QStringLiteral("--currency"), QStringLiteral("KRW"), QStringLiteral("--customer"),
                        QStringLiteral("nobody")})
                     .exitCode,
                 1);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM online_orders")).toInt(), 0);
        // Shipped: no store, so it cannot be made ready for pickup; it is shipped, and then not cancelled.
        const Run shipped = create(QStringLiteral("A100:Shirt:1:15000"), QStringLiteral("KRW"));
        QCOMPARE(shipped.exitCode, 0);
        const QString number = shipped.out.section(u'\t', 1, 1);
        QCOMPARE(admin({QStringLiteral("order-ready"), number}).exitCode, 1);
        QCOMPARE(admin({QStringLiteral("order-shipped"), number}).exitCode, 0);
        QCOMPARE(OnlineOrders(*m_database->pool).find(number).value().lines.first().delivered, 1);
        const Run cancel = admin({QStringLiteral("cancel-order"), number});
        QCOMPARE(cancel.exitCode, 1);
        QVERIFY(cancel.err.contains(QLatin1String("shipped")));
    }

    void rotateKey_keepsOldKeysPublished()
    {
        const Run first = admin({QStringLiteral("rotate-key")});
        const Run second = admin({QStringLiteral("rotate-key")});
        QCOMPARE(second.exitCode, 0);
        const auto keys = SigningKeyStore(*m_database->pool).publishedKeys().value();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.first().keyId, second.out);
        QVERIFY(keys.first().active);
        QCOMPARE(keys.last().keyId, first.out);
        QVERIFY(!keys.last().active);
    }

    void appLink_printsTheSameSecretAddressEachTime()
    {
        const QString customer = CustomerRepository(*m_database->pool)
                                     .create({QStringLiteral("김민지"), {}, {}, QStringLiteral("gold")})
                                     .value()
                                     .id;
        const QStringList arguments{QStringLiteral("app-link"), QStringLiteral("--customer"), customer,
                                    QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:8470/")};
        const Run first = admin(arguments);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:8470/app/[A-Za-z0-9_-]{22}$"))
                     .match(first.out)
                     .hasMatch(),
                 qPrintable(first.out));
        QCOMPARE(admin(arguments).out, first.out);
        const Run unknown = admin({QStringLiteral("app-link"), QStringLiteral("--customer"), QStringLiteral("nobody")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.isEmpty());
    }

    void seedDemo_makesEveryKindOfCouponAndOrder()
    {
        const Run seeded = admin({QStringLiteral("seed-demo")});
        QCOMPARE(seeded.exitCode, 0);
        QCOMPARE(linkLines(seeded.out).size(), 3);
        QVERIFY(seeded.out.contains(QStringLiteral("김민지")));
        // Every rule kind, bound to a customer; the amount off with a minimum spend.
        QSet<QString> kinds;
        QSqlQuery rules(m_database->pool->connection().value());
        QVERIFY(rules.exec(QStringLiteral("SELECT rule FROM coupons WHERE customer_id IS NOT NULL")));
        while (rules.next()) {
            const CouponRule rule =
                CouponRule::fromJson(QJsonDocument::fromJson(rules.value(0).toByteArray()).object()).value();
            kinds.insert(CouponRule::kindCode(rule.kind) +
                         (rule.minimumSpendMinor > 0 ? QStringLiteral("+minimum") : QString()));
        }
        QVERIFY2(kinds.contains(QStringLiteral("percent")) && kinds.contains(QStringLiteral("amount+minimum")) &&
                     kinds.contains(QStringLiteral("buyGet")) && kinds.contains(QStringLiteral("freeItem")),
                 qPrintable(QStringList(kinds.values()).join(u' ')));
        const auto orders = [&](const QString &where) {
            return m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM online_orders WHERE ") + where).toInt();
        };
        QCOMPARE(orders(QStringLiteral("state = 'ready_for_pickup' AND store_id = 'KR-SEOUL-01' AND "
                                       "payment = 'prepaid'")),
                 1);
        QCOMPARE(orders(QStringLiteral("payment = 'in_store' AND NOT reserve_to_try")), 1);
        QCOMPARE(orders(QStringLiteral("reserve_to_try")), 1);
        QCOMPARE(orders(QStringLiteral("state = 'shipped'")), 1);
        // Profiles, so the till's customer panel has sizes, a wish and open service notes to show.
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM customer_sizes")).toInt(), 3);
        QCOMPARE(m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM customer_wishlist")).toInt(), 1);
        QCOMPARE(
            m_database->scalar(QStringLiteral("SELECT COUNT(*) FROM customer_notes WHERE resolved_at IS NULL")).toInt(),
            2);
        // Every demo customer has an e-mail for receipts and an address for ship to home.
        QCOMPARE(m_database
                     ->scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE email LIKE '%@%' AND "
                                             "length(delivery_address) > 10"))
                     .toInt(),
                 3);
        // The code it printed enrolls a till of the demo store.
        const QString code =
            QRegularExpression(QStringLiteral("([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})")).match(seeded.out).captured(1);
        const auto enrolled = TerminalRegistry(*m_database->pool).enroll(code, QStringLiteral("Demo till"));
        QVERIFY(enrolled);
        QCOMPARE(enrolled->storeId, QStringLiteral("KR-SEOUL-01"));
    }

    void seedDemo_secondRunChangesNothing()
    {
        const Run first = admin({QStringLiteral("seed-demo")});
        QCOMPARE(first.exitCode, 0);
        const QMap<QString, qint64> seeded = rowCounts();
        QCOMPARE(seeded.value(QStringLiteral("customers")), 3);
        const Run second = admin({QStringLiteral("seed-demo")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(rowCounts(), seeded);
        QCOMPARE(linkLines(second.out), linkLines(first.out));
        QVERIFY(!second.out.contains(QLatin1String("Enrollment code")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
