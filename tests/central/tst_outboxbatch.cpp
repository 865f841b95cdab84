#include "CentralHarness.h"
#include "Return.h"

#include <QTest>

using namespace omnitill;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One outbox record as the till's OutboxDrain sends it.
QJsonObject record(const QString &kind, const QJsonObject &body, const QString &idKey = QStringLiteral("sale"))
{
    return {{QLatin1String("kind"), kind}, {QLatin1String("id"), body.value(idKey)}, {QLatin1String("body"), body}};
}

QJsonObject offlineUse(const QString &code, const QString &sale)
{
    return {{QLatin1String("id"), uuid()},
            {QLatin1String("coupon"), code},
            {QLatin1String("sale"), sale},
            {QLatin1String("redeemedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

} // namespace

// POST /v1/outbox-batch: a till's outbox of sales, returns and coupons used offline in one ordered batch, each
// record taken exactly once by its UUID through its own kind's ingest, in the batch's order; a record refused
// is answered with its reason and the records behind it are taken.
class TestOutboxBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    qint64 scalar(const QString &sql) { return m_harness->database.scalar(sql).toLongLong(); }
    ApiReply send(const QJsonArray &records)
    {
        return m_harness->client.post(QStringLiteral("/v1/outbox-batch"),
                                      QJsonObject{{QLatin1String("records"), records}});
    }
    static QJsonObject result(const ApiReply &reply, int index)
    {
        return reply.json.value(QLatin1String("results")).toArray().at(index).toObject();
    }
    static QStringList statuses(const ApiReply &reply)
    {
        QStringList found;
        for (const QJsonValue &each : reply.json.value(QLatin1String("results")).toArray())
            found.append(each.toObject().value(QLatin1String("status")).toString());
        return found;
    }
    static QJsonObject returnOf(const QJsonObject &sale)
    {
        const auto computed = Return::againstSale(sale, {}, {ReturnRequest{1, Quantity::pieces(1)}});
        if (!computed)
            qFatal("no return: %s", qPrintable(computed.error()));
        QJsonObject made = computed->record(QStringLiteral("T1"), QStringLiteral("KR-SEOUL-01"), QStringLiteral("KRW"),
                                            QDateTime::currentDateTimeUtc());
        made.insert(QLatin1String("sequence"), 2);
        return made;
    }
    QString coupon() { return m_harness->issueCoupon(CentralHarness::couponRule(CouponRule::Kind::Percent, 10, {})); }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
    }
    void cleanup() { m_harness.reset(); }

    void aMixedBatch_isTakenInOrder_aReturnAfterItsSaleInTheSameBatch()
    {
        const QJsonObject sale = CentralHarness::saleRecord(10000, 1, QStringLiteral("KR-SEOUL-01"), 2);
        const QJsonObject use = offlineUse(coupon(), sale.value(QLatin1String("sale")).toString());
        const QJsonObject later = CentralHarness::saleRecord(5000, 3);
        const ApiReply reply =
            send({record(QStringLiteral("sale"), sale), record(QStringLiteral("return"), returnOf(sale)),
                  record(QStringLiteral("offline_coupon_redemption"), use, QStringLiteral("id")),
                  record(QStringLiteral("sale"), later)});
        QCOMPARE(reply.status, 200);
        QCOMPARE(statuses(reply), QStringList(4, QStringLiteral("accepted")));
        QCOMPARE(reply.json.value(QLatin1String("accepted")).toInt(), 4);
        QCOMPARE(result(reply, 1).value(QLatin1String("kind")).toString(), QStringLiteral("return"));
        QCOMPARE(result(reply, 2).value(QLatin1String("id")), use.value(QLatin1String("id")));
        QCOMPARE(result(reply, 2).value(QLatin1String("result")).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(result(reply, 3).value(QLatin1String("result")).toObject().value(QLatin1String("sale")),
                 later.value(QLatin1String("sale")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM till_returns")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM offline_redemptions")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_redemptions")), 1);
    }

    void aResentBatch_isAnsweredDuplicate_withTheFirstResults_andStoresNothingAgain()
    {
        const QJsonObject sale = CentralHarness::saleRecord(10000, 1, QStringLiteral("KR-SEOUL-01"), 2);
        const QJsonArray batch{record(QStringLiteral("sale"), sale), record(QStringLiteral("return"), returnOf(sale)),
                               record(QStringLiteral("offline_coupon_redemption"),
                                      offlineUse(coupon(), sale.value(QLatin1String("sale")).toString()),
                                      QStringLiteral("id"))};
        const ApiReply first = send(batch);
        const ApiReply again = send(batch);
        QCOMPARE(again.status, 200);
        QCOMPARE(statuses(again), QStringList(3, QStringLiteral("duplicate")));
        QCOMPARE(again.json.value(QLatin1String("duplicates")).toInt(), 3);
        QCOMPARE(again.json.value(QLatin1String("accepted")).toInt(), 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(result(again, i).value(QLatin1String("result")), result(first, i).value(QLatin1String("result")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM till_returns")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM offline_redemptions")), 1);
    }

    void refusedRecords_areAnsweredWithTheirReasons_andDoNotHoldUpTheRecordsBehind()
    {
        const QJsonObject sale = CentralHarness::saleRecord(10000, 1);
        QJsonObject otherBody = CentralHarness::saleRecord(10000, 2);
        QJsonObject misnamed = record(QStringLiteral("sale"), otherBody);
        misnamed.insert(QLatin1String("id"), uuid());
        QJsonObject unreadable = CentralHarness::saleRecord(10000, 3);
        unreadable.remove(QLatin1String("lines"));
        const QJsonObject unknownCoupon = offlineUse(QStringLiteral("NONE-SUCH-CODE"), uuid());
        const QJsonArray batch{
            // before its sale: nothing to check it against yet
            record(QStringLiteral("return"), returnOf(sale)),
            record(QStringLiteral("sale"), CentralHarness::saleRecord(10000, 4, QStringLiteral("KR-BUSAN-02"))),
            record(QStringLiteral("no_such_kind"), sale),
            misnamed,
            record(QStringLiteral("sale"), unreadable),
            record(QStringLiteral("offline_coupon_redemption"), unknownCoupon, QStringLiteral("id")),
            record(QStringLiteral("sale"), sale),
        };
        const ApiReply reply = send(batch);
        QCOMPARE(reply.status, 200);
        QCOMPARE(statuses(reply),
                 QStringList({QStringLiteral("rejected"), QStringLiteral("rejected"), QStringLiteral("rejected"),
                              QStringLiteral("rejected"), QStringLiteral("rejected"), QStringLiteral("rejected"),
                              QStringLiteral("accepted")}));
        for (int i = 0; i < 6; ++i) {
            QVERIFY2(!result(reply, i).value(QLatin1String("reason")).toString().isEmpty(),
                     qPrintable(QString::number(i)));
            QCOMPARE(result(reply, i).value(QLatin1String("id")), batch.at(i).toObject().value(QLatin1String("id")));
        }
        QVERIFY(
            result(reply, 0).value(QLatin1String("reason")).toString().contains(QLatin1String("not at the central")));
        QVERIFY(result(reply, 1).value(QLatin1String("reason")).toString().contains(QLatin1String("KR-BUSAN-02")));
        QVERIFY(result(reply, 2).value(QLatin1String("reason")).toString().contains(QLatin1String("no_such_kind")));
        QCOMPARE(reply.json.value(QLatin1String("rejected")).toInt(), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM till_returns")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM offline_redemptions")), 0);
    }

    void anotherRecordUnderAStoredId_isAConflict_andNotStored()
    {
        const QJsonObject sale = CentralHarness::saleRecord(10000, 1);
        QCOMPARE(statuses(send({record(QStringLiteral("sale"), sale)})), QStringList{QStringLiteral("accepted")});
        QJsonObject changed = CentralHarness::saleRecord(20000, 1);
        changed.insert(QLatin1String("sale"), sale.value(QLatin1String("sale")));
        const ApiReply reply = send({record(QStringLiteral("sale"), changed)});
        QCOMPARE(statuses(reply), QStringList{QStringLiteral("conflict")});
        QVERIFY(!result(reply, 0).value(QLatin1String("reason")).toString().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(total_minor) FROM sales")), 10000);
    }

    void aBatchThatIsNoList_orEmpty_orTooLong_isRefusedWhole()
    {
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/outbox-batch"), QJsonObject{{QLatin1String("records"), 1}})
                     .status,
                 400);
        QCOMPARE(send({}).status, 400);
        QJsonArray tooMany;
        const QJsonObject sale = record(QStringLiteral("sale"), CentralHarness::saleRecord(100, 1));
        for (int i = 0; i <= 1000; ++i)
            tooMany.append(sale);
        QCOMPARE(send(tooMany).status, 400);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxBatch)
#include "tst_outboxbatch.moc"
