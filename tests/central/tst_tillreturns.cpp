#include "CentralHarness.h"
#include "Return.h"

#include <QTest>

using namespace omnitill;

// POST /v1/till-returns: a till's returns, taken in exactly once by return UUID and held to their sale: never
// more than was sold, counting earlier returns, and only against a sale the store holds or whose receipt the
// return carries.
class TestTillReturns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CentralHarness> m_harness;

    qint64 scalar(const QString &sql) { return m_harness->database.scalar(sql).toLongLong(); }
    ApiReply send(const QJsonArray &returns)
    {
        return m_harness->client.post(QStringLiteral("/v1/till-returns"),
                                      QJsonObject{{QLatin1String("returns"), returns}});
    }
    QJsonObject sold(int pieces, qint64 sequence = 1)
    {
        const QJsonObject sale = CentralHarness::saleRecord(10000, sequence, QStringLiteral("KR-SEOUL-01"), pieces);
        const ApiReply reply = m_harness->client.post(QStringLiteral("/v1/sales"), CentralHarness::batch({sale}));
        if (reply.json.value(QLatin1String("accepted")).toInt() != 1)
            qFatal("the sale was not taken: %s", reply.body.constData());
        return sale;
    }
    // The return of pieces of the sale's one line as the till's journal writes it, the earlier returns counted.
    static QJsonObject returnOf(const QJsonObject &sale, int pieces, qint64 sequence,
                                const QList<QJsonObject> &earlier = {})
    {
        const auto computed = Return::againstSale(sale, earlier, {ReturnRequest{1, Quantity::pieces(pieces)}});
        if (!computed)
            qFatal("no return: %s", qPrintable(computed.error()));
        QJsonObject record = computed->record(QStringLiteral("T1"), QStringLiteral("KR-SEOUL-01"),
                                              QStringLiteral("KRW"), QDateTime::currentDateTimeUtc());
        record.insert(QLatin1String("sequence"), sequence);
        return record;
    }
    static QString status(const ApiReply &reply, int index = 0)
    {
        return reply.json.value(QLatin1String("results"))
            .toArray()
            .at(index)
            .toObject()
            .value(QLatin1String("status"))
            .toString();
    }
    static QString reason(const ApiReply &reply, int index = 0)
    {
        return reply.json.value(QLatin1String("results"))
            .toArray()
            .at(index)
            .toObject()
            .value(QLatin1String("reason"))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_harness = std::make_unique<CentralHarness>();
        m_harness->client.setCredential(m_harness->enroll());
    }
    void cleanup() { m_harness.reset(); }

    void aReturnOfAKnownSale_isStoredOnce_andAResendGetsTheSameAnswer()
    {
        const QJsonObject sale = sold(2);
        const QJsonObject back = returnOf(sale, 1, 2);
        const ApiReply first = send({back});
        QCOMPARE(first.status, 200);
        QCOMPARE(status(first), QStringLiteral("accepted"));
        const ApiReply again = send({back});
        QCOMPARE(again.json.value(QLatin1String("results")), first.json.value(QLatin1String("results")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM till_returns")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT refund_minor FROM till_returns")), 10000);
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT original_sale_id FROM till_returns")).toString(),
                 sale.value(QLatin1String("sale")).toString());
    }

    void anotherRecordUnderTheSameId_isAConflict_andNotStored()
    {
        const QJsonObject sale = sold(2);
        QJsonObject back = returnOf(sale, 1, 2);
        QCOMPARE(status(send({back})), QStringLiteral("accepted"));
        back.insert(QLatin1String("sequence"), 3);
        const ApiReply reply = send({back});
        QCOMPARE(status(reply), QStringLiteral("conflict"));
        QCOMPARE(reply.json.value(QLatin1String("conflicts")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT sequence FROM till_returns")), 2);
    }

    void moreThanWasSold_countingEarlierReturns_isRejected_evenInOneBatch()
    {
        const QJsonObject sale = sold(2);
        const QJsonObject first = returnOf(sale, 1, 2);
        const QJsonObject second = returnOf(sale, 1, 3, {first});
        const QJsonObject third = returnOf(sale, 1, 4, {first}); // the till did not count the second
        const ApiReply reply = send({first, second, third});
        QCOMPARE(status(reply, 0), QStringLiteral("accepted"));
        QCOMPARE(status(reply, 1), QStringLiteral("accepted"));
        QCOMPARE(status(reply, 2), QStringLiteral("rejected"));
        QVERIFY2(reason(reply, 2).contains(QStringLiteral("more than was sold")), qPrintable(reason(reply, 2)));
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(refund_minor) FROM till_returns")), 20000);
    }

    void aReturnOfASaleTheStoreDoesNotHold_isRejected_unlessItCarriesTheReceipt()
    {
        const QJsonObject sale = CentralHarness::saleRecord(10000, 1, QStringLiteral("KR-SEOUL-01"), 1);
        QJsonObject back = returnOf(sale, 1, 2);
        const ApiReply refused = send({back});
        QCOMPARE(status(refused), QStringLiteral("rejected"));
        QVERIFY2(reason(refused).contains(QStringLiteral("not at the central store")), qPrintable(reason(refused)));
        back.insert(QLatin1String("originalReceipt"), sale);
        QCOMPARE(status(send({back})), QStringLiteral("accepted"));
        // The receipt is evidence, not the return: sent again without it, it is the same return.
        back.remove(QLatin1String("originalReceipt"));
        QCOMPARE(status(send({back})), QStringLiteral("accepted"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM till_returns")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sales")), 0); // a receipt is no sale
    }

    void aCarriedReceiptOfAnotherSale_isRejected()
    {
        QJsonObject back = returnOf(CentralHarness::saleRecord(10000), 1, 2);
        back.insert(QLatin1String("originalReceipt"), CentralHarness::saleRecord(10000));
        const ApiReply reply = send({back});
        QCOMPARE(status(reply), QStringLiteral("rejected"));
        QVERIFY2(reason(reply).contains(QStringLiteral("carried receipt is of sale")), qPrintable(reason(reply)));
    }

    void aRefundAboveWhatWasPaid_isRejected()
    {
        QJsonObject back = returnOf(sold(2), 1, 2);
        back.insert(QLatin1String("refund"), 15000);
        back.insert(QLatin1String("total"), -15000);
        QJsonArray refunds = back.value(QLatin1String("refunds")).toArray();
        QJsonObject cash = refunds.at(0).toObject();
        cash.insert(QLatin1String("amount"), 15000);
        refunds.replace(0, cash);
        back.insert(QLatin1String("refunds"), refunds);
        const ApiReply reply = send({back});
        QCOMPARE(status(reply), QStringLiteral("rejected"));
        QVERIFY2(reason(reply).contains(QStringLiteral("were paid 10000")), qPrintable(reason(reply)));
    }

    void aRejectedRecord_doesNotHoldUpTheOthers()
    {
        const QJsonObject sale = sold(1);
        QJsonObject otherStore = returnOf(sale, 1, 2);
        otherStore.insert(QLatin1String("store"), QStringLiteral("KR-BUSAN-01"));
        const ApiReply reply =
            send({QJsonObject{{QLatin1String("kind"), QLatin1String("return")}}, otherStore, returnOf(sale, 1, 3)});
        QCOMPARE(reply.status, 200);
        QCOMPARE(status(reply, 0), QStringLiteral("rejected"));
        QCOMPARE(status(reply, 1), QStringLiteral("rejected"));
        QVERIFY(reason(reply, 1).contains(QStringLiteral("KR-BUSAN-01")));
        QCOMPARE(status(reply, 2), QStringLiteral("accepted"));
        QCOMPARE(reply.json.value(QLatin1String("rejected")).toInt(), 2);
    }

    void aReturnWithoutAReceipt_isTakenAsStoreCredit()
    {
        const auto computed = Return::withoutReceipt(QStringLiteral("A"), QStringLiteral("standard"), 100000,
                                                     Quantity::pieces(1), 5000, true, ReturnReason::Damaged);
        QJsonObject back = computed->record(QStringLiteral("T1"), QStringLiteral("KR-SEOUL-01"), QStringLiteral("KRW"),
                                            QDateTime::currentDateTimeUtc());
        back.insert(QLatin1String("sequence"), 1);
        QCOMPARE(status(send({back})), QStringLiteral("accepted"));
        QVERIFY(m_harness->database.scalar(QStringLiteral("SELECT original_sale_id FROM till_returns")).isNull());
        back.insert(QLatin1String("sale"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        back.insert(QLatin1String("refundTo"), QStringLiteral("originalTenders"));
        const ApiReply cash = send({back});
        QCOMPARE(status(cash), QStringLiteral("rejected"));
        QVERIFY(reason(cash).contains(QStringLiteral("store credit")));
    }

    void theReturnHalfOfAnExchange_isTakenLikeAReturn()
    {
        const QJsonObject sale = sold(2);
        const auto exchanged =
            Return::forExchange(sale, {}, {ReturnRequest{1, Quantity::pieces(1)}}, QUuid::createUuid(), 6000);
        QVERIFY(exchanged);
        QJsonObject back = exchanged->record(QStringLiteral("T1"), QStringLiteral("KR-SEOUL-01"), QStringLiteral("KRW"),
                                             QDateTime::currentDateTimeUtc());
        back.insert(QLatin1String("sequence"), 2);
        QCOMPARE(status(send({back})), QStringLiteral("accepted"));
        QCOMPARE(m_harness->database.scalar(QStringLiteral("SELECT refund_to FROM till_returns")).toString(),
                 QStringLiteral("exchange"));
        QCOMPARE(scalar(QStringLiteral("SELECT refund_minor FROM till_returns")), 10000);
    }

    void aVoidedSale_hasNothingToReturn()
    {
        QJsonObject sale = CentralHarness::saleRecord(10000);
        const QJsonObject back = returnOf(sale, 1, 2);
        sale.insert(QLatin1String("status"), QStringLiteral("voided"));
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/sales"), CentralHarness::batch({sale}))
                     .json.value(QLatin1String("accepted"))
                     .toInt(),
                 1);
        const ApiReply reply = send({back});
        QCOMPARE(status(reply), QStringLiteral("rejected"));
        QVERIFY(reason(reply).contains(QStringLiteral("voided")));
    }

    void anEmptyOrMalformedBatch_isRefusedWhole()
    {
        QCOMPARE(send({}).status, 400);
        QCOMPARE(m_harness->client.post(QStringLiteral("/v1/till-returns"), QJsonObject{}).status, 400);
    }
};

QTEST_MAIN(TestTillReturns)
#include "tst_tillreturns.moc"
