#include "CheckoutService.h"
#include "SaleJournal.h"
#include "StoreFixture.h"

#include <QProcess>
#include <QTest>

using namespace omnitill;

// The till is killed with SIGKILL (no destructor, no flush, no goodbye) in the middle of a sale; the
// next start must show the same sale, to the line.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString storePath(const char *name) const { return m_directory.filePath(QString::fromLatin1(name)); }

    // Runs the child until it prints `until`, then kills it. Returns what it printed.
    static QByteArray runAndKill(const QStringList &arguments, const QByteArray &until)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(CHECKOUT_CHILD), arguments);
        if (!child.waitForStarted(10000))
            qFatal("checkout_child did not start");
        QByteArray output;
        while (!output.contains(until)) {
            if (!child.waitForReadyRead(20000))
                qFatal("checkout_child stopped early: %s", output.constData());
            output += child.readAllStandardOutput();
        }
        child.kill(); // SIGKILL
        child.waitForFinished(10000);
        return output + child.readAllStandardOutput();
    }

    struct Restarted
    {
        std::unique_ptr<StoreFixture> store;
        std::unique_ptr<CheckoutService> checkout; // declared last: destroyed before the store
    };
    static std::unique_ptr<Restarted> restart(const QString &path)
    {
        auto restarted = std::make_unique<Restarted>();
        restarted->store = std::make_unique<StoreFixture>(DemoStores::Store::Seoul, path);
        restarted->checkout = std::make_unique<CheckoutService>(*restarted->store->database, *restarted->store->catalog,
                                                                *restarted->store->profile);
        if (!restarted->checkout->restore())
            qFatal("restore failed");
        return restarted;
    }

private Q_SLOTS:
    void killedMidSale_restoresEveryLine()
    {
        const QString path = storePath("mid-sale.sqlite");
        runAndKill({path, QStringLiteral("scan:8809417101124"), QStringLiteral("scan:2500001004529"),
                    QStringLiteral("scan:8801105001013")},
                   "ready");
        const auto till = restart(path);
        const Sale &sale = till->checkout->sale();
        QCOMPARE(sale.state(), SaleState::Open);
        QCOMPARE(sale.lines().size(), 3);
        QCOMPARE(sale.lines()[0].product.sku, QStringLiteral("KR-TOP-0002"));
        QCOMPARE(sale.lines()[1].quantity, Quantity::grams(452));
        QCOMPARE(sale.totals().totalDueMinor, 19900 + 2215 + sale.lines()[2].unitPriceMinor);
    }

    void killedAfterAPartPayment_keepsThePayment()
    {
        const QString path = storePath("part-paid.sqlite");
        runAndKill({path, QStringLiteral("scan:8809417101124"), QStringLiteral("card:5000")}, "ready");
        const auto till = restart(path);
        QCOMPARE(till->checkout->sale().state(), SaleState::Tendering);
        QCOMPARE(till->checkout->sale().totals().balanceMinor, 14900);
        QVERIFY(till->checkout->tender(TenderMethod::Cash, 14900));
        QCOMPARE(till->checkout->journal().lastSequence(), 1);
    }

    void killedAfterCompletion_keepsTheReceiptAndNoOpenSale()
    {
        const QString path = storePath("completed.sqlite");
        runAndKill({path, QStringLiteral("scan:8809417101124"), QStringLiteral("cash:20000")}, "ready");
        const auto till = restart(path);
        QCOMPARE(till->checkout->sale().state(), SaleState::New);
        QCOMPARE(till->checkout->journal().lastSequence(), 1);
        QVERIFY(till->checkout->journal().verify().intact());
    }

    void killedWhileScanning_losesNothingThatWasAcknowledged()
    {
        const QString path = storePath("scanning.sqlite");
        const QByteArray output =
            runAndKill({path, QStringLiteral("--forever"), QStringLiteral("8809417101124")}, "ok 40\n");
        // The last step the child reported as done; it may have finished one more before the signal.
        // The last complete line: the kill may have cut the one after it short.
        const QByteArray complete = output.left(output.lastIndexOf('\n'));
        const qint64 acknowledged = complete.mid(complete.lastIndexOf('\n') + 1).mid(3).toLongLong();
        QVERIFY(acknowledged >= 40);
        const auto till = restart(path);
        const qint64 restored = till->checkout->sale().events().size();
        QVERIFY2(restored >= acknowledged && restored <= acknowledged + 1,
                 qPrintable(QStringLiteral("acknowledged %1, restored %2").arg(acknowledged).arg(restored)));
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
