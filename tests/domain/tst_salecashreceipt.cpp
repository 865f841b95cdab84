#include "Sale.h"
#include "SaleRecord.h"
#include "TestProfiles.h"

#include <QJsonDocument>
#include <QTest>

using namespace omnitill;
using namespace omnitill::saleevent;
using testprofiles::product;
using Purpose = CashReceiptRequest::Purpose;

// A Korean cash receipt request on a sale: when it may be asked for, how it survives a restart, and that
// the sale and its record only ever hold the masked number.
class TestSaleCashReceipt : public QObject
{
    Q_OBJECT

private:
    static Sale withItem(StoreProfile profile = testprofiles::korean())
    {
        Sale sale(std::move(profile));
        const bool ready =
            sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), QDateTime::currentDateTimeUtc()}) &&
            sale.apply(LineAdded{1, product(QStringLiteral("TEE"), 12900, sale.profile().taxClasses.first().code),
                                 Quantity::pieces(1), QString()});
        Q_ASSERT(ready);
        return sale;
    }
    static CashReceiptRequested requested(Purpose purpose, const QString &typed)
    {
        const auto request = CashReceiptRequest::parse(purpose, typed);
        Q_ASSERT(request.ok());
        return CashReceiptRequested{purpose, request->identifier(), request->masked()};
    }
    static Result<void> pay(Sale &sale, qint64 amount, TenderMethod method = TenderMethod::Cash)
    {
        return sale.apply(Tendered{sale.nextTenderId(), method, amount, QString()});
    }
    static Result<void> complete(Sale &sale) { return sale.apply(Completed{QDateTime::currentDateTimeUtc()}); }

