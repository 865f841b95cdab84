#include "TerminalFixture.h"

using namespace omnitill;

// The till's side of the Terminal API over HTTPS with message security, against the simulator: every
// scripted outcome, a lost answer found again by TransactionStatus, abort, refunds, and refusals of a
// terminal the till does not trust.
class TestNexoTerminal : public QObject
{
    Q_OBJECT

private:
    const Currency m_euro = Currency::fromCode(QStringLiteral("EUR")).value();

    PaymentResult purchase(const TerminalFixture &fixture, const QString &serviceId, qint64 amountMinor) const
    {
        const auto terminal = fixture.makeTerminal();
        return TerminalFixture::await([&](PaymentTerminal::Completion done) {
            terminal->purchase(serviceId, amountMinor, m_euro, std::move(done));
        });
    }
    PaymentResult status(const TerminalFixture &fixture, const QString &serviceId, const QString &queried) const
    {
        const auto terminal = fixture.makeTerminal();
        return TerminalFixture::await([&](PaymentTerminal::Completion done) {
            terminal->transactionStatus(serviceId, queried, m_euro, std::move(done));
        });
    }

private Q_SLOTS:
    void purchase_reportsEachScriptedOutcome_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<PaymentOutcome>("outcome");
        QTest::addColumn<qint64>("approved");
        QTest::newRow("approved") << qint64(1099) << PaymentOutcome::Approved << qint64(1099);
        QTest::newRow("declined") << qint64(1051) << PaymentOutcome::Declined << qint64(0);
        QTest::newRow("insufficient funds") << qint64(1052) << PaymentOutcome::InsufficientFunds << qint64(0);
        QTest::newRow("card removed") << qint64(1053) << PaymentOutcome::CardRemoved << qint64(0);
        QTest::newRow("cancelled on terminal") << qint64(1055) << PaymentOutcome::Cancelled << qint64(0);
        QTest::newRow("partial approval") << qint64(1056) << PaymentOutcome::PartiallyApproved << qint64(528);
    }
    void purchase_reportsEachScriptedOutcome()
    {
        QFETCH(qint64, amount);
        QFETCH(PaymentOutcome, outcome);
        QFETCH(qint64, approved);
        TerminalFixture fixture;
        const PaymentResult result = purchase(fixture, QStringLiteral("S1"), amount);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.approvedMinor, approved);
        QCOMPARE(result.serviceId, QStringLiteral("S1"));
        QCOMPARE(result.charged(), approved > 0);
        QCOMPARE(fixture.simulator->chargedCount(), approved > 0 ? 1 : 0);
        if (result.charged()) {
            QVERIFY(!result.pspReference.isEmpty());
            QCOMPARE(result.maskedPan, QStringLiteral("541333 **** 9999"));
            QCOMPARE(result.customerSlip.value(0), QStringLiteral("CARDHOLDER COPY"));
            QCOMPARE(result.merchantSlip.value(0), QStringLiteral("MERCHANT COPY"));
        }
    }

    void droppedAfterApproval_isConnectionLost_andStatusFindsTheCharge()
    {
        TerminalFixture fixture;
        const PaymentResult lost = purchase(fixture, QStringLiteral("S2"), 2057);
        // Cut off before any answer: either that, or Qt resent the POST and the terminal refused the
        // repeated ServiceID. Both leave the outcome unknown, never a decline.
        QVERIFY2(lost.outcome == PaymentOutcome::ConnectionLost || lost.outcome == PaymentOutcome::Rejected,
                 qPrintable(paymentOutcomeCode(lost.outcome)));
        QVERIFY(lost.unknown());
        QVERIFY(!lost.charged());
        const PaymentResult found = status(fixture, QStringLiteral("S3"), QStringLiteral("S2"));
        QCOMPARE(found.outcome, PaymentOutcome::Approved);
        QCOMPARE(found.approvedMinor, 2057);
        QCOMPARE(found.serviceId, QStringLiteral("S2"));
        QVERIFY(!found.pspReference.isEmpty());
    }

    void noAnswer_timesOut_staysInProgress_untilAborted()
    {
        TerminalFixture fixture(500);
        const PaymentResult timedOut = purchase(fixture, QStringLiteral("S4"), 3054);
        QCOMPARE(timedOut.outcome, PaymentOutcome::Timeout);
        QCOMPARE(status(fixture, QStringLiteral("S5"), QStringLiteral("S4")).outcome, PaymentOutcome::InProgress);
        const auto terminal = fixture.makeTerminal();
        QSignalSpy received(fixture.simulator.get(), &TerminalSimulator::requestReceived);
        terminal->abort(QStringLiteral("S6"), QStringLiteral("S4"));
        QVERIFY(received.wait());
        QCOMPARE(received.first().at(0).toString(), QStringLiteral("Abort"));
        QCOMPARE(status(fixture, QStringLiteral("S7"), QStringLiteral("S4")).outcome, PaymentOutcome::Cancelled);
        QCOMPARE(fixture.simulator->chargedCount(), 0);
    }

    void status_ofAPaymentNeverReceived_isNotFound()
    {
        TerminalFixture fixture;
        QCOMPARE(status(fixture, QStringLiteral("S8"), QStringLiteral("NEVER")).outcome, PaymentOutcome::NotFound);
    }

    void refund_referencesTheOriginal_andNeverAboveWhatWasCharged()
    {
        TerminalFixture fixture;
        const PaymentResult paid = purchase(fixture, QStringLiteral("S9"), 5000);
        QVERIFY(paid.charged());
        const auto terminal = fixture.makeTerminal();
        const OriginalPayment original{paid.pspReference, paid.transactionTime};
        const PaymentResult refunded = TerminalFixture::await([&](PaymentTerminal::Completion done) {
            terminal->refund(QStringLiteral("S10"), original, 3000, m_euro, std::move(done));
        });
        QCOMPARE(refunded.outcome, PaymentOutcome::Approved);
        QCOMPARE(refunded.approvedMinor, 3000);
        const PaymentResult tooMuch = TerminalFixture::await([&](PaymentTerminal::Completion done) {
            terminal->refund(QStringLiteral("S11"), original, 2001, m_euro, std::move(done));
        });
        QCOMPARE(tooMuch.outcome, PaymentOutcome::Declined);
        const PaymentResult reversed = TerminalFixture::await([&](PaymentTerminal::Completion done) {
            terminal->reverse(QStringLiteral("S12"), original, m_euro, std::move(done));
        });
        QCOMPARE(reversed.outcome, PaymentOutcome::Approved);
        QCOMPARE(reversed.approvedMinor, 2000);
        QCOMPARE(fixture.simulator->chargedCount(), 0);
    }

    void untrustedCertificate_isRefusedBeforeAnythingIsSent()
    {
        TerminalFixture fixture;
        TerminalFixture impostor; // another self-signed certificate
        fixture.terminalSettings.trustedCertificates = {impostor.certificate};
        QSignalSpy received(fixture.simulator.get(), &TerminalSimulator::requestReceived);
        const PaymentResult result = purchase(fixture, QStringLiteral("S13"), 1000);
        QCOMPARE(result.outcome, PaymentOutcome::ConnectionLost);
        QCOMPARE(received.count(), 0);
    }

    void wrongSharedKey_isDroppedByTheTerminal()
    {
        TerminalFixture fixture;
        fixture.terminalSettings.key->passphrase += "-wrong";
        QSignalSpy received(fixture.simulator.get(), &TerminalSimulator::requestReceived);
        QCOMPARE(purchase(fixture, QStringLiteral("S14"), 1000).outcome, PaymentOutcome::ConnectionLost);
        QCOMPARE(received.count(), 0);
        QCOMPARE(fixture.simulator->chargedCount(), 0);
    }

    void networkTerminalWithoutKey_isRefused()
    {
        NexoTerminalSettings settings;
        settings.endpoint = QUrl(QStringLiteral("https://192.168.1.20:8443/nexo"));
        settings.saleId = QStringLiteral("T01");
        settings.poiId = QStringLiteral("P1");
        QVERIFY(!NexoTerminal::create(settings).ok());
    }

    void simulatorExecutable_answersWithItsScriptedOutcome()
    {
        QProcess simulator;
        simulator.start(QStringLiteral(TERMINAL_SIM), {QStringLiteral("--port"), QStringLiteral("0"),
                                                       QStringLiteral("--outcome"), QStringLiteral("decline")});
        QVERIFY(simulator.waitForReadyRead(10000));
        const QByteArray line = simulator.readLine().trimmed();
        QVERIFY2(line.startsWith("listening "), line.constData());
        NexoTerminalSettings settings;
        settings.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/nexo").arg(QString::fromLatin1(line.mid(10))));
        settings.saleId = QStringLiteral("T01");
        settings.poiId = QStringLiteral("P1");
        const auto terminal = NexoTerminal::create(settings).value();
        const PaymentResult result = TerminalFixture::await([&](PaymentTerminal::Completion done) {
            terminal->purchase(QStringLiteral("S15"), 1000, m_euro, std::move(done)); // 00 would approve
        });
        QCOMPARE(result.outcome, PaymentOutcome::Declined);
        simulator.kill();
        simulator.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestNexoTerminal)
#include "tst_nexoterminal.moc"
