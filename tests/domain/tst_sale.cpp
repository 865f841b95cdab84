#include "SaleSteps.h"

#include <QJsonDocument>
#include <QTest>
#include <limits>

using namespace omnitill;
using namespace omnitill::saleevent;
using namespace salesteps;
using testprofiles::product;

class TestSale : public QObject
{
    Q_OBJECT

private:
    static Result<void> pay(Sale &sale, qint64 amount, TenderMethod method = TenderMethod::Cash)
    {
        return sale.apply(Tendered{sale.nextTenderId(), method, amount, QString()});
    }
    static Result<void> complete(Sale &sale) { return sale.apply(Completed{QDateTime::currentDateTimeUtc()}); }

private Q_SLOTS:
    void addLines_totalsIncludeVat()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 12900), Quantity::pieces(2)));
        QVERIFY(add(sale, product(QStringLiteral("SOCKS"), 3500)));
        QCOMPARE(sale.totals().subtotalMinor, 29300);
        QCOMPARE(sale.totals().tax.totalTaxMinor, 2664); // 29300 / 11, rounded
        QCOMPARE(sale.totals().totalDueMinor, 29300);
        QCOMPARE(sale.totals().balanceMinor, 29300);
    }

    void weighedItem_isPricedByWeight()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("BANANA"), 3980, QStringLiteral("EXEMPT"), Unit::Kilogram),
                    Quantity::grams(452)));
        QCOMPARE(sale.totals().totalDueMinor, 1799); // 3980 × 0.452 = 1798.96
        QCOMPARE(sale.totals().tax.totalTaxMinor, 0);
        QVERIFY(sale.apply(QuantityChanged{1, Quantity::grams(1000)}));
        QCOMPARE(sale.totals().totalDueMinor, 3980);
    }

    void pieces_mustBeWholeAndPositive()
    {
        Sale sale = opened();
        QVERIFY(!add(sale, product(QStringLiteral("TEE"), 12900), Quantity::grams(1500)));
        QVERIFY(!add(sale, product(QStringLiteral("TEE"), 12900), Quantity::pieces(0)));
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 12900), Quantity::pieces(3)));
        QVERIFY(!sale.apply(QuantityChanged{1, Quantity::grams(500)}));
        QCOMPARE(sale.totals().totalDueMinor, 38700);
    }

    void unknownTaxClass_isRefused()
    {
        Sale sale = opened();
        QVERIFY(!add(sale, product(QStringLiteral("X"), 100, QStringLiteral("NOPE"))));
        QVERIFY(sale.lines().isEmpty());
    }

    void voidedLine_leavesTotals()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 1000)));
        QVERIFY(add(sale, product(QStringLiteral("B"), 2000)));
        QVERIFY(sale.apply(LineVoided{1}));
        QCOMPARE(sale.totals().totalDueMinor, 2000);
        QCOMPARE(sale.totals().lines.size(), 1);
        QVERIFY(!sale.apply(LineVoided{1}));
    }

    void priceOverride_needsReason()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 10000)));
        QVERIFY(!sale.apply(PriceOverridden{1, 8000, QStringLiteral("  ")}));
        QVERIFY(sale.apply(PriceOverridden{1, 8000, QStringLiteral("damaged")}));
        QCOMPARE(sale.totals().totalDueMinor, 8000);
        QVERIFY(sale.lines().first().priceOverridden());
    }

    void lineNote_isKeptTrimmed_cappedInLength_andAllowedWhilePaying()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 12900)));
        QVERIFY(sale.apply(LineNoted{1, QStringLiteral("  size swapped to M ")}));
        QCOMPARE(sale.lines().first().note, QStringLiteral("size swapped to M"));
        QVERIFY(!sale.apply(LineNoted{1, QString(LineNoted::maxLength + 1, QLatin1Char('x'))}));
        QVERIFY(!sale.apply(LineNoted{2, QStringLiteral("no such line")}));
        QVERIFY(pay(sale, 5000, TenderMethod::Card));
        QVERIFY(sale.apply(LineNoted{1, QStringLiteral("gift")}));
        QCOMPARE(sale.totals().totalDueMinor, 12900);
    }

    void lineVoidWhilePaying_keepsALineAndNeverLeavesACardPaymentAboveTheTotal()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 10000)));
        QVERIFY(add(sale, product(QStringLiteral("B"), 5000)));
        QVERIFY(add(sale, product(QStringLiteral("C"), 3000)));
        QVERIFY(pay(sale, 12000, TenderMethod::Card));
        QVERIFY(!sale.apply(LineVoided{1})); // 8,000 left would be below the 12,000 on the card
        QVERIFY(sale.apply(LineVoided{3}));
        QCOMPARE(sale.totals().balanceMinor, 3000);
        QVERIFY(!sale.apply(QuantityChanged{2, Quantity::pieces(2)})); // other item changes stay closed
        QVERIFY(pay(sale, 3000));
        QVERIFY(complete(sale));

        Sale last = opened();
        QVERIFY(add(last, product(QStringLiteral("A"), 10000)));
        QVERIFY(pay(last, 5000));
        QVERIFY(!last.apply(LineVoided{1})); // the last item: void the sale instead
    }

    void lineDiscount_byPercentAndAmount()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 12900)));
        QVERIFY(sale.apply(LineDiscounted{1, Discount{Discount::Kind::Percent, 1000, QString()}}));
        QCOMPARE(sale.totals().lines.first().lineDiscountMinor, 1290);
        QCOMPARE(sale.totals().totalDueMinor, 11610);
        QVERIFY(sale.apply(LineDiscounted{1, Discount{Discount::Kind::Amount, 900, QString()}}));
        QCOMPARE(sale.totals().totalDueMinor, 12000);
        QVERIFY(!sale.apply(LineDiscounted{1, Discount{Discount::Kind::Amount, 13000, QString()}}));
        QVERIFY(!sale.apply(LineDiscounted{1, Discount{Discount::Kind::Percent, 10001, QString()}}));
    }

    void basketDiscount_isAllocatedToLines()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 10000)));
        QVERIFY(add(sale, product(QStringLiteral("B"), 5000, QStringLiteral("EXEMPT"))));
        QVERIFY(sale.apply(BasketDiscounted{Discount{Discount::Kind::Amount, 1000, QStringLiteral("loyal")}}));
        const SaleTotals &totals = sale.totals();
        QCOMPARE(totals.lines[0].basketDiscountMinor, 667);
        QCOMPARE(totals.lines[1].basketDiscountMinor, 333);
        QCOMPARE(totals.lines[0].paidMinor + totals.lines[1].paidMinor, 14000);
        QCOMPARE(totals.totalDueMinor, 14000);
        // VAT only on what was paid for the taxable line: 9333 / 11.
        QCOMPARE(totals.tax.totalTaxMinor, 848);
        QCOMPARE(totals.lines[0].taxMinor, 848);
        QVERIFY(!sale.apply(BasketDiscounted{Discount{Discount::Kind::Amount, 15001, QString()}}));
    }

    void cash_givesChange()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 15000)));
        QVERIFY(pay(sale, 20000));
        QCOMPARE(sale.totals().changeMinor, 5000);
        QVERIFY(sale.totals().fullyPaid());
        QVERIFY(complete(sale));
        QCOMPARE(sale.state(), SaleState::Completed);
    }

    void cash_isRoundedToTheStoresIncrement()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("BANANA"), 3980, QStringLiteral("EXEMPT"), Unit::Kilogram),
                    Quantity::grams(452)));
        QCOMPARE(cashToCollect(sale.totals(), sale.profile()), 1800);
        QVERIFY(pay(sale, 2000));
        QCOMPARE(sale.totals().cashRoundingMinor, 1);
        QCOMPARE(sale.totals().changeMinor, 200);
    }

    void splitTender_cardThenCash()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 25000)));
        QVERIFY(!pay(sale, 30000, TenderMethod::Card));
        QVERIFY(pay(sale, 10000, TenderMethod::Card));
        QCOMPARE(sale.state(), SaleState::Tendering);
        QCOMPARE(sale.totals().balanceMinor, 15000);
        QVERIFY(!complete(sale));
        QVERIFY(pay(sale, 15000));
        QVERIFY(complete(sale));
        QCOMPARE(sale.totals().changeMinor, 0);
        QCOMPARE(sale.totals().paidMinor, 25000);
    }

    void usStore_addsSalesTaxAtTheTill()
    {
        Sale sale = opened(testprofiles::american());
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 1999, QStringLiteral("STD"))));
        QVERIFY(add(sale, product(QStringLiteral("APPLE"), 350, QStringLiteral("GROCERY"))));
        QCOMPARE(sale.totals().subtotalMinor, 2349);
        QCOMPARE(sale.totals().tax.totalTaxMinor, 177);
        QCOMPARE(sale.totals().totalDueMinor, 2526);
    }

    void illegalTransitions_areRefused()
    {
        Sale fresh(testprofiles::korean());
        QVERIFY(!add(fresh, product(QStringLiteral("A"), 100)));

        Sale sale = opened();
        QVERIFY(!sale.apply(Opened{QUuid::createUuid(), QStringLiteral("T1"), QDateTime::currentDateTimeUtc()}));
        QVERIFY(!complete(sale));                     // nothing sold
        QVERIFY(!pay(sale, 1000));                    // nothing to pay for
        QVERIFY(!sale.apply(Suspended{QDateTime()})); // nothing to park
        QVERIFY(add(sale, product(QStringLiteral("A"), 1000)));
        QVERIFY(!complete(sale)); // not paid
        QVERIFY(pay(sale, 500));
        QVERIFY(!add(sale, product(QStringLiteral("B"), 1000))); // payment started
        QVERIFY(!sale.apply(LineVoided{1}));
        QVERIFY(!sale.apply(Suspended{QDateTime()}));
        QVERIFY(pay(sale, 500));
        QVERIFY(!pay(sale, 500)); // already paid
        QVERIFY(complete(sale));
        QVERIFY(!complete(sale));
        QVERIFY(!sale.apply(Voided{QDateTime(), QString()}));
    }

    void suspendedSale_acceptsOnlyResumeOrVoid()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 1000)));
        QVERIFY(sale.apply(Suspended{QDateTime::currentDateTimeUtc()}));
        QVERIFY(!add(sale, product(QStringLiteral("B"), 1000)));
        QVERIFY(!pay(sale, 1000));
        QVERIFY(sale.apply(Resumed{QDateTime::currentDateTimeUtc()}));
        QCOMPARE(sale.state(), SaleState::Open);
        QVERIFY(add(sale, product(QStringLiteral("B"), 1000)));
        QVERIFY(sale.apply(Voided{QDateTime::currentDateTimeUtc(), QStringLiteral("customer left")}));
        QCOMPARE(sale.state(), SaleState::Voided);
    }

    void refusedEvent_changesNothing()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("A"), 1000)));
        const qsizetype events = sale.events().size();
        // Accepted by the state machine, but the price × quantity overflows when priced.
        const auto overflowing =
            add(sale, product(QStringLiteral("HUGE"), std::numeric_limits<qint64>::max() / 10), Quantity::pieces(20));
        QVERIFY(!overflowing);
        QCOMPARE(sale.events().size(), events);
        QCOMPARE(sale.lines().size(), 1);
        QCOMPARE(sale.totals().totalDueMinor, 1000);
    }

    void replay_fromJsonRestoresTheSale()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 12900), Quantity::pieces(2)));
        QVERIFY(add(sale, product(QStringLiteral("NUTS"), 21000, QStringLiteral("EXEMPT"), Unit::Kilogram),
                    Quantity::grams(333)));
        QVERIFY(sale.apply(PriceOverridden{1, 11900, QStringLiteral("price match")}));
        QVERIFY(sale.apply(LineDiscounted{2, Discount{Discount::Kind::Percent, 500, QStringLiteral("staff")}}));
        QVERIFY(sale.apply(BasketDiscounted{Discount{Discount::Kind::Amount, 1000, QString()}}));
        QVERIFY(sale.apply(LineNoted{1, QStringLiteral("선물 포장 / gift wrap")}));
        QVERIFY(pay(sale, 10000, TenderMethod::Card));

        const QList<SaleEvent> restored = persisted(sale);
        QCOMPARE(restored.size(), sale.events().size());
        const auto replayed = Sale::replay(testprofiles::korean(), restored);
        QVERIFY(replayed);
        QCOMPARE(replayed->id(), sale.id());
        QCOMPARE(replayed->state(), SaleState::Tendering);
        QCOMPARE(replayed->totals().totalDueMinor, sale.totals().totalDueMinor);
        QCOMPARE(replayed->totals().balanceMinor, sale.totals().balanceMinor);
        QCOMPARE(replayed->lines().first().note, QStringLiteral("선물 포장 / gift wrap"));
        QCOMPARE(replayed->lines()[1].quantity, Quantity::grams(333));
        QCOMPARE(replayed->lines()[0].overrideReason, QStringLiteral("price match"));
    }

    static ExchangeCredited exchangeWorth(qint64 credit)
    {
        return ExchangeCredited{QUuid::createUuid(),
                                QStringLiteral("original"),
                                7,
                                {ReturnRequest{1, Quantity::pieces(1), true, ReturnReason::WrongSize}},
                                credit};
    }

    void exchangeCredit_paysFirst_andWhatItLeavesIsRefunded()
    {
        Sale sale = opened();
        const ExchangeCredited exchange = exchangeWorth(10000);
        QVERIFY(sale.apply(exchange));
        QVERIFY(!sale.apply(exchangeWorth(500))); // one exchange per sale
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 12900)));
        QCOMPARE(sale.totals().exchangeCreditMinor, 10000);
        QCOMPARE(sale.totals().exchangeRefundMinor, 0);
        QCOMPARE(sale.totals().balanceMinor, 2900);
        QVERIFY(sale.apply(QuantityChanged{1, Quantity::pieces(2)})); // items still change freely
        QCOMPARE(sale.totals().balanceMinor, 25800 - 10000);
        QVERIFY(sale.apply(LineVoided{1}));
        QVERIFY(add(sale, product(QStringLiteral("SOCKS"), 3500)));
        QCOMPARE(sale.totals().exchangeCreditMinor, 3500);
        QCOMPARE(sale.totals().exchangeRefundMinor, 6500);
        QVERIFY(sale.totals().fullyPaid());
        QVERIFY(!pay(sale, 100)); // nothing left to pay

        // Persisted and replayed, as after a crash.
        const QList<SaleEvent> restored = persisted(sale);
        QCOMPARE(restored.size(), sale.events().size());
        auto replayed = Sale::replay(testprofiles::korean(), restored);
        QVERIFY(replayed);
        QCOMPARE(replayed->exchange()->returnId, exchange.returnId);
        QCOMPARE(replayed->exchange()->lines.first().reason, ReturnReason::WrongSize);
        QCOMPARE(replayed->totals().exchangeRefundMinor, 6500);

        QVERIFY(complete(*replayed));
        QCOMPARE(replayed->tenders().size(), 1); // the credit used, as store credit of the return
        QCOMPARE(replayed->tenders().first().amountMinor, 3500);
        QCOMPARE(replayed->tenders().first().reference,
                 QStringLiteral("return:") + exchange.returnId.toString(QUuid::WithoutBraces));
        QCOMPARE(replayed->totals().paidMinor, 3500);
        QCOMPARE(replayed->totals().exchangeRefundMinor, 6500);
    }

    void exchangeCredit_comesBeforePayment_andAVoidDropsIt()
    {
        Sale sale = opened();
        QVERIFY(add(sale, product(QStringLiteral("TEE"), 12900)));
        QVERIFY(!sale.apply(exchangeWorth(0)));
        QVERIFY(pay(sale, 1000, TenderMethod::Card));
        QVERIFY(!sale.apply(exchangeWorth(5000))); // payment has started

        Sale other = opened();
        QVERIFY(other.apply(exchangeWorth(5000)));
        QVERIFY(add(other, product(QStringLiteral("TEE"), 12900)));
        QVERIFY(other.apply(Voided{QDateTime::currentDateTimeUtc(), QStringLiteral("changed mind")}));
        QCOMPARE(other.totals().exchangeCreditMinor, 0);
        QCOMPARE(other.totals().paidMinor, 0);
        QVERIFY(other.tenders().isEmpty());
    }

    void percentToBasisPoints_readsWhatCashiersType()
    {
        QCOMPARE(*percentToBasisPoints(QStringLiteral("10")), 1000);
        QCOMPARE(*percentToBasisPoints(QStringLiteral(" 12.5 % ")), 1250);
        QCOMPARE(*percentToBasisPoints(QStringLiteral("0.05")), 5);
        QVERIFY(!percentToBasisPoints(QStringLiteral("12.345")));
        QVERIFY(!percentToBasisPoints(QStringLiteral("1,5")));
        QVERIFY(!percentToBasisPoints(QStringLiteral("-5")));
        QVERIFY(!percentToBasisPoints(QStringLiteral(".5")));
        QVERIFY(!percentToBasisPoints(QString()));
    }

    void unknownEvent_isRefusedWithItsType()
    {
        const auto parsed = saleEventFromJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("teleported")}});
        QVERIFY(!parsed);
        QVERIFY(parsed.error().contains(QStringLiteral("teleported")));
    }
};

QTEST_GUILESS_MAIN(TestSale)
#include "tst_sale.moc"
