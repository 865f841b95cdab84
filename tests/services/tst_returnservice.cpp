#include "PromotionEngine.h"
#include "PromotionRepository.h"
#include "ReturnHistory.h"
#include "ReturnService.h"
#include "TillFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace omnitill;

class TestReturnService : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124"; // 19,900 won, VAT 10 %
    static constexpr auto cola = "8801105001068";    // 1,900 won

    // Returns pieces of a line of the original sale, restocked, the customer having changed their mind.
    static ReturnRequest pieces(int lineId, qint64 count)
    {
        return ReturnRequest{lineId, Quantity::pieces(count), true, ReturnReason::ChangedMind};
    }

    static QString code(const char *barcode) { return QString::fromLatin1(barcode); }

    struct Till
    {
        StoreFixture store;
        CheckoutService checkout{*store.database, *store.catalog, *store.profile};
        ReturnService returns{*store.database, *store.catalog, *store.profile};

        QString lastSaleId() const { return checkout.lastCompleted()->saleId; }
    };

    static QJsonObject lineOf(const JournalEntry &entry, int lineId)
    {
        for (const QJsonValue &value : entry.record.value(QLatin1String("lines")).toArray()) {
            if (value.toObject().value(QLatin1String("line")).toInt() == lineId)
                return value.toObject();
        }
        return {};
    }

    static QList<QJsonObject> refundsOf(const JournalEntry &entry)
    {
        QList<QJsonObject> refunds;
        for (const QJsonValue &value : entry.record.value(QLatin1String("refunds")).toArray())
            refunds.append(value.toObject());
        return refunds;
    }

    static qint64 integer(const QJsonObject &json, const char *key)
    {
        return json.value(QLatin1String(key)).toInteger();
    }

