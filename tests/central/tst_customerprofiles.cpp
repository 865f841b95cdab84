#include "CentralHarness.h"
#include "CustomerRepository.h"
#include "SizeInference.h"

#include <QJsonArray>

using namespace omnitill::central;

// The customer profile through the API on a real server and database: consents, stated and inferred sizes,
// wishlist, service notes, purchases in both channels, visit frequency and lifetime value; and the refusals
// that write nothing.
class TestCustomerProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;
    Customer m_customer;

    QString path(const QString &rest = {}) const
    {
        return QStringLiteral("/v1/customers/%1%2").arg(m_customer.id, rest);
    }
    QJsonObject profile() { return m_harness->client.get(path(QStringLiteral("/profile"))).json; }

    // A sale of one piece of apparel to the customer, as the till journals it.
    void sell(const QString &englishName, qint64 sequence)
    {
        QJsonObject sale = CentralHarness::saleRecord(19'900, sequence);
        QJsonArray lines = sale.value(QLatin1String("lines")).toArray();
        QJsonObject line = lines.at(0).toObject();
        QJsonObject product = line.value(QLatin1String("product")).toObject();
        product.insert(QLatin1String("nameEn"), englishName);
        product.insert(QLatin1String("category"), QStringLiteral("tops"));
        line.insert(QLatin1String("product"), product);
        lines.replace(0, line);
        sale.insert(QLatin1String("lines"), lines);
        sale.insert(QLatin1String("customer"), m_customer.id);
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/sales"), CentralHarness::batch({sale}));
        QCOMPARE(reply.status, 200);
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
        m_customer =
            CustomerRepository(*m_harness->database.pool)
                .create({QStringLiteral("김서연"), QStringLiteral("010-2222-3333"), {}, QStringLiteral("gold")})
                .value();
    }
    void cleanup() { m_harness.reset(); }

    void sizeInName_readsLetterAndNumericSizesOnly()
    {
        QCOMPARE(SizeInference::sizeInName(QStringLiteral("Oversized Cotton T-Shirt White M")), QStringLiteral("M"));
        QCOMPARE(SizeInference::sizeInName(QStringLiteral("Running Shoes 270")), QStringLiteral("270"));
        QCOMPARE(SizeInference::sizeInName(QStringLiteral("Slim Jeans 30")), QStringLiteral("30"));
        QCOMPARE(SizeInference::sizeInName(QStringLiteral("Still Water 500 ml")), QString());
        QCOMPARE(SizeInference::sizeInName(QStringLiteral("Vitamin C 1000")), QString());
        QCOMPARE(SizeInference::sizeInName(QStringLiteral("MSM")), QString());
    }

    void sizes_areInferredOnlyWithConsent_andAStatedSizeWins()
    {
        sell(QStringLiteral("Oversized T-Shirt White M"), 1);
        sell(QStringLiteral("Oversized T-Shirt Black M"), 2);
        sell(QStringLiteral("Oversized T-Shirt Grey L"), 3);
        QVERIFY(profile().value(QLatin1String("sizes")).toArray().isEmpty()); // no profiling consent yet

        const QJsonObject consent{{QLatin1String("marketing"), false}, {QLatin1String("profiling"), true}};
        QCOMPARE(m_harness->client.put(path(QStringLiteral("/consents")), consent).status, 200);
        QJsonArray sizes = profile().value(QLatin1String("sizes")).toArray();
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(sizes[0].toObject().value(QLatin1String("size")).toString(), QStringLiteral("M"));
        QCOMPARE(sizes[0].toObject().value(QLatin1String("source")).toString(), QStringLiteral("inferred"));

        QCOMPARE(
            m_harness->client.put(path(QStringLiteral("/sizes/tops")), {{QLatin1String("size"), QStringLiteral("L")}})
                .status,
            200);
        sizes = profile().value(QLatin1String("sizes")).toArray();
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(sizes[0].toObject().value(QLatin1String("size")).toString(), QStringLiteral("L"));
        QCOMPARE(sizes[0].toObject().value(QLatin1String("source")).toString(), QStringLiteral("stated"));
        QCOMPARE(profile().value(QLatin1String("consents")).toObject().value(QLatin1String("profiling")).toBool(),
                 true);
    }

    void history_valueAndVisits_comeFromSalesAndVisits()
    {
        sell(QStringLiteral("Oversized T-Shirt White M"), 1);
        sell(QStringLiteral("Oversized T-Shirt White S"), 2);
        QCOMPARE(m_harness->client.post(path(QStringLiteral("/visits")), QJsonObject{}).status, 201);
        const QJsonObject shown = profile();
        const QJsonArray history = shown.value(QLatin1String("history")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toObject().value(QLatin1String("channel")).toString(), QStringLiteral("store"));
        QCOMPARE(shown.value(QLatin1String("lifetimeValue")).toObject().value(QLatin1String("KRW")).toInteger(),
                 2 * 19'900);
        // Two sales (each a visit) and one visit without a purchase, all today.
        QCOMPARE(shown.value(QLatin1String("visitsLast30Days")).toInteger(), 3);
        QCOMPARE(shown.value(QLatin1String("customer")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("김서연"));
    }

    void wishlist_addsOnce_andRemoves()
    {
        const QJsonObject wish{{QLatin1String("sku"), QStringLiteral("KR-TOP-0002")},
                               {QLatin1String("name"), QStringLiteral("오버핏 코튼 티셔츠 화이트 M")}};
        QCOMPARE(m_harness->client.post(path(QStringLiteral("/wishlist")), wish).status, 200);
        QCOMPARE(m_harness->client.post(path(QStringLiteral("/wishlist")), wish).status, 200);
        QCOMPARE(profile().value(QLatin1String("wishlist")).toArray().size(), 1);
        QCOMPARE(m_harness->client.remove(path(QStringLiteral("/wishlist/KR-TOP-0002"))).status, 200);
        QCOMPARE(profile().value(QLatin1String("wishlist")).toArray().size(), 0);
        QCOMPARE(m_harness->client.remove(path(QStringLiteral("/wishlist/KR-TOP-0002"))).status, 404);
    }

    void notes_openFirst_resolvedWithWhoResolvedThem()
    {
        const auto add = [&](const QString &text) {
            const ApiReply reply = m_harness->client.post(
                path(QStringLiteral("/notes")),
                {{QLatin1String("author"), QStringLiteral("1001")}, {QLatin1String("note"), text}});
            return reply.status == 201 ? reply.json.value(QLatin1String("id")).toInteger() : -1;
        };
        const qint64 first = add(QStringLiteral("수선 맡긴 바지: 금요일 완료 예정"));
        const qint64 second = add(QStringLiteral("Prefers e-mail receipts"));
        QVERIFY(first > 0 && second > first);
        QCOMPARE(m_harness->client
                     .post(path(QStringLiteral("/notes/%1/resolve").arg(first)),
                           {{QLatin1String("by"), QStringLiteral("2001")}})
                     .status,
                 200);
        QCOMPARE(m_harness->client
                     .post(path(QStringLiteral("/notes/%1/resolve").arg(first)),
                           {{QLatin1String("by"), QStringLiteral("2001")}})
                     .status,
                 404); // already resolved
        const QJsonArray notes = profile().value(QLatin1String("notes")).toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].toObject().value(QLatin1String("id")).toInteger(), second); // open first
        QCOMPARE(notes[1].toObject().value(QLatin1String("resolvedBy")).toString(), QStringLiteral("2001"));
    }

    void badInput_isRefusedAndWritesNothing()
    {
        QCOMPARE(m_harness->client
                     .put(path(QStringLiteral("/consents")), {{QLatin1String("marketing"), QStringLiteral("yes")}})
                     .status,
                 400);
        QCOMPARE(m_harness->client.post(path(QStringLiteral("/notes")), QByteArrayLiteral("{not json")).status, 400);
        QCOMPARE(m_harness->client
                     .post(path(QStringLiteral("/notes")), {{QLatin1String("author"), QStringLiteral("1001")},
                                                            {QLatin1String("note"), QString(1001, QLatin1Char('x'))}})
                     .status,
                 400); // the database's length check
        QCOMPARE(m_harness->client.post(path(QStringLiteral("/wishlist")), {{QLatin1String("sku"), 42}}).status, 400);
        QCOMPARE(
            m_harness->client
                .put(QStringLiteral("/v1/customers/nobody/sizes/tops"), {{QLatin1String("size"), QStringLiteral("M")}})
                .status,
            404);
        QCOMPARE(m_harness->client.get(QStringLiteral("/v1/customers/nobody/profile")).status, 404);
        const QJsonObject shown = profile();
        QVERIFY(shown.value(QLatin1String("notes")).toArray().isEmpty());
        QVERIFY(shown.value(QLatin1String("wishlist")).toArray().isEmpty());
        QCOMPARE(shown.value(QLatin1String("consents")).toObject().value(QLatin1String("marketing")).toBool(), false);

        ApiClient anonymous(m_harness->base());
        QCOMPARE(anonymous.get(path(QStringLiteral("/profile"))).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestCustomerProfiles)
#include "tst_customerprofiles.moc"
