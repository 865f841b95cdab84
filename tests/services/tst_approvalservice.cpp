#include "TillFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace omnitill;

class TestApprovalService : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124"; // 19,900 won

    static QList<ApprovalEntry> logOf(const TillFixture &till) { return till.approvals.log().entries().value(); }

private Q_SLOTS:
    void approverWithThePermission_isGrantedAndJournaled()
    {
        TillFixture till;
        const QJsonObject details{{QStringLiteral("sale"), QStringLiteral("abc")}, {QStringLiteral("amount"), 5000}};
        const auto approval = till.approvals.requestApproval(Permission::VoidSale, QStringLiteral("1001"),
                                                             QStringLiteral("2001"), QStringLiteral("2222"), details);
        QVERIFY2(approval, approval ? "" : qPrintable(approval.error()));
        QCOMPARE(approval->approver.staffNumber, QStringLiteral("2001"));
        const auto log = logOf(till);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].id, approval->id);
        QCOMPARE(log[0].action, QStringLiteral("void_sale"));
        QCOMPARE(log[0].requestedBy, QStringLiteral("1001"));
        QCOMPARE(log[0].approver, QStringLiteral("2001"));
        QVERIFY(log[0].approved);
        QVERIFY(log[0].refusal.isEmpty());
        QCOMPARE(log[0].details, details);
        QCOMPARE(log[0].requestedAt, till.now);
        QCOMPARE(log[0].terminalId, till.store.profile->terminalId);
    }

    void approverWithoutThePermission_isRefusedAndTheRefusalJournaled()
    {
        TillFixture till;
        const auto refused =
            till.approvals.requestApproval(Permission::ReturnWithoutReceipt, QStringLiteral("1001"),
                                           QStringLiteral("2001"), QStringLiteral("2222"), QJsonObject{});
        QVERIFY(!refused);
        const auto granted =
            till.approvals.requestApproval(Permission::ReturnWithoutReceipt, QStringLiteral("1001"),
                                           QStringLiteral("3001"), QStringLiteral("3333"), QJsonObject{});
        QVERIFY(granted);
        const auto log = logOf(till);
        QCOMPARE(log.size(), 2);
        QVERIFY(!log[0].approved);
        QCOMPARE(log[0].refusal, refused.error());
        QVERIFY(log[1].approved);
    }

    void wrongPinUnknownApproverOrSelfApproval_areRefusedAndJournaled()
    {
        TillFixture till;
        QVERIFY(!till.approvals.requestApproval(Permission::VoidSale, QStringLiteral("1001"), QStringLiteral("2001"),
                                                QStringLiteral("0000"), {}));
        QVERIFY(!till.approvals.requestApproval(Permission::VoidSale, QStringLiteral("1001"), QStringLiteral("9999"),
                                                QStringLiteral("2222"), {}));
        QVERIFY(!till.approvals.requestApproval(Permission::VoidSale, QStringLiteral("2001"), QStringLiteral("2001"),
                                                QStringLiteral("2222"), {}));
        const auto log = logOf(till);
        QCOMPARE(log.size(), 3);
        for (const ApprovalEntry &entry : log)
            QVERIFY(!entry.approved && !entry.refusal.isEmpty());
        QCOMPARE(log[1].approver, QStringLiteral("9999"));
        // The wrong PIN counted against the supervisor's own account.
        QCOMPARE((*till.staff.repository().find(QStringLiteral("2001")))->failedAttempts, 1);
    }

    void approvalsLog_isAppendOnly()
    {
        TillFixture till;
        QVERIFY(till.approvals.requestApproval(Permission::VoidSale, QStringLiteral("1001"), QStringLiteral("2001"),
                                               QStringLiteral("2222"), {}));
        QSqlQuery query(till.store.database->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE approvals SET approved = 0")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM approvals")));
        QCOMPARE(logOf(till).size(), 1);
    }

    void cashierVoidingASale_needsApproval_thenVoidsOnce()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(100000));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QSignalSpy required(&till.gate, &StaffPermissionGate::approvalRequired);

        const auto refused = till.checkout.voidSale(QStringLiteral("customer left"));
        QVERIFY(!refused);
        QCOMPARE(till.checkout.sale().state(), SaleState::Open);
        QCOMPARE(required.count(), 1);
        QCOMPARE(required.first().at(0).toString(), QStringLiteral("void_sale"));
        QVERIFY(till.gate.pending());

        QVERIFY(!till.gate.approvePending(QStringLiteral("1001"), QStringLiteral("1111"))); // not oneself
        const auto approval = till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY2(approval, approval ? "" : qPrintable(approval.error()));
        QVERIFY(!till.gate.pending());
        QVERIFY(till.checkout.voidSale(QStringLiteral("customer left")));
        QCOMPARE(till.checkout.sale().state(), SaleState::Voided);

        const auto log = logOf(till);
        QCOMPARE(log.size(), 2);
        QVERIFY(!log[0].approved);
        QVERIFY(log[1].approved);
        QCOMPARE(log[1].details.value(QStringLiteral("sale")).toString(),
                 till.checkout.sale().id().toString(QUuid::WithoutBraces));
        QCOMPARE(log[1].details.value(QStringLiteral("total")).toInteger(), 19900);
        QCOMPARE(log[1].details.value(QStringLiteral("reason")).toString(), QStringLiteral("customer left"));
        const auto entry = till.checkout.journal().entry(1);
        QCOMPARE(entry->record.value(QStringLiteral("staff")).toString(), QStringLiteral("1001"));

        // The approval was used up: the next sale's void asks again.
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(!till.checkout.voidSale(QStringLiteral("again")));
    }

    void approvalForOneSale_doesNotVoidAnother()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(0));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(!till.checkout.voidSale(QStringLiteral("x")));
        QVERIFY(till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(!till.checkout.voidSale(QStringLiteral("another reason")));
        QCOMPARE(till.checkout.sale().state(), SaleState::Open);
    }

    void supervisor_overridesPricesWithoutApproval_cashierNeedsOne()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(0));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(!till.checkout.overridePrice(1, 15000, QStringLiteral("stain")));
        QCOMPARE(till.gate.pending()->permission, Permission::PriceOverride);
        QCOMPARE(till.gate.pending()->details.value(QStringLiteral("from")).toInteger(), 19900);
        QVERIFY(till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(till.checkout.overridePrice(1, 15000, QStringLiteral("stain")));
        QCOMPARE(till.checkout.sale().totals().totalDueMinor, 15000);

        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY(till.checkout.overridePrice(1, 14000, QStringLiteral("second stain")));
        QCOMPARE(logOf(till).size(), 1);
    }

    void discountsAboveTheRolesLimit_needAManager_amountsCountAsTheirShare()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111")); // cashier: 10 % alone
        QVERIFY(till.shifts.open(0));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(till.checkout.discountLine(1, Discount{Discount::Kind::Percent, 1000, QStringLiteral("loyal")}));
        QVERIFY(till.checkout.discountLine(1, Discount{Discount::Kind::Amount, 1990, QStringLiteral("loyal")}));
        // 1,991 of 19,900 is just over 10 %: rounded up, so it cannot slip under the limit.
        const Discount justOver{Discount::Kind::Amount, 1991, QStringLiteral("loyal")};
        QVERIFY(!till.checkout.discountLine(1, justOver));
        QCOMPARE(till.gate.pending()->permission, Permission::DiscountOverLimit);
        QVERIFY(!till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222"))); // supervisors may not
        QVERIFY(till.gate.approvePending(QStringLiteral("3001"), QStringLiteral("3333")));
        QVERIFY(till.checkout.discountLine(1, justOver));
        QCOMPARE(till.checkout.sale().totals().totalDueMinor, 19900 - 1991);

        const Discount basket{Discount::Kind::Percent, 2500, QStringLiteral("damaged box")};
        QVERIFY(!till.checkout.discountBasket(basket));
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222")); // supervisor: 30 % alone
        QVERIFY(till.checkout.discountBasket(basket));
        QVERIFY(!till.checkout.discountBasket(Discount{Discount::Kind::Percent, 3100, QStringLiteral("more")}));
    }

    void voidingALineAfterPaymentStarted_needsApproval_andCompletesWhenThePaymentCovers()
    {
        TillFixture till;
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(0));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(till.checkout.voidLine(2)); // before payment: no approval
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 20000));
        QCOMPARE(till.checkout.sale().state(), SaleState::Tendering);

        QVERIFY(!till.checkout.voidLine(3));
        QCOMPARE(till.gate.pending()->permission, Permission::VoidLineAfterTender);
        QVERIFY(till.gate.approvePending(QStringLiteral("2001"), QStringLiteral("2222")));
        QVERIFY(till.checkout.voidLine(3));
        // The 20,000 cash now covers the one shirt left: the sale completes with 100 change.
        QCOMPARE(till.checkout.sale().state(), SaleState::Completed);
        QCOMPARE(till.checkout.sale().totals().changeMinor, 100);
        QCOMPARE(logOf(till).last().action, QStringLiteral("void_line_after_tender"));
    }

    void voidingALineAfterACardPayment_isRefusedWhenTheCardWouldExceedTheTotal()
    {
        TillFixture till;
        till.signIn(QStringLiteral("2001"), QStringLiteral("2222"));
        QVERIFY(till.shifts.open(0));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(till.checkout.tender(TenderMethod::Card, 30000, QStringLiteral("T-1")));
        const auto refused = till.checkout.voidLine(2);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("card")), qPrintable(refused.error()));
        QCOMPARE(till.checkout.sale().totals().totalDueMinor, 39800);
        QVERIFY(!till.checkout.voidLine(1));
        QCOMPARE(till.checkout.sale().state(), SaleState::Tendering);
    }

    void selling_needsASignedInStaffMemberAndAnOpenShift()
    {
        TillFixture till;
        QVERIFY(!till.checkout.scan(QString::fromLatin1(tShirtM)));
        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        const auto noShift = till.checkout.scan(QString::fromLatin1(tShirtM));
        QVERIFY(!noShift);
        QVERIFY2(noShift.error().contains(QStringLiteral("shift")), qPrintable(noShift.error()));
        QVERIFY(till.shifts.open(0));
        QVERIFY(till.checkout.scan(QString::fromLatin1(tShirtM)));
    }
};

QTEST_GUILESS_MAIN(TestApprovalService)
#include "tst_approvalservice.moc"
