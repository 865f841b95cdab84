#include "../GoldenFile.h"
#include "CheckoutService.h"
#include "JournalReceipt.h"
#include "PromotionEngine.h"
#include "PromotionRepository.h"
#include "ReceiptText.h"
#include "StoreFixture.h"

#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace omnitill;

class TestReceiptText : public QObject
{
    Q_OBJECT

private:
    static QDateTime fixedClock() { return QDateTime(QDate(2026, 11, 25), QTime(5, 30), Qt::UTC); }

    static QString sellAndRender(DemoStores::Store which, const QStringList &codes, qint64 cash,
                                 bool withPromotions = false)
    {
        StoreFixture store(which);
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        checkout.setClock(&fixedClock);
        if (withPromotions) {
            checkout.setPromotions(std::make_shared<const PromotionEngine>(
                PromotionRepository(*store.database).loadActive(fixedClock().date()).value(), QTimeZone("Asia/Seoul")));
        }
        for (const QString &code : codes) {
            if (auto scanned = checkout.scan(code); !scanned)
                qFatal("scan %s: %s", qPrintable(code), qPrintable(scanned.error()));
        }
        if (auto paid = checkout.tender(TenderMethod::Cash, cash); !paid)
            qFatal("pay: %s", qPrintable(paid.error()));
        return ReceiptText::render(checkout.sale(), checkout.lastCompleted()->sequence);
    }

    // A checkout on the fixed clock with one T-shirt (19,900 won) on screen.
    static std::unique_ptr<CheckoutService> tShirtOnScreen(StoreFixture &store)
    {
        auto checkout = std::make_unique<CheckoutService>(*store.database, *store.catalog, *store.profile);
        checkout->setClock(&fixedClock);
        if (!checkout->scan(QStringLiteral("8809417101124")))
            qFatal("cannot scan the T-shirt");
        return checkout;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Receipts print the till's local time; pin it so the golden files hold on any machine.
        qputenv("TZ", "Asia/Seoul");
        tzset();
    }

    void seoulReceipt_matchesGolden()
    {
        const QString receipt = sellAndRender(DemoStores::Store::Seoul,
                                              {QStringLiteral("8809417101124"), QStringLiteral("8809417101124"),
                                               QStringLiteral("2500001004529"), QStringLiteral("2000101045007")},
                                              50000);
        QVERIFY(matchesGoldenFile(receipt, QStringLiteral(GOLDEN_DIR "/receipt_seoul.txt")));
    }

    void seoulReceiptWithPromotions_showsEachSavingUnderItsLine()
    {
        // Cola and zero cola (1+1), three snacks (2+1), a T-shirt that lifts the basket over ₩50,000.
        const QString receipt = sellAndRender(DemoStores::Store::Seoul,
                                              {QStringLiteral("8801105001068"), QStringLiteral("8801105001075"),
                                               QStringLiteral("8801273001013"), QStringLiteral("8801273001037"),
                                               QStringLiteral("8801936001121"), QStringLiteral("8809417108123")},
                                              70000, true);
        QVERIFY(matchesGoldenFile(receipt, QStringLiteral(GOLDEN_DIR "/receipt_seoul_promotions.txt")));
    }

    void usReceipt_matchesGolden()
    {
        const QString receipt = sellAndRender(DemoStores::Store::UnitedStates, {QStringLiteral("850031101128")}, 3000);
        QVERIFY(matchesGoldenFile(receipt, QStringLiteral(GOLDEN_DIR "/receipt_us.txt")));
    }

    void lineNote_isPrintedUnderItsLine_alsoFromTheJournal()
    {
        StoreFixture store;
        const auto sale = tShirtOnScreen(store);
        CheckoutService &checkout = *sale;
        QVERIFY(checkout.noteLine(1, QStringLiteral("선물 포장")));
        QVERIFY(checkout.tender(TenderMethod::Cash, 20000));
        const QString printed = ReceiptText::render(checkout.sale(), checkout.lastCompleted()->sequence);
        QVERIFY2(printed.contains(QStringLiteral("\n  * 선물 포장\n")), qPrintable(printed));
        const auto fromJournal = JournalReceipt::fromEntry(*checkout.lastCompleted(), *store.profile);
        QVERIFY(fromJournal);
        QCOMPARE(fromJournal->lines.first().note, QStringLiteral("선물 포장"));
    }

