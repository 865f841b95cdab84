#include "CheckoutService.h"
#include "StoreFixture.h"

#include <QFile>
#include <QTest>

using namespace omnitill;
using Purpose = CashReceiptRequest::Purpose;

// What the issuer hook received: a request has no empty state, so QSignalSpy's QVariant cannot hold one.
struct IssuerHook
{
    explicit IssuerHook(CheckoutService &checkout)
    {
        QObject::connect(&checkout, &CheckoutService::cashReceiptToIssue,
                         [this](const CashReceiptRequest &request, qint64 sequence, qint64 cashMinor) {
                             received.append({request, sequence, cashMinor});
                         });
    }
    struct Call
    {
        CashReceiptRequest request;
        qint64 sequence = 0;
        qint64 cashMinor = 0;
    };
    QList<Call> received;
};

// A Korean cash receipt (현금영수증) through the real checkout on a real store file: the full number reaches
// the issuer hook in memory at completion and is never written, not even to the open sale on disk.
class TestCheckoutCashReceipt : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirtM = "8809417101124"; // 19,900 won
    static constexpr auto typedPhone = "010 1234 3852";

    // Every byte of the store: the database file and its write-ahead log, where fresh pages are first.
    static QByteArray storeBytes(const StoreFixture &store)
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile file(store.path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }
    static bool holdsFullPhone(const QByteArray &bytes)
    {
        return bytes.contains("01012343852") || bytes.contains("1234-3852") || bytes.contains("1234 3852");
    }

private Q_SLOTS:
    void completedSale_handsTheFullNumberToTheIssuer_andStoresItMaskedOnly()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        IssuerHook toIssue(checkout);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.requestCashReceipt(Purpose::IncomeDeduction, QString::fromLatin1(typedPhone)));
        QCOMPARE(checkout.sale().cashReceipt()->masked, QStringLiteral("010-****-3852"));
        QVERIFY(!holdsFullPhone(storeBytes(store))); // the open sale on disk has the masked number only
        QVERIFY(checkout.tender(TenderMethod::Cash, 50000));
        QCOMPARE(checkout.sale().state(), SaleState::Completed);

        QCOMPARE(toIssue.received.size(), 1);
        const IssuerHook::Call &issued = toIssue.received.first();
        QCOMPARE(issued.request.digits(), QStringLiteral("01012343852"));
        QCOMPARE(issued.request.purpose(), Purpose::IncomeDeduction);
        QCOMPARE(issued.sequence, checkout.lastCompleted()->sequence);
        QCOMPARE(issued.cashMinor, 19900);

        const QJsonObject sent = checkout.lastCompleted()->record.value(QLatin1String("cashReceipt")).toObject();
        QCOMPARE(sent.value(QLatin1String("masked")).toString(), QStringLiteral("010-****-3852"));
        QCOMPARE(sent.value(QLatin1String("amount")).toInteger(), 19900);
        QVERIFY(checkout.journal().verify().intact());
        const QByteArray bytes = storeBytes(store);
        QVERIFY(bytes.contains("010-****-3852")); // the search does see what the store holds
        QVERIFY(!holdsFullPhone(bytes));
    }

    void replacedOrWithdrawn_theIssuerGetsTheLatestOrNothing()
    {
        StoreFixture store;
        CheckoutService checkout(*store.database, *store.catalog, *store.profile);
        IssuerHook toIssue(checkout);
        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.requestCashReceipt(Purpose::IncomeDeduction, QString::fromLatin1(typedPhone)));
        QVERIFY(checkout.requestCashReceipt(Purpose::ExpenseProof, QStringLiteral("124-81-00998")));
        QVERIFY(checkout.tender(TenderMethod::Cash, 20000));
        QCOMPARE(toIssue.received.size(), 1);
        QCOMPARE(toIssue.received.first().request.digits(), QStringLiteral("1248100998"));

        QVERIFY(checkout.scan(QString::fromLatin1(tShirtM)));
        QVERIFY(checkout.requestCashReceipt(Purpose::IncomeDeduction, QString::fromLatin1(typedPhone)));
        QVERIFY(checkout.withdrawCashReceipt());
        QVERIFY(checkout.tender(TenderMethod::Cash, 20000));
        QCOMPARE(toIssue.received.size(), 1);
        QVERIFY(!checkout.lastCompleted()->record.contains(QLatin1String("cashReceipt")));
    }

    void badNumber_orUsStore_isRefusedWithAReason()
    {
        StoreFixture seoul;
        CheckoutService korean(*seoul.database, *seoul.catalog, *seoul.profile);
        QVERIFY(korean.scan(QString::fromLatin1(tShirtM)));
        const auto badChecksum = korean.requestCashReceipt(Purpose::ExpenseProof, QStringLiteral("123-45-67890"));
        QVERIFY(!badChecksum);
        QVERIFY(badChecksum.error().contains(QStringLiteral("business registration number")));
        QVERIFY(!korean.sale().cashReceipt());

        StoreFixture us(DemoStores::Store::UnitedStates);
        CheckoutService american(*us.database, *us.catalog, *us.profile);
        QVERIFY(american.scan(QStringLiteral("850031101128")));
        const auto refused = american.requestCashReceipt(Purpose::IncomeDeduction, QString::fromLatin1(typedPhone));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("Korea")));
    }

    void restartMidSale_keepsTheMaskedRequest_butTheFullNumberIsGone()
    {
        StoreFixture store;
        {
            CheckoutService before(*store.database, *store.catalog, *store.profile);
            QVERIFY(before.scan(QString::fromLatin1(tShirtM)));
            QVERIFY(before.requestCashReceipt(Purpose::IncomeDeduction, QString::fromLatin1(typedPhone)));
        }
        CheckoutService after(*store.database, *store.catalog, *store.profile);
        IssuerHook toIssue(after);
        QCOMPARE(*after.restore(), 1);
        QCOMPARE(after.sale().cashReceipt()->masked, QStringLiteral("010-****-3852"));
        QVERIFY(after.tender(TenderMethod::Cash, 20000));
        QCOMPARE(toIssue.received.size(), 0);
        QVERIFY(after.lastCompleted()->record.contains(QLatin1String("cashReceipt")));
    }
};

QTEST_GUILESS_MAIN(TestCheckoutCashReceipt)
#include "tst_checkoutcashreceipt.moc"
