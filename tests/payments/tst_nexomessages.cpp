#include "NexoMessages.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace omnitill;

// The plain Sale-to-POI messages against fixtures in the shape the Adyen Terminal API documentation shows.
class TestNexoMessages : public QObject
{
    Q_OBJECT

private:
    const Currency m_euro = Currency::fromCode(QStringLiteral("EUR")).value();
    const NexoHeader m_payment{QStringLiteral("Payment"), QStringLiteral("Request"), QStringLiteral("POSSystemID12346"),
                               QStringLiteral("692"), QStringLiteral("e280-346403161")};

    static QByteArray fixture(const char *name)
    {
        QFile file(QStringLiteral(FIXTURES_DIR "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no fixture %s", name);
        return file.readAll();
    }
    static QJsonObject json(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }

private Q_SLOTS:
    void paymentRequest_isTheDocumentedMessage()
    {
        const QByteArray built = NexoMessages::paymentRequest(m_payment, 1099, m_euro,
                                                              QDateTime(QDate(2020, 4, 8), QTime(12, 8, 52), Qt::UTC));
        QCOMPARE(json(built), json(fixture("payment-request.json")));
    }

    void transactionStatusRequest_referencesThePaymentByServiceId()
    {
        NexoHeader status = m_payment;
        status.category = QStringLiteral("TransactionStatus");
        status.serviceId = QStringLiteral("695");
        const QJsonObject request = json(NexoMessages::transactionStatusRequest(status, QStringLiteral("692")))
                                        .value("SaleToPOIRequest")
                                        .toObject();
        QCOMPARE(request.value("MessageHeader").toObject().value("MessageCategory").toString(),
                 QStringLiteral("TransactionStatus"));
        const QJsonObject reference =
            request.value("TransactionStatusRequest").toObject().value("MessageReference").toObject();
        QCOMPARE(reference.value("ServiceID").toString(), QStringLiteral("692"));
        QCOMPARE(reference.value("SaleID").toString(), QStringLiteral("POSSystemID12346"));
        QCOMPARE(reference.value("MessageCategory").toString(), QStringLiteral("Payment"));
    }

    void reversalRequest_refundsPartOfTheOriginal()
    {
        NexoHeader reversal = m_payment;
        reversal.category = QStringLiteral("Reversal");
        const OriginalPayment original{QStringLiteral("oLkO001586347735012.NC6HT9CRT65ZGN82"),
                                       QDateTime(QDate(2020, 4, 8), QTime(12, 8, 55), Qt::UTC)};
        const QJsonObject body = json(NexoMessages::reversalRequest(reversal, original, 500, m_euro))
                                     .value("SaleToPOIRequest")
                                     .toObject()
                                     .value("ReversalRequest")
                                     .toObject();
        QCOMPARE(body.value("OriginalPOITransaction")
                     .toObject()
                     .value("POITransactionID")
                     .toObject()
                     .value("TransactionID")
                     .toString(),
                 original.pspReference);
        QCOMPARE(body.value("ReversedAmount").toDouble(), 5.0);
        const QJsonObject whole = json(NexoMessages::reversalRequest(reversal, original, std::nullopt, m_euro))
                                      .value("SaleToPOIRequest")
                                      .toObject()
                                      .value("ReversalRequest")
                                      .toObject();
        QVERIFY(!whole.contains("ReversedAmount"));
    }

    void readResponse_approvedPaymentGivesReferenceMaskedPanAndSlips()
    {
        const auto result = NexoMessages::readResponse(fixture("payment-response-approved.json"), m_payment, m_euro);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error()));
        QCOMPARE(result->outcome, PaymentOutcome::Approved);
        QCOMPARE(result->approvedMinor, 1099);
        QCOMPARE(result->pspReference, QStringLiteral("oLkO001586347735012.NC6HT9CRT65ZGN82"));
        QCOMPARE(result->transactionTime, QDateTime(QDate(2020, 4, 8), QTime(12, 8, 55), Qt::UTC));
        QCOMPARE(result->maskedPan, QStringLiteral("541333 **** 9999"));
        QCOMPARE(result->merchantSlip, (QStringList{QStringLiteral("MERCHANT COPY"), QStringLiteral("APPROVED")}));
        QCOMPARE(result->customerSlip.value(1), QStringLiteral("MC 541333 **** 9999"));
    }

    void readResponse_refusalForBalanceIsInsufficientFunds()
    {
        NexoHeader request = m_payment;
        request.serviceId = QStringLiteral("693");
        const auto result = NexoMessages::readResponse(fixture("payment-response-refused.json"), request, m_euro);
        QVERIFY(result.ok());
        QCOMPARE(result->outcome, PaymentOutcome::InsufficientFunds);
        QCOMPARE(result->approvedMinor, 0);
        QCOMPARE(result->reason, QStringLiteral("Not enough balance"));
    }

    void readResponse_statusOfAnUnfinishedPaymentIsInProgress()
    {
        NexoHeader request = m_payment;
        request.category = QStringLiteral("TransactionStatus");
        request.serviceId = QStringLiteral("694");
        const auto result = NexoMessages::readResponse(fixture("transaction-status-in-progress.json"), request, m_euro);
        QVERIFY(result.ok());
        QCOMPARE(result->outcome, PaymentOutcome::InProgress);
        QVERIFY(result->unknown());
    }

    void readResponse_statusRepeatsThePaymentResponse()
    {
        NexoHeader request = m_payment;
        request.category = QStringLiteral("TransactionStatus");
        request.serviceId = QStringLiteral("695");
        const auto result = NexoMessages::readResponse(fixture("transaction-status-approved.json"), request, m_euro);
        QVERIFY(result.ok());
        QCOMPARE(result->outcome, PaymentOutcome::PartiallyApproved);
        QCOMPARE(result->approvedMinor, 500);
        QCOMPARE(result->serviceId, QStringLiteral("692")); // the payment's, not the query's
    }

    void readResponse_refusesTheAnswerToAnotherRequest()
    {
        NexoHeader other = m_payment;
        other.serviceId = QStringLiteral("700");
        QVERIFY(!NexoMessages::readResponse(fixture("payment-response-approved.json"), other, m_euro).ok());
        NexoHeader status = m_payment;
        status.category = QStringLiteral("TransactionStatus");
        QVERIFY(!NexoMessages::readResponse(fixture("payment-response-approved.json"), status, m_euro).ok());
    }

    void wireAmounts_roundTripInEveryExponent()
    {
        const Currency won = Currency::fromCode(QStringLiteral("KRW")).value();
        QCOMPARE(NexoMessages::toWireAmount(19900, won), 19900.0);
        for (const qint64 minor : {qint64(1), qint64(1099), qint64(29), qint64(999'999'999'999)}) {
            QCOMPARE(NexoMessages::fromWireAmount(NexoMessages::toWireAmount(minor, m_euro), m_euro), minor);
            QCOMPARE(NexoMessages::fromWireAmount(NexoMessages::toWireAmount(minor, won), won), minor);
        }
        // 0.29 * 100 is 28.999999999999996 in binary floating point: rounding, not truncation.
        QCOMPARE(NexoMessages::fromWireAmount(0.29, m_euro), 29);
    }
};

QTEST_GUILESS_MAIN(TestNexoMessages)
#include "tst_nexomessages.moc"