private Q_SLOTS:
    void fullReturn_refundsInCash_underItsOwnReceiptNumber()
    {
        Till till;
        QVERIFY(till.checkout.scan(code(tShirtM), 2));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 50000));
        QSignalSpy completed(&till.returns, &ReturnService::returnCompleted);

        const auto returned = till.returns.returnWithReceipt(
            till.lastSaleId(), {ReturnRequest{1, Quantity::pieces(2), true, ReturnReason::WrongSize}});
        QVERIFY2(returned, returned ? "" : qPrintable(returned.error()));
        QCOMPARE(returned->sequence, 2);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(returned->totalMinor, -39800);
        const QJsonObject &record = returned->record;
        QCOMPARE(record.value(QLatin1String("kind")).toString(), QStringLiteral("return"));
        QCOMPARE(record.value(QLatin1String("originalSale")).toString(), till.lastSaleId());
        QCOMPARE(integer(record, "originalSequence"), 1);
        QCOMPARE(integer(record, "refund"), 39800);
        QCOMPARE(lineOf(*returned, 1).value(QLatin1String("reason")).toString(), QStringLiteral("wrongSize"));
        QCOMPARE(lineOf(*returned, 1).value(QLatin1String("restock")).toBool(), true);
        const auto refunds = refundsOf(*returned);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().value(QLatin1String("method")).toString(), QStringLiteral("cash"));
        QCOMPARE(integer(refunds.first(), "amount"), 39800);
        QCOMPARE(till.checkout.journal().outboxCount(), 2);
        QVERIFY(till.checkout.journal().verify().intact());
    }

    void partialReturns_refundTheLinesPaidAndTaxExactly_whenAddedUp()
    {
        Till till;
        QVERIFY(till.checkout.scan(code(tShirtM), 3));
        QVERIFY(till.checkout.discountBasket(Discount{Discount::Kind::Amount, 1000, QStringLiteral("regular")}));
        QVERIFY(till.checkout.tender(TenderMethod::Card, till.checkout.sale().totals().totalDueMinor));
        const QJsonObject sold = lineOf(*till.checkout.lastCompleted(), 1);
        QCOMPARE(integer(sold, "paid"), 59700 - 1000);

        const auto first = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)});
        QVERIFY(first);
        QCOMPARE(integer(lineOf(*first, 1), "refund"), 19567); // 58,700 / 3 = 19,566.67: the first unit rounds up
        const auto rest = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 2)});
        QVERIFY(rest);
        QCOMPARE(integer(lineOf(*first, 1), "refund") + integer(lineOf(*rest, 1), "refund"), integer(sold, "paid"));
        QCOMPARE(integer(lineOf(*first, 1), "tax") + integer(lineOf(*rest, 1), "tax"), integer(sold, "tax"));
    }

    void overReturn_isRefused_alsoAcrossReturns()
    {
        Till till;
        QVERIFY(till.checkout.scan(code(tShirtM), 2));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 40000));
        QVERIFY(!till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 3)}));
        QVERIFY(!till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1), pieces(1, 2)}));
        QVERIFY(till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)}));
        const auto again = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 2)});
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("earlier returns")));
        QVERIFY(till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)}));
        QVERIFY(!till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)}));
        QCOMPARE(till.returns.returnable(till.lastSaleId())->value(1), Quantity::pieces(0));
        QCOMPARE(till.checkout.journal().lastSequence(), 3); // the sale and the two returns that passed
    }

    void returnThroughAnotherConnection_countsEarlierReturns_underTheWriteLock()
    {
        // Two services on one store file through two connections: the second return reads the first inside
        // its own IMMEDIATE transaction, so together they never exceed what was sold.
        Till till;
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));
        auto other = Database::open(till.store.path);
        QVERIFY(other);
        ReturnService second(**other, *till.store.catalog, *till.store.profile);
        QVERIFY(till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)}));
        QVERIFY(!second.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)}));
    }

    void promotionShare_isRefundedAsPaid()
    {
        Till till;
        auto loaded = PromotionRepository(*till.store.database).loadActive(QDate(2026, 11, 25));
        QVERIFY(loaded);
        till.checkout.setPromotions(
            std::make_shared<const PromotionEngine>(std::move(loaded).value(), QTimeZone("Asia/Seoul")));
        till.checkout.setClock([] { return QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC); });
        QVERIFY(till.checkout.scan(code(cola), 2)); // 1+1: two for 1,900
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 1900));
        QCOMPARE(integer(lineOf(*till.checkout.lastCompleted(), 1), "paid"), 1900);
        const auto one = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)});
        QVERIFY(one);
        QCOMPARE(one->record.value(QLatin1String("refund")).toInteger(), 950);
    }

    void taxIsRefundedPerLine()
    {
        Till till;
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.scan(code(cola)));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 30000));
        const auto entry = *till.checkout.lastCompleted();
        const auto returned = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(2, 1)});
        QVERIFY(returned);
        QCOMPARE(integer(lineOf(*returned, 2), "tax"), integer(lineOf(entry, 2), "tax"));
        QCOMPARE(integer(returned->record, "tax"), integer(lineOf(entry, 2), "tax"));
        QVERIFY(integer(lineOf(entry, 2), "tax") > 0);
    }

    void mixedTenders_refundTheCardFirst_thenCash()
    {
        Till till;
        QVERIFY(till.checkout.scan(code(tShirtM), 2)); // 39,800
        QVERIFY(till.checkout.tender(TenderMethod::Card, 20000, QStringLiteral("PAY-77")));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000)); // 200 change
        const auto first = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)});
        QVERIFY(first);
        auto refunds = refundsOf(*first);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds[0].value(QLatin1String("method")).toString(), QStringLiteral("card"));
        QCOMPARE(refunds[0].value(QLatin1String("reference")).toString(), QStringLiteral("PAY-77"));
        QCOMPARE(integer(refunds[0], "amount"), 19900);
        const auto second = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)});
        QVERIFY(second);
        refunds = refundsOf(*second);
        QCOMPARE(refunds.size(), 2);
        QCOMPARE(refunds[0].value(QLatin1String("method")).toString(), QStringLiteral("card"));
        QCOMPARE(integer(refunds[0], "amount"), 100); // what the card has left
        QCOMPARE(refunds[1].value(QLatin1String("method")).toString(), QStringLiteral("cash"));
        QCOMPARE(integer(refunds[1], "amount"), 19800);
    }

    void receiptQrAndNumber_findTheSale()
    {
        Till till;
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));
        const QString qr = QStringLiteral("OTR:") + till.lastSaleId();
        QCOMPARE(till.returns.findSale(qr)->saleId, till.lastSaleId());
        QCOMPARE(till.returns.findSale(QStringLiteral(" 1 "))->saleId, till.lastSaleId());
        QVERIFY(!till.returns.findSale(QStringLiteral("2")));
        QVERIFY(!till.returns.findSale(QStringLiteral("OTR:") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QVERIFY(!till.returns.findSale(QStringLiteral("hello")));
        QVERIFY(till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 1)}));
        QVERIFY(!till.returns.findSale(QStringLiteral("2"))); // a return's receipt is not a sale
    }

    void withoutReceipt_needsApproval_andRefundsTheLowestRecentPriceAsStoreCredit()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(0));
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.discountLine(
            1, Discount{Discount::Kind::Percent, 1000, QStringLiteral("staff")})); // 10 % off: 17,910
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));
        ReturnService returns(*till.store.database, *till.store.catalog, *till.store.profile);
        returns.setClock([&till] { return till.now; });
        returns.setPermissionGate(&till.gate);

        const auto refused =
            returns.returnWithoutReceipt(code(tShirtM), Quantity::pieces(1), false, ReturnReason::Damaged);
        QVERIFY(!refused);
        QVERIFY(till.gate.approvePending(QStringLiteral("3001"), QStringLiteral("3333")));
        const auto returned =
            returns.returnWithoutReceipt(code(tShirtM), Quantity::pieces(1), false, ReturnReason::Damaged);
        QVERIFY2(returned, returned ? "" : qPrintable(returned.error()));
        QCOMPARE(integer(returned->record, "refund"), 17910);
        QCOMPARE(returned->record.value(QLatin1String("staff")).toString(), QStringLiteral("1001"));
        const auto refunds = refundsOf(*returned);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds[0].value(QLatin1String("method")).toString(), QStringLiteral("other"));
        const QUuid returnId(returned->saleId);
        QCOMPARE(refunds[0].value(QLatin1String("reference")).toString(), Return::creditReference(returnId));
        QCOMPARE(*returns.storeCredit(returnId), 17910);

        // Once the cheap sale is more than 30 days old, the catalog price counts again.
        till.now = till.now.addDays(31);
        QVERIFY(!returns.returnWithoutReceipt(code(tShirtM), Quantity::pieces(1), true, ReturnReason::Other));
        QVERIFY(till.gate.approvePending(QStringLiteral("3001"), QStringLiteral("3333")));
        const auto atCatalogPrice =
            returns.returnWithoutReceipt(code(tShirtM), Quantity::pieces(1), true, ReturnReason::Other);
        QVERIFY(atCatalogPrice);
        QCOMPARE(integer(atCatalogPrice->record, "refund"), 19900);
        QCOMPARE(integer(atCatalogPrice->record, "tax"), 1809); // 19,900 × 10/110
    }

    void exchange_paysTheNewSaleWithTheReturnsCredit_andTheDifferenceAsUsual()
    {
        Till till;
        QVERIFY(till.checkout.scan(code(cola), 2)); // 3,800
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 3800));
        const auto returned = till.returns.returnWithReceipt(till.lastSaleId(), {pieces(1, 2)}, RefundTo::StoreCredit);
        QVERIFY(returned);
        const QUuid returnId(returned->saleId);
        QCOMPARE(*till.returns.storeCredit(returnId), 3800);

        QVERIFY(till.checkout.scan(code(tShirtM))); // 19,900
        QVERIFY(till.returns.payWithStoreCredit(till.checkout, returnId));
        QCOMPARE(till.checkout.sale().totals().balanceMinor, 19900 - 3800);
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 16100));
        QCOMPARE(till.checkout.sale().state(), SaleState::Completed);
        QCOMPARE(*till.returns.storeCredit(returnId), 0);
        QVERIFY(till.checkout.scan(code(cola)));
        QVERIFY(!till.returns.payWithStoreCredit(till.checkout, returnId)); // spent
    }

    void shiftReport_countsReturns_andTheirCashRefunds()
    {
        TillFixture till;
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222")); // a supervisor may read the X report
        QVERIFY(till.shifts.open(100000));
        ReturnService returns(*till.store.database, *till.store.catalog, *till.store.profile);
        returns.setClock([&till] { return till.now; });
        returns.setPermissionGate(&till.gate);
        returns.setShiftSource([&till] { return till.shifts.currentShiftId(); });
        QVERIFY(till.checkout.scan(code(tShirtM), 2));
        QVERIFY(till.checkout.tender(TenderMethod::Card, 19900, QStringLiteral("PAY-1")));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 19900));
        QVERIFY(returns.returnWithReceipt(till.checkout.lastCompleted()->saleId, {pieces(1, 2)}));

        const auto report = till.shifts.xReport();
        QVERIFY(report);
        QCOMPARE(report->sales, (ReportFigure{1, 39800}));
        QCOMPARE(report->returns, (ReportFigure{1, 39800}));
        QCOMPARE(report->cashRefundsMinor, 19900);
        QCOMPARE(report->expectedCashMinor, 100000 + 19900 - 19900);
    }
};

QTEST_GUILESS_MAIN(TestReturnService)
#include "tst_returnservice.moc"
