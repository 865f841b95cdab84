#include "CashReceiptRequest.h"
#include "TestProfiles.h"

#include <QTest>

using namespace omnitill;
using Purpose = CashReceiptRequest::Purpose;
using Identifier = CashReceiptRequest::Identifier;

class TestCashReceiptRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incomeDeduction_readsPhonesAndCards_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Identifier>("identifier");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("masked");
        QTest::newRow("010 with dashes") << "010-1234-3852" << Identifier::MobilePhone << "01012343852"
                                         << "010-****-3852";
        QTest::newRow("010 bare") << "01012343852" << Identifier::MobilePhone << "01012343852"
                                  << "010-****-3852";
        QTest::newRow("spaces, dots, padding") << " 010 1234.3852 " << Identifier::MobilePhone << "01012343852"
                                               << "010-****-3852";
        QTest::newRow("+82 international") << "+82 10-1234-3852" << Identifier::MobilePhone << "01012343852"
                                           << "010-****-3852";
        QTest::newRow("legacy 016, 10 digits") << "016-123-3852" << Identifier::MobilePhone << "0161233852"
                                               << "016-***-3852";
        QTest::newRow("legacy 019, 11 digits") << "019-1234-3852" << Identifier::MobilePhone << "01912343852"
                                               << "019-****-3852";
        QTest::newRow("card, 16 digits") << "1234-5678-9012-3456" << Identifier::ReceiptCard << "1234567890123456"
                                         << "****-****-****-3456";
        QTest::newRow("card, 13 digits") << "1234567890123" << Identifier::ReceiptCard << "1234567890123"
                                         << "*-****-****-0123";
        QTest::newRow("card, 19 digits") << "1234 5678 9012 3456 789" << Identifier::ReceiptCard
                                         << "1234567890123456789"
                                         << "***-****-****-****-6789";
    }
    void incomeDeduction_readsPhonesAndCards()
    {
        QFETCH(QString, typed);
        QFETCH(Identifier, identifier);
        QFETCH(QString, digits);
        QFETCH(QString, masked);
        const auto request = CashReceiptRequest::parse(Purpose::IncomeDeduction, typed);
        QVERIFY2(request, qPrintable(request ? QString() : request.error()));
        QCOMPARE(request->purpose(), Purpose::IncomeDeduction);
        QCOMPARE(request->identifier(), identifier);
        QCOMPARE(request->digits(), digits);
        QCOMPARE(request->masked(), masked);
        QVERIFY(CashReceiptRequest::isMasked(request->masked()));
        QVERIFY(!request->masked().contains(digits));
    }

    void incomeDeduction_refusesWhatIsNeitherWithAReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("empty") << "  - "
                               << "Type the number";
        QTest::newRow("letters") << "010-12ab-3852"
                                 << "digits only";
        QTest::newRow("full-width digits") << QStringLiteral("０１０１２３４３８５２") << "digits only";
        QTest::newRow("010 too short") << "010-123-3852"
                                       << "11 digits";
        QTest::newRow("016 too short") << "016-12-3852"
                                       << "11 digits";
        QTest::newRow("landline") << "02-123-4567"
                                  << "mobile number";
        QTest::newRow("12 digits, no card") << "123456789012"
                                            << "13 to 19";
        QTest::newRow("20 digits, no card") << "12345678901234567890"
                                            << "13 to 19";
    }
    void incomeDeduction_refusesWhatIsNeitherWithAReason()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reasonMentions);
        const auto request = CashReceiptRequest::parse(Purpose::IncomeDeduction, typed);
        QVERIFY(!request);
        QVERIFY2(request.error().contains(reasonMentions), qPrintable(request.error()));
    }

    void expenseProof_takesABusinessNumberWithItsCheckDigit_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("124-81-00998") << "124-81-00998" << true; // the ninth digit's carry decides it
        QTest::newRow("220-81-62517") << "220 81 62517" << true;
        QTest::newRow("120-81-47521") << "1208147521" << true;
        QTest::newRow("123-45-67891") << "123-45-67891" << true;
        // The demo store's header number fails its check digit: a placeholder, not a number.
        QTest::newRow("123-45-67890") << "123-45-67890" << false;
        QTest::newRow("carry left out") << "124-81-00992" << false;
        QTest::newRow("one digit off") << "124-81-00999" << false;
        QTest::newRow("digits swapped") << "214-81-00998" << false;
    }
    void expenseProof_takesABusinessNumberWithItsCheckDigit()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        const auto request = CashReceiptRequest::parse(Purpose::ExpenseProof, typed);
        QCOMPARE(request.ok(), valid);
        if (!valid) {
            QVERIFY2(request.error().contains(QStringLiteral("not a valid business registration number")),
                     qPrintable(request.error()));
            return;
        }
        QCOMPARE(request->identifier(), Identifier::BusinessNumber);
        QCOMPARE(request->purpose(), Purpose::ExpenseProof);
    }

    void expenseProof_refusesPhonesAndWrongLengths()
    {
        QVERIFY(!CashReceiptRequest::parse(Purpose::ExpenseProof, QStringLiteral("010-1234-3852")));
        const auto short9 = CashReceiptRequest::parse(Purpose::ExpenseProof, QStringLiteral("124-81-0099"));
        QVERIFY(!short9);
        QVERIFY(short9.error().contains(QStringLiteral("10 digits")));
        QVERIFY(!CashReceiptRequest::isValidBusinessNumber(u"12481009980"));
        QVERIFY(!CashReceiptRequest::isValidBusinessNumber(u"12481OO998"));
    }

    void businessNumber_isMaskedToWhatTheCustomerRecognises()
    {
        const auto request = CashReceiptRequest::parse(Purpose::ExpenseProof, QStringLiteral("124-81-00998"));
        QVERIFY(request);
        QCOMPARE(request->digits(), QStringLiteral("1248100998"));
        QCOMPARE(request->masked(), QStringLiteral("124-**-*0998"));
        QVERIFY(CashReceiptRequest::isMasked(request->masked()));
    }

    void isMasked_refusesAFullNumber()
    {
        QVERIFY(!CashReceiptRequest::isMasked(QStringLiteral("010-1234-3852")));
        QVERIFY(!CashReceiptRequest::isMasked(QStringLiteral("01012343852")));
        QVERIFY(!CashReceiptRequest::isMasked(QStringLiteral("010-****-38x2")));
        QVERIFY(!CashReceiptRequest::isMasked(QString()));
        QVERIFY(CashReceiptRequest::isMasked(QStringLiteral("010-****-3852")));
    }

    void codes_roundTrip()
    {
        for (Purpose purpose : {Purpose::IncomeDeduction, Purpose::ExpenseProof})
            QCOMPARE(CashReceiptRequest::purposeFromCode(CashReceiptRequest::purposeCode(purpose)), purpose);
        for (Identifier identifier : {Identifier::MobilePhone, Identifier::ReceiptCard, Identifier::BusinessNumber})
            QCOMPARE(CashReceiptRequest::identifierFromCode(CashReceiptRequest::identifierCode(identifier)),
                     identifier);
        QVERIFY(!CashReceiptRequest::purposeFromCode(QStringLiteral("refund")));
        QVERIFY(!CashReceiptRequest::identifierFromCode(QStringLiteral("email")));
    }

    void offered_onlyInKoreanStores()
    {
        QVERIFY(CashReceiptRequest::isOffered(testprofiles::korean()));
        QVERIFY(!CashReceiptRequest::isOffered(testprofiles::american()));
    }
};

QTEST_GUILESS_MAIN(TestCashReceiptRequest)
#include "tst_cashreceiptrequest.moc"