    void cardSlip_isPrintedUnderItsCardPayment_alsoFromTheJournal()
    {
        StoreFixture store;
        const auto sale = tShirtOnScreen(store);
        CheckoutService &checkout = *sale;
        QVERIFY(checkout.tenderApprovedCard(19900, QStringLiteral("S1.PSP0001")));
        const QStringList slip{QStringLiteral("MC 541333 **** 9999"), QStringLiteral("APPROVED")};
        const auto fromJournal = JournalReceipt::fromEntry(*checkout.lastCompleted(), *store.profile);
        QVERIFY(fromJournal);
        for (Receipt receipt : {Receipt::fromSale(checkout.sale(), 1), *fromJournal}) {
            receipt.attachCardSlip(QStringLiteral("S1.PSP0001"), slip);
            const QString printed = ReceiptText::layout(receipt).toPlainText(ReceiptText::defaultColumns);
            QVERIFY2(printed.contains(QStringLiteral("\n  MC 541333 **** 9999\n  APPROVED\n")), qPrintable(printed));
            receipt.payments.first().cardSlip.clear();
            receipt.attachCardSlip(QStringLiteral("other"), slip);
            QVERIFY(
                !ReceiptText::layout(receipt).toPlainText(ReceiptText::defaultColumns).contains(QLatin1String("9999")));
        }
    }

    void storedValueTenders_andThePointsEarned_arePrinted_alsoFromTheJournal()
    {
        StoreFixture store;
        const auto sale = tShirtOnScreen(store);
        CheckoutService &checkout = *sale;
        QVERIFY(checkout.attachCustomer(QStringLiteral("C-0001"), true));
        const qint64 due = checkout.sale().totals().totalDueMinor;
        const QString redemption = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(checkout.tender(TenderMethod::Points, 1000, QStringLiteral("C-0001 ") + redemption));
        QVERIFY(checkout.tender(TenderMethod::GiftCard, due - 1000, QStringLiteral("••••1001 ") + redemption));
        const auto fromJournal = JournalReceipt::fromEntry(*checkout.lastCompleted(), *store.profile);
        QVERIFY(fromJournal);
        for (const Receipt &receipt : {Receipt::fromSale(checkout.sale(), 1), *fromJournal}) {
            QCOMPARE(receipt.pointsEarned, due / 100);
            const QString printed = ReceiptText::layout(receipt).toPlainText(ReceiptText::defaultColumns);
            for (const QString &expected :
                 {QStringLiteral("\nPoints "), QStringLiteral("\nGift card "), QStringLiteral("\nPoints earned ")})
                QVERIFY2(printed.contains(expected), qPrintable(printed));
        }
    }

    void cashReceipt_isPrintedUnderTheCashPayment_alsoFromTheJournal()
    {
        StoreFixture store;
        const auto sale = tShirtOnScreen(store);
        CheckoutService &checkout = *sale;
        QVERIFY(
            checkout.requestCashReceipt(CashReceiptRequest::Purpose::IncomeDeduction, QStringLiteral("01012343852")));
        QVERIFY(checkout.tender(TenderMethod::Cash, 20000));
        const auto fromJournal = JournalReceipt::fromEntry(*checkout.lastCompleted(), *store.profile);
        QVERIFY(fromJournal);
        for (const Receipt &receipt : {Receipt::fromSale(checkout.sale(), 1), *fromJournal}) {
            const QString printed = ReceiptText::layout(receipt).toPlainText(ReceiptText::defaultColumns);
            QVERIFY2(printed.contains(QStringLiteral("\n  Cash receipt (income deduction)\n    010-****-3852\nChange")),
                     qPrintable(printed));
        }
        const QString wide = ReceiptText::layout(*fromJournal, 48).toPlainText(48);
        QVERIFY2(wide.contains(QStringLiteral("\n  Cash receipt (income deduction) 010-****-3852\n")),
                 qPrintable(wide));
        // Paid by card, there is no cash for a cash receipt to cover: nothing is printed.
        QVERIFY(checkout.scan(QStringLiteral("8809417101124")));
        QVERIFY(checkout.requestCashReceipt(CashReceiptRequest::Purpose::ExpenseProof, QStringLiteral("1248100998")));
        QVERIFY(checkout.tenderApprovedCard(19900, QStringLiteral("S1.PSP0002")));
        QVERIFY(!ReceiptText::render(checkout.sale(), 2).contains(QLatin1String("Cash receipt")));
    }

    void everyLine_fitsTheReceiptWidth()
    {
        const QString receipt = sellAndRender(DemoStores::Store::Seoul, {QStringLiteral("8809417101124")}, 20000);
        for (const QString &line : receipt.split(QLatin1Char('\n')))
            QVERIFY2(ReceiptText::displayWidth(line) <= ReceiptText::defaultColumns, qPrintable(line));
    }

    void displayWidth_countsHangulAsTwoColumns()
    {
        QCOMPARE(ReceiptText::displayWidth(QStringLiteral("abc")), 3);
        QCOMPARE(ReceiptText::displayWidth(QStringLiteral("바나나")), 6);
        QCOMPARE(ReceiptText::displayWidth(QStringLiteral("₩1,000")), 6);
    }
};

QTEST_GUILESS_MAIN(TestReceiptText)
#include "tst_receipttext.moc"