private Q_SLOTS:
    void request_whileOpenOrPaying_andALaterOneReplacesIt()
    {
        Sale sale = withItem();
        QVERIFY(sale.apply(requested(Purpose::IncomeDeduction, QStringLiteral("010-1234-3852"))));
        QCOMPARE(sale.cashReceipt()->masked, QStringLiteral("010-****-3852"));
        QVERIFY(pay(sale, 5000, TenderMethod::Card));
        QVERIFY(sale.apply(requested(Purpose::ExpenseProof, QStringLiteral("124-81-00998"))));
        QCOMPARE(sale.cashReceipt()->purpose, Purpose::ExpenseProof);
        QCOMPARE(sale.cashReceipt()->masked, QStringLiteral("124-**-*0998"));
        QVERIFY(sale.apply(CashReceiptWithdrawn{}));
        QVERIFY(!sale.cashReceipt());
        QVERIFY(!sale.apply(CashReceiptWithdrawn{})); // nothing left to withdraw
    }

    void request_refusedInAUsStore_afterTheSale_andWhileParked()
    {
        Sale american = withItem(testprofiles::american());
        const auto refused = american.apply(requested(Purpose::IncomeDeduction, QStringLiteral("01012343852")));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("Korea")));
        QVERIFY(!american.cashReceipt());

        Sale parked = withItem();
        QVERIFY(parked.apply(Suspended{QDateTime::currentDateTimeUtc()}));
        QVERIFY(!parked.apply(requested(Purpose::IncomeDeduction, QStringLiteral("01012343852"))));

        Sale done = withItem();
        QVERIFY(pay(done, 20000));
        QVERIFY(complete(done));
        QVERIFY(!done.apply(requested(Purpose::IncomeDeduction, QStringLiteral("01012343852"))));

        Sale notOpened(testprofiles::korean());
        QVERIFY(!notOpened.apply(requested(Purpose::IncomeDeduction, QStringLiteral("01012343852"))));
    }

    void request_withAFullNumber_isRefused()
    {
        Sale sale = withItem();
        const auto refused = sale.apply(CashReceiptRequested{
            Purpose::IncomeDeduction, CashReceiptRequest::Identifier::MobilePhone, QStringLiteral("010-1234-3852")});
        QVERIFY(!refused);
        QVERIFY(!sale.cashReceipt());
    }

    void request_roundTripsThroughJson_andARestoredSaleKeepsIt()
    {
        Sale sale = withItem();
        QVERIFY(sale.apply(requested(Purpose::IncomeDeduction, QStringLiteral("1234-5678-9012-3456"))));
        QVERIFY(pay(sale, 5000));
        QList<SaleEvent> restored;
        for (const SaleEvent &event : sale.events()) {
            const QByteArray stored = QJsonDocument(saleEventToJson(event)).toJson(QJsonDocument::Compact);
            QVERIFY(!stored.contains("1234567890123456"));
            const auto parsed = saleEventFromJson(QJsonDocument::fromJson(stored).object());
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
            restored.append(*parsed);
        }
        const auto replayed = Sale::replay(testprofiles::korean(), restored);
        QVERIFY(replayed);
        QVERIFY(replayed->cashReceipt());
        QCOMPARE(replayed->cashReceipt()->purpose, Purpose::IncomeDeduction);
        QCOMPARE(replayed->cashReceipt()->identifier, CashReceiptRequest::Identifier::ReceiptCard);
        QCOMPARE(replayed->cashReceipt()->masked, QStringLiteral("****-****-****-3456"));

        const auto withdrawn = saleEventFromJson(saleEventToJson(CashReceiptWithdrawn{}));
        QVERIFY(withdrawn && std::holds_alternative<CashReceiptWithdrawn>(*withdrawn));
        const auto unknown =
            saleEventFromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("cashReceiptRequested")},
                                          {QStringLiteral("purpose"), QStringLiteral("gift")}});
        QVERIFY(!unknown);
    }

    void record_carriesTheMaskedRequestAndTheCashItCovers()
    {
        Sale sale = withItem();
        QVERIFY(sale.apply(requested(Purpose::IncomeDeduction, QStringLiteral("010-1234-3852"))));
        QVERIFY(pay(sale, 2900, TenderMethod::Card));
        QVERIFY(pay(sale, 20000)); // 10000 due in cash, 10000 change
        QVERIFY(complete(sale));
        QCOMPARE(sale.cashPaidMinor(), 10000);
        const QJsonObject record = saleRecord(sale);
        const QJsonObject cashReceipt = record.value(QLatin1String("cashReceipt")).toObject();
        QCOMPARE(cashReceipt.value(QLatin1String("purpose")).toString(), QStringLiteral("incomeDeduction"));
        QCOMPARE(cashReceipt.value(QLatin1String("identifier")).toString(), QStringLiteral("phone"));
        QCOMPARE(cashReceipt.value(QLatin1String("masked")).toString(), QStringLiteral("010-****-3852"));
        QCOMPARE(cashReceipt.value(QLatin1String("amount")).toInteger(), 10000);
        const QByteArray canonical = QJsonDocument(record).toJson(QJsonDocument::Compact);
        QVERIFY(!canonical.contains("01012343852"));
        QVERIFY(!canonical.contains("1234-3852"));
    }

    void record_leavesItOutWithoutCash()
    {
        Sale byCard = withItem();
        QVERIFY(byCard.apply(requested(Purpose::IncomeDeduction, QStringLiteral("010-1234-3852"))));
        QVERIFY(pay(byCard, 12900, TenderMethod::Card));
        QVERIFY(complete(byCard));
        QVERIFY(byCard.cashReceipt()); // asked for, but there is no cash for it to cover
        QVERIFY(!saleRecord(byCard).contains(QLatin1String("cashReceipt")));

        Sale voided = withItem();
        QVERIFY(voided.apply(requested(Purpose::IncomeDeduction, QStringLiteral("010-1234-3852"))));
        QVERIFY(voided.apply(Voided{QDateTime::currentDateTimeUtc(), QStringLiteral("customer left")}));
        QVERIFY(!saleRecord(voided).contains(QLatin1String("cashReceipt")));
    }
};

QTEST_GUILESS_MAIN(TestSaleCashReceipt)
#include "tst_salecashreceipt.moc"
