#include "JournalReceipt.h"
#include "PromotionEngine.h"
#include "PromotionRepository.h"
#include "ReceiptText.h"
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
        Till() { checkout.setReturns(&returns); }

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

    // Sells two T-shirts (39,800) paid by card, then takes one back in exchange on the sale on screen.
    static void sellTwoShirtsByCard_andExchangeOne(Till &till)
    {
        QVERIFY(till.checkout.scan(code(tShirtM), 2));
        QVERIFY(till.checkout.tender(TenderMethod::Card, 39800, QStringLiteral("PAY-1")));
        const QString original = till.lastSaleId();
        till.checkout.startNextSale();
        const auto started = till.returns.startExchange(till.checkout, original, {pieces(1, 1)});
        QVERIFY2(started, started ? "" : qPrintable(started.error()));
    }

    // Sells count T-shirts for cash and clears the screen; answers the sale's id.
    static QString sellShirtsForCash(Till &till, qint64 count)
    {
        const bool sold =
            till.checkout.scan(code(tShirtM), count) && till.checkout.tender(TenderMethod::Cash, 19900 * count);
        if (!sold)
            qFatal("the T-shirts did not sell");
        till.checkout.startNextSale();
        return till.lastSaleId();
    }

    static QJsonObject exchangeOf(const JournalEntry &sale)
    {
        return sale.record.value(QLatin1String("exchange")).toObject();
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

    void storeCredit_withoutReceipt_paysALaterSale_once()
    {
        Till till;
        const auto returned =
            till.returns.returnWithoutReceipt(code(cola), Quantity::pieces(2), true, ReturnReason::ChangedMind);
        QVERIFY(returned);
        const auto returnId = till.returns.findStoreCredit(QString::number(returned->sequence));
        QVERIFY(returnId);
        QCOMPARE(*returnId, QUuid(returned->saleId));
        QVERIFY(!till.returns.findSale(QString::number(returned->sequence))); // a credit is not a sale
        const qint64 credit = integer(returned->record, "refund");
        QCOMPARE(*till.returns.storeCredit(*returnId), credit);
        const auto receipt = JournalReceipt::fromEntry(*returned, *till.store.profile);
        QVERIFY(receipt);
        QCOMPARE(receipt->qrPayload(), (QByteArray("OTR:") + returned->saleId.toLatin1())); // spends the credit
        const QString text = ReceiptText::layout(*receipt).toPlainText(ReceiptText::defaultColumns);
        QVERIFY2(text.contains(QStringLiteral("Return %1").arg(returned->sequence, 6, 10, QLatin1Char('0'))),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Store credit")));
        const QJsonObject line = returned->record.value(QLatin1String("lines")).toArray().first().toObject();
        QVERIFY(text.contains(line.value(QLatin1String("sku")).toString()));

        QVERIFY(till.checkout.scan(code(tShirtM))); // 19,900
        QVERIFY(till.returns.payWithStoreCredit(till.checkout, *returnId));
        QCOMPARE(till.checkout.sale().totals().balanceMinor, 19900 - credit);
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 19900 - credit));
        QCOMPARE(till.checkout.sale().state(), SaleState::Completed);
        QCOMPARE(*till.returns.storeCredit(*returnId), 0);
        QVERIFY(till.checkout.scan(code(cola)));
        QVERIFY(!till.returns.payWithStoreCredit(till.checkout, *returnId)); // spent
    }

    void exchange_newItemsCostMore_customerPaysTheDifference_returnAndSaleJournaledTogether()
    {
        Till till;
        sellTwoShirtsByCard_andExchangeOne(till);
        QCOMPARE(till.checkout.journal().lastSequence(), 1); // nothing returned yet
        QCOMPARE(till.checkout.sale().totals().exchangeCreditMinor, 0);
        QVERIFY(till.checkout.scan(code(tShirtM), 2)); // 39,800
        QCOMPARE(till.checkout.sale().totals().exchangeCreditMinor, 19900);
        QCOMPARE(till.checkout.sale().totals().balanceMinor, 39800 - 19900);
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));

        QCOMPARE(till.checkout.sale().state(), SaleState::Completed);
        const auto returned = till.checkout.journal().entry(2);
        const auto sold = till.checkout.lastCompleted();
        QVERIFY(returned && sold);
        QCOMPARE(sold->sequence, 3);
        QCOMPARE(returned->record.value(QLatin1String("kind")).toString(), QStringLiteral("return"));
        QCOMPARE(returned->record.value(QLatin1String("refundTo")).toString(), QStringLiteral("exchange"));
        const auto refunds = refundsOf(*returned);
        QCOMPARE(refunds.size(), 1); // all of it paid the new sale
        QCOMPARE(refunds.first().value(QLatin1String("reference")).toString(),
                 Return::creditReference(QUuid(returned->saleId)));
        QCOMPARE(integer(refunds.first(), "amount"), 19900);
        QCOMPARE(exchangeOf(*sold).value(QLatin1String("return")).toString(), returned->saleId);
        QCOMPARE(integer(exchangeOf(*sold), "returnSequence"), 2);
        QCOMPARE(integer(exchangeOf(*sold), "refund"), 0);
        QCOMPARE(integer(sold->record, "change"), 100);
        QCOMPARE(*till.returns.storeCredit(QUuid(returned->saleId)), 0); // spent by the exchange itself
        QCOMPARE(till.checkout.journal().outboxCount(), 3);
        QVERIFY(till.checkout.journal().verify().intact());
        QCOMPARE(till.returns.returnable(till.checkout.journal().entry(1)->saleId)->value(1), Quantity::pieces(1));
    }

    void exchange_newItemsCostLess_differenceGoesBackToTheOriginalCard()
    {
        Till till;
        sellTwoShirtsByCard_andExchangeOne(till);
        QVERIFY(till.checkout.scan(code(cola))); // 1,900
        QVERIFY(till.checkout.sale().totals().fullyPaid());
        QCOMPARE(till.checkout.sale().totals().exchangeRefundMinor, 19900 - 1900);
        QCOMPARE(till.checkout.sale().state(), SaleState::Open); // the cashier completes it
        QVERIFY(till.checkout.completeExchange());

        const auto returned = till.checkout.journal().entry(2);
        QVERIFY(returned);
        const auto refunds = refundsOf(*returned);
        QCOMPARE(refunds.size(), 2);
        QCOMPARE(integer(refunds.at(0), "amount"), 1900);
        QCOMPARE(refunds.at(1).value(QLatin1String("method")).toString(), QStringLiteral("card"));
        QCOMPARE(refunds.at(1).value(QLatin1String("reference")).toString(), QStringLiteral("PAY-1"));
        QCOMPARE(integer(refunds.at(1), "amount"), 18000);
        const QJsonObject exchange = exchangeOf(*till.checkout.lastCompleted());
        QCOMPARE(integer(exchange, "refund"), 18000);
        QCOMPARE(exchange.value(QLatin1String("refunds")).toArray().size(), 1);
        QVERIFY(till.checkout.journal().verify().intact());

        // Its receipt shows the new item, the item that came back and where the difference went.
        const auto receipt = JournalReceipt::fromEntry(*till.checkout.lastCompleted(), *till.store.profile);
        QVERIFY(receipt);
        const QString text = ReceiptText::layout(*receipt).toPlainText(ReceiptText::defaultColumns);
        QVERIFY2(text.contains(QStringLiteral("Exchange: return 000002")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Returned from receipt 000001")));
        QVERIFY(text.contains(QStringLiteral("Refunded to card")));
        QVERIFY(text.contains(QStringLiteral("18,000")));
    }

    void exchange_ofEqualValue_needsNoPayment()
    {
        Till till;
        sellTwoShirtsByCard_andExchangeOne(till);
        QVERIFY(!till.checkout.completeExchange()); // nothing new on the sale yet
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QCOMPARE(till.checkout.sale().totals().balanceMinor, 0);
        QVERIFY(till.checkout.completeExchange());
        const auto sold = till.checkout.lastCompleted();
        QCOMPARE(integer(exchangeOf(*sold), "refund"), 0);
        const auto tenders = sold->record.value(QLatin1String("tenders")).toArray();
        QCOMPARE(tenders.size(), 1);
        QCOMPARE(integer(tenders.first().toObject(), "amount"), 19900);
        QCOMPARE(refundsOf(*till.checkout.journal().entry(2)).size(), 1);
    }

    void exchange_survivesACrash_withNothingJournaled()
    {
        Till till;
        sellTwoShirtsByCard_andExchangeOne(till);
        QVERIFY(till.checkout.scan(code(cola)));

        CheckoutService restarted(*till.store.database, *till.store.catalog, *till.store.profile);
        restarted.setReturns(&till.returns);
        QCOMPARE(*restarted.restore(), 1);
        QVERIFY(restarted.sale().exchange());
        QCOMPARE(restarted.sale().exchange()->creditMinor, 19900);
        QCOMPARE(restarted.sale().totals().exchangeRefundMinor, 18000);
        QCOMPARE(restarted.journal().lastSequence(), 1);
        QCOMPARE(restarted.journal().outboxCount(), 1);
        QVERIFY(restarted.completeExchange());
        QCOMPARE(restarted.journal().lastSequence(), 3);
        QVERIFY(restarted.journal().verify().intact());
    }

    void exchange_voided_returnsNothing()
    {
        Till till;
        sellTwoShirtsByCard_andExchangeOne(till);
        const QString original = till.checkout.sale().exchange()->originalSaleId;
        QVERIFY(till.checkout.scan(code(cola)));
        QVERIFY(till.checkout.voidSale(QStringLiteral("customer left")));

        QCOMPARE(till.checkout.journal().lastSequence(), 2); // the voided sale, and no return
        const auto voided = till.checkout.lastCompleted();
        QVERIFY(!voided->record.contains(QLatin1String("exchange")));
        QCOMPARE(voided->record.value(QLatin1String("tenders")).toArray().size(), 0);
        QCOMPARE(ReturnHistory(*till.store.database).returnsOf(original)->size(), 0);
        QCOMPARE(till.returns.returnable(original)->value(1), Quantity::pieces(2));
    }

    void exchange_isCheckedAgainAtCompletion_againstAReturnMadeMeanwhile()
    {
        Till till;
        const QString original = sellShirtsForCash(till, 2);
        QVERIFY(till.returns.startExchange(till.checkout, original, {pieces(1, 2)}));
        QVERIFY(till.checkout.scan(code(cola)));
        // Another till takes one of the same shirts back, through its own connection, before the exchange
        // completes.
        auto other = Database::open(till.store.path);
        QVERIFY(other);
        ReturnService anotherTill(**other, *till.store.catalog, *till.store.profile);
        QVERIFY(anotherTill.returnWithReceipt(original, {pieces(1, 1)}));

        const auto completed = till.checkout.completeExchange();
        QVERIFY(!completed);
        QVERIFY(completed.error().contains(QStringLiteral("earlier returns")));
        QCOMPARE(till.checkout.journal().lastSequence(), 2); // only the other return
        QCOMPARE(till.checkout.journal().outboxCount(), 2);
        QCOMPARE(till.checkout.sale().state(), SaleState::Open);
        QVERIFY(till.checkout.journal().verify().intact());
        QVERIFY(till.checkout.voidSale(QStringLiteral("exchange refused")));
    }

    void exchange_refusedAtCompletion_stillLetsTheTillRestart()
    {
        Till till;
        const QString original = sellShirtsForCash(till, 1);
        QVERIFY(till.returns.startExchange(till.checkout, original, {pieces(1, 1)}));
        QVERIFY(till.checkout.scan(code(tShirtM), 2));
        QVERIFY(till.returns.returnWithReceipt(original, {pieces(1, 1)})); // taken back meanwhile
        QVERIFY(!till.checkout.tender(TenderMethod::Cash, 19900));         // paid, but the exchange cannot complete
        QCOMPARE(till.checkout.sale().state(), SaleState::Tendering);

        CheckoutService restarted(*till.store.database, *till.store.catalog, *till.store.profile);
        restarted.setReturns(&till.returns);
        const auto restored = restarted.restore();
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error()));
        QCOMPARE(restarted.sale().state(), SaleState::Tendering); // on screen, for the cashier to void
        QCOMPARE(restarted.journal().lastSequence(), 2);
        QVERIFY(restarted.voidSale(QStringLiteral("exchange refused")));
        QVERIFY(restarted.journal().verify().intact());
    }

    void exchange_refusesMoreThanWasSold_beforeTouchingTheSale()
    {
        Till till;
        const QString original = sellShirtsForCash(till, 1);
        QVERIFY(!till.returns.startExchange(till.checkout, original, {pieces(1, 2)}));
        QCOMPARE(till.checkout.sale().state(), SaleState::New);
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

    void shiftReport_countsAnExchange_asASaleAndAReturn_withOnlyTheDifferenceInCash()
    {
        TillFixture till;
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY(till.shifts.open(100000));
        ReturnService returns(*till.store.database, *till.store.catalog, *till.store.profile);
        returns.setPermissionGate(&till.gate);
        returns.setShiftSource([&till] { return till.shifts.currentShiftId(); });
        till.checkout.setReturns(&returns);
        QVERIFY(till.checkout.scan(code(tShirtM)));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 19900));
        const QString original = till.checkout.lastCompleted()->saleId;
        till.checkout.startNextSale();
        QVERIFY(returns.startExchange(till.checkout, original, {pieces(1, 1)}));
        QVERIFY(till.checkout.scan(code(cola)));
        QVERIFY(till.checkout.completeExchange());

        const auto report = till.shifts.xReport();
        QVERIFY(report);
        QCOMPARE(report->sales, (ReportFigure{2, 19900 + 1900}));
        QCOMPARE(report->returns, (ReportFigure{1, 19900}));
        QCOMPARE(report->cashRefundsMinor, 18000); // the difference, back in cash as the shirt was paid
        QCOMPARE(report->expectedCashMinor, 100000 + 19900 - 18000);
    }
};

QTEST_GUILESS_MAIN(TestReturnService)
#include "tst_returnservice.moc"
