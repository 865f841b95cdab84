#include "Sale.h"
#include "SaleRecord.h"
#include "ShiftReportBuilder.h"
#include "StoredValue.h"
#include "TestProfiles.h"

#include <QTest>

using namespace omnitill;

// Tenders drawn on balances the central store holds: their codes survive the journal, an old journal's
// unknown code still reads, references name the redemption and nothing secret, shift reports count each
// method, and the loyalty rule the receipt shows.
class TestStoredValue : public QObject
{
    Q_OBJECT

private:
    static Sale paidSale(const QList<saleevent::Tendered> &tenders)
    {
        Sale sale(testprofiles::korean());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using namespace saleevent;
        bool ok =
            sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), now}).ok() &&
            sale.apply(LineAdded{1, testprofiles::product(QStringLiteral("A"), 30000), Quantity::pieces(1), {}}).ok();
        for (const Tendered &tender : tenders)
            ok = ok && sale.apply(tender).ok();
        if (!ok || !sale.apply(Completed{now}).ok())
            qFatal("could not build the sale");
        return sale;
    }

private Q_SLOTS:
    void tenderCodes_roundTripThroughTheEvents()
    {
        for (const TenderMethod method : {TenderMethod::Cash, TenderMethod::Card, TenderMethod::Other,
                                          TenderMethod::GiftCard, TenderMethod::StoreCredit, TenderMethod::Points}) {
            const saleevent::Tendered tendered{1, method, 500, QStringLiteral("ref")};
            const auto read = saleEventFromJson(saleEventToJson(tendered));
            QVERIFY(read);
            QCOMPARE(std::get<saleevent::Tendered>(*read).method, method);
        }
        QCOMPARE(tenderMethodCode(TenderMethod::GiftCard), QStringLiteral("giftCard"));
        QCOMPARE(tenderMethodCode(TenderMethod::StoreCredit), QStringLiteral("storeCredit"));
        QCOMPARE(tenderMethodCode(TenderMethod::Points), QStringLiteral("points"));
    }

    void unknownCode_inAnOldOrNewerJournal_readsAsOther()
    {
        QCOMPARE(tenderMethodFromCode(QStringLiteral("voucher")), TenderMethod::Other);
        QCOMPARE(tenderMethodFromCode(QString()), TenderMethod::Other);
        const auto read = saleEventFromJson(QJsonObject{{QLatin1String("type"), QLatin1String("tendered")},
                                                        {QLatin1String("tender"), 1},
                                                        {QLatin1String("method"), QLatin1String("cheque")},
                                                        {QLatin1String("amount"), 100}});
        QVERIFY(read);
        QCOMPARE(std::get<saleevent::Tendered>(*read).method, TenderMethod::Other);
    }

    void reference_namesTheRedemptionAndTheHolder_andParsesBack()
    {
        const QUuid redemption = QUuid::createUuid();
        const StoredValueReference card{TenderMethod::GiftCard, redemption,
                                        StoredValueReference::maskedCard(QStringLiteral("6390000000001001"))};
        QCOMPARE(card.toString(), QStringLiteral("••••1001 ") + redemption.toString(QUuid::WithoutBraces));
        const auto parsed = StoredValueReference::parse(TenderMethod::GiftCard, card.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->redemption, redemption);
        QCOMPARE(parsed->holder, QStringLiteral("••••1001"));
        QVERIFY(!StoredValueReference::parse(TenderMethod::Card, card.toString()));
        QVERIFY(!StoredValueReference::parse(TenderMethod::Points, QStringLiteral("C-1 not-a-uuid")));
        QVERIFY(!StoredValueReference::parse(TenderMethod::Points, redemption.toString(QUuid::WithoutBraces)));
    }

    void giftCardNumber_typedWithSpacesOrDashes_isItsDigits()
    {
        QCOMPARE(StoredValueReference::giftCardDigits(QStringLiteral(" 6390 0000-0000 1001 ")),
                 QStringLiteral("6390000000001001"));
        QVERIFY(StoredValueReference::giftCardDigits(QStringLiteral("6390 0000 000A 1001")).isEmpty());
        QVERIFY(StoredValueReference::giftCardDigits(QStringLiteral("12345678901")).isEmpty()); // 11 digits
        QCOMPARE(StoredValueReference::maskedCard(QStringLiteral("6390000000001001")), QStringLiteral("••••1001"));
    }

    void pointsEarned_onePerHundredMinorUnits()
    {
        QCOMPARE(loyalty::pointsFor(39800), 398);
        QCOMPARE(loyalty::pointsFor(99), 0);
        QCOMPARE(loyalty::pointsFor(-500), 0);
    }

    void shiftReport_countsEachMethod()
    {
        using saleevent::Tendered;
        const Sale first =
            paidSale({Tendered{1, TenderMethod::Points, 3000, {}}, Tendered{2, TenderMethod::GiftCard, 20000, {}},
                      Tendered{3, TenderMethod::Cash, 10000, {}}}); // 3,000 change
        const Sale second = paidSale(
            {Tendered{1, TenderMethod::StoreCredit, 5000, {}}, Tendered{2, TenderMethod::GiftCard, 25000, {}}});
        ShiftReportBuilder builder{ShiftReport{}};
        builder.addSale(saleRecord(first));
        builder.addSale(saleRecord(second));
        const ShiftReport report = builder.finish().value();
        QHash<QString, ReportFigure> byMethod;
        for (const TenderTotal &tender : report.tenders)
            byMethod.insert(tender.method, tender.taken);
        QCOMPARE(byMethod.value(QStringLiteral("giftCard")).count, 2);
        QCOMPARE(byMethod.value(QStringLiteral("giftCard")).amountMinor, 45000);
        QCOMPARE(byMethod.value(QStringLiteral("points")).amountMinor, 3000);
        QCOMPARE(byMethod.value(QStringLiteral("storeCredit")).amountMinor, 5000);
        QCOMPARE(byMethod.value(QStringLiteral("cash")).amountMinor, 7000);
        QCOMPARE(report.cashSalesMinor, 7000); // only cash is in the drawer, less the change
    }
};

QTEST_GUILESS_MAIN(TestStoredValue)
#include "tst_storedvalue.moc"
