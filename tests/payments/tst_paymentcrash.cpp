#include "CardPaymentService.h"
#include "CheckoutService.h"
#include "NexoTerminal.h"
#include "services/StoreFixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace omnitill;

// The till is killed with SIGKILL while the terminal holds its card payment; the next start asks the
// terminal what became of it and completes the sale or returns to tendering. The terminal is the real
// omnitill-terminal-sim executable, so it outlives the till as a real one does.
class TestPaymentCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    struct Simulator
    {
        explicit Simulator(const QStringList &arguments)
        {
            process.start(QStringLiteral(TERMINAL_SIM),
                          QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
            const QByteArray line = readLine();
            if (!line.startsWith("listening "))
                qFatal("simulator did not start: %s", line.constData());
            url = QStringLiteral("http://127.0.0.1:%1/nexo").arg(QString::fromLatin1(line.mid(10)));
        }
        ~Simulator()
        {
            process.kill();
            process.waitForFinished();
        }
        QByteArray readLine()
        {
            while (!process.canReadLine())
                if (!process.waitForReadyRead(20000))
                    qFatal("simulator said nothing");
            return process.readLine().trimmed();
        }
        QProcess process;
        QString url;
    };

    // Starts the till, waits until the terminal has the payment, and kills the till.
    static QString payAndKill(const QString &storePath, Simulator &simulator, qint64 amount)
    {
        QProcess till;
        till.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        till.start(QStringLiteral(PAYMENT_CHILD), {storePath, simulator.url, QString::number(amount)});
        const QByteArray received = simulator.readLine();
        if (!received.startsWith("received Payment "))
            qFatal("unexpected: %s", received.constData());
        till.kill(); // SIGKILL: no destructor, no goodbye
        till.waitForFinished(10000);
        return QString::fromLatin1(received.mid(17));
    }

    struct Restarted
    {
        explicit Restarted(const QString &path, const QString &url)
            : store(DemoStores::Store::Seoul, path)
            , checkout(*store.database, *store.catalog, *store.profile)
        {
            if (!checkout.restore())
                qFatal("restore failed");
            NexoTerminalSettings settings;
            settings.endpoint = QUrl(url);
            settings.saleId = QStringLiteral("OMNITILL-T01");
            settings.poiId = QStringLiteral("P400Plus-275000001");
            terminal = NexoTerminal::create(settings).value();
            payments = std::make_unique<CardPaymentService>(*store.database, checkout, *terminal);
            payments->setStatusRetries(3, 100);
        }
        bool recover()
        {
            QSignalSpy finished(payments.get(), &CardPaymentService::finished);
            payments->recover();
            if (!finished.wait(30000))
                qFatal("recovery did not finish");
            return finished.first().at(1).toBool();
        }
        StoreFixture store;
        CheckoutService checkout;
        std::unique_ptr<NexoTerminal> terminal;
        std::unique_ptr<CardPaymentService> payments;
    };

private Q_SLOTS:
    void killedWhileTheTerminalApproves_completesTheSaleOnRestart()
    {
        const QString path = m_directory.filePath(QStringLiteral("approved.sqlite"));
        Simulator simulator({QStringLiteral("--delay"), QStringLiteral("3000")});
        const QString serviceId = payAndKill(path, simulator, 19900);

        Restarted till(path, simulator.url);
        QCOMPARE(PaymentAttempts(*till.store.database).find(serviceId)->state, PaymentAttemptState::Sent);
        const QString saleId = till.checkout.sale().id().toString(QUuid::WithoutBraces);
        QVERIFY(till.recover());
        QCOMPARE(PaymentAttempts(*till.store.database).find(serviceId)->state, PaymentAttemptState::Recorded);
        QVERIFY(till.checkout.journal().entryForSale(saleId));
        QCOMPARE(till.checkout.journal().lastSequence(), 1);
    }

    void killedWhileTheCustomerNeverPays_returnsToTenderingOnRestart()
    {
        const QString path = m_directory.filePath(QStringLiteral("no-response.sqlite"));
        Simulator simulator({QStringLiteral("--outcome"), QStringLiteral("no-response")});
        const QString serviceId = payAndKill(path, simulator, 19900);

        Restarted till(path, simulator.url);
        QVERIFY(!till.recover());
        QCOMPARE(PaymentAttempts(*till.store.database).find(serviceId)->state, PaymentAttemptState::Declined);
        QCOMPARE(till.checkout.sale().lines().size(), 1);
        QVERIFY(till.checkout.sale().tenders().isEmpty());
        QCOMPARE(till.checkout.sale().totals().balanceMinor, 19900);
        QCOMPARE(till.checkout.journal().lastSequence(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentCrash)
#include "tst_paymentcrash.moc"
