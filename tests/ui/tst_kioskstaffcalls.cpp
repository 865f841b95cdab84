#include "../payments/TerminalFixture.h"
#include "../services/StoreFixture.h"
#include "../sync/FaultProxy.h"
#include "CentralAccount.h"
#include "TillAssembly.h"
#include "central/CentralHarness.h"

#include <QGuiApplication>
#include <QProcess>
#include <QQuickStyle>
#include <QTest>

using namespace omnitill;

// A self-service kiosk's calls for staff, raised at the kiosk and resolved at a second till that runs as a
// process of its own (cashier_till_child: a whole TillAssembly over its own store file, enrolled as "Till 1"),
// both talking to one central store over real HTTP; the kiosk reaches it through a proxy that a test cuts off.
// Each intervention (help, age check, unknown barcode, coupon, failed card payment) goes to the second till's
// notice and is resolved there, which clears the kiosk and says who did it; a second resolver is refused and
// told who came first; with the central store away the kiosk goes on with the local PIN, and what it raised and
// resolved meanwhile reaches the central store when it answers again.
class TestKioskStaffCalls : public QObject
{
    Q_OBJECT

private:
    static constexpr auto tShirt = "8809417101124";
    static constexpr auto beer = "8801105001143"; // the demo's age-restricted item
    static constexpr auto unknown = "8809999123453";

    std::unique_ptr<TerminalFixture> m_terminal;
    std::unique_ptr<CentralHarness> m_central;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_kioskCredential;
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<TillAssembly> m_assembly;
    KioskViewModel *m_kiosk = nullptr;
    QTemporaryDir m_secondTillFolder;
    QProcess m_secondTill;
    QStringList m_said; // the second till's lines, in order

    void scan(const char *code) { m_kiosk->takeScan(ScanPayload{QString::fromLatin1(code), {}}); }

    // The next line the second till says that starts with prefix (earlier ones are skipped); empty on time-out.
    QString nextSaid(const QString &prefix, int timeoutMs = 15000)
    {
        QString found;
        const bool came = QTest::qWaitFor(
            [&] {
                while (m_secondTill.canReadLine())
                    m_said.append(QString::fromUtf8(m_secondTill.readLine()).trimmed());
                while (!m_said.isEmpty()) {
                    const QString line = m_said.takeFirst();
                    if (line.startsWith(prefix)) {
                        found = line;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return came ? found : QString();
    }

    // The second till shows the kiosk's call in its notice; returns the call's id.
    QString secondTillSees(const QString &what)
    {
        const QString notice = nextSaid(QStringLiteral("notice ") + m_assembly->kioskStaffCall.openRequest());
        if (notice.isEmpty() || m_assembly->kioskStaffCall.openRequest().isEmpty())
            return {};
        if (!notice.contains(QLatin1String("Kiosk 2 needs help")) || !notice.contains(what)) {
            qWarning() << "the notice says" << notice;
            return {};
        }
        return notice.section(u' ', 1, 1);
    }

    QString secondTillResolves(const QString &request, const char *staff, const char *pin)
    {
        m_secondTill.write(
            QStringLiteral("resolve %1 %2 %3\n").arg(request, QLatin1String(staff), QLatin1String(pin)).toUtf8());
        QString outcome;
        QTest::qWaitFor(
            [&] {
                outcome = nextSaid(QStringLiteral("re"), 100);
                return outcome.startsWith(QLatin1String("resolved")) || outcome.startsWith(QLatin1String("refused"));
            },
            15000);
        return outcome;
    }

    QJsonObject centralState(const QString &request)
    {
        ApiClient client(m_central->base());
        client.setCredential(m_kioskCredential);
        return client.get(QStringLiteral("/v1/staff-requests/") + request).json;
    }

    // The call raised at the kiosk reaches the second till, which resolves it: the kiosk is free again and
    // says who resolved it.
    void resolvedFromTheSecondTill(KioskViewModel::Intervention intervention, const QString &noticeSays)
    {
        QTRY_VERIFY(m_kiosk->waitingForStaff());
        QCOMPARE(m_kiosk->intervention(), intervention);
        const QString request = secondTillSees(noticeSays);
        QVERIFY2(!request.isEmpty(), qPrintable(noticeSays));
        const QString outcome = secondTillResolves(request, "1001", "1111");
        QVERIFY2(outcome.startsWith(QLatin1String("resolved")), qPrintable(outcome));
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->waitingForStaff(), 10000);
        QVERIFY2(m_kiosk->message().contains(QLatin1String("1001")) &&
                     m_kiosk->message().contains(QLatin1String("Till 1")),
                 qPrintable(m_kiosk->message()));
        QCOMPARE(centralState(request).value(QLatin1String("resolvedBy")).toString(), QStringLiteral("1001"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        qputenv("OMNITILL_PLUGIN_PATH", PLUGIN_DIR);
        m_terminal = std::make_unique<TerminalFixture>();
        m_central = std::make_unique<CentralHarness>();
        m_proxy = std::make_unique<FaultProxy>(m_central->port);
        m_kioskCredential = m_central->enroll(QStringLiteral("KR-SEOUL-01"), QStringLiteral("Kiosk 2"));

        m_store = std::make_unique<StoreFixture>();
        StoreSettings settings(*m_store->database);
        const QList<std::pair<QString, QString>> values{
            {CentralAccount::urlKey, m_proxy->url().toString()},
            {CentralAccount::credentialKey, m_kioskCredential},
            {QStringLiteral("printer.address"),
             QStringLiteral("virtual:") + m_store->directory.filePath(QStringLiteral("printed"))},
            {QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://127.0.0.1:%1").arg(m_terminal->port)},
            {QStringLiteral("payment.poiId"), m_terminal->terminalSettings.poiId},
            {QStringLiteral("payment.keyId"), m_terminal->key.keyIdentifier},
            {QStringLiteral("payment.keyVersion"), QString::number(m_terminal->key.keyVersion)},
            {QStringLiteral("payment.certificate"), m_terminal->directory.filePath(QStringLiteral("terminal.pem"))}};
        for (const auto &[key, value] : values)
            QVERIFY(settings.setValue(key, value));
        qputenv("OMNITILL_TERMINAL_PASSPHRASE", m_terminal->key.passphrase);
        m_assembly = std::make_unique<TillAssembly>(*m_store->database, *m_store->catalog, settings, *m_store->profile);
        m_assembly->central.setTimeout(1000);
        m_assembly->setLanguage(QStringLiteral("en"));
        m_assembly->enterKioskMode();
        m_assembly->kioskStaffCall.setFollowInterval(200);
        m_kiosk = &m_assembly->kiosk;
        QVERIFY(m_kiosk->open(QStringLiteral("2001"), QStringLiteral("2222")));
        m_kiosk->start();

        m_secondTill.setProcessChannelMode(QProcess::SeparateChannels);
        m_secondTill.setStandardErrorFile(QProcess::nullDevice());
        m_secondTill.start(QStringLiteral(CASHIER_TILL_CHILD),
                           {m_secondTillFolder.filePath(QStringLiteral("till1.sqlite")), m_central->base().toString(),
                            m_central->enroll(QStringLiteral("KR-SEOUL-01"), QStringLiteral("Till 1"))});
        QVERIFY(m_secondTill.waitForStarted(10000));
    }

    void cleanupTestCase()
    {
        m_secondTill.closeWriteChannel();
        if (!m_secondTill.waitForFinished(5000))
            m_secondTill.kill();
        m_assembly.reset();
        m_store.reset();
        m_proxy.reset();
        m_central.reset();
        m_terminal.reset();
    }

    void theHelpButton_isAnsweredFromTheSecondTill()
    {
        m_kiosk->callHelp();
        resolvedFromTheSecondTill(KioskViewModel::Intervention::Help, QStringLiteral("help requested"));
    }

    void anAgeCheck_resolvedAtTheSecondTill_countsForThoseLines()
    {
        scan(tShirt);
        scan(beer);
        resolvedFromTheSecondTill(KioskViewModel::Intervention::AgeCheck, QStringLiteral("Non-Alcoholic Beer"));
        // The beer was checked: more items sell without asking again.
        scan(tShirt);
        QCOMPARE(m_assembly->till.itemCount(), 3);
        QVERIFY(!m_kiosk->waitingForStaff());
    }

    void anItemThatWillNotScan_isAnsweredFromTheSecondTill()
    {
        for (int i = 0; i < 3; ++i)
            scan(unknown);
        resolvedFromTheSecondTill(KioskViewModel::Intervention::UnknownBarcode, QString::fromLatin1(unknown));
    }

    void aCouponTheKioskCannotDecide_isAnsweredFromTheSecondTill()
    {
        scan("OMCP1:eyJ4IjoxfQ.c2ln");
        resolvedFromTheSecondTill(KioskViewModel::Intervention::Coupon, QStringLiteral("coupon needs approval"));
    }

    void aDeclinedCard_isAnsweredFromTheSecondTill()
    {
        m_kiosk->pay();
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Paying);
        m_terminal->simulator->setScriptedOutcome(SimulatedOutcome::Decline);
        QVERIFY(m_assembly->cardScreen.pay(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->waitingForStaff(), 20000);
        resolvedFromTheSecondTill(KioskViewModel::Intervention::PaymentFailed, QStringLiteral("payment failed"));
        QCOMPARE(m_kiosk->stage(), KioskViewModel::Stage::Paying);
        m_kiosk->back();
    }

    void aSecondResolver_isToldWhoCameFirst()
    {
        m_kiosk->callHelp();
        const QString request = secondTillSees(QStringLiteral("help requested"));
        QVERIFY(!request.isEmpty());
        QVERIFY(secondTillResolves(request, "1001", "1111").startsWith(QLatin1String("resolved")));
        const QString second = secondTillResolves(request, "3001", "3333");
        QVERIFY2(second.startsWith(QLatin1String("refused Already resolved by")) &&
                     second.contains(QLatin1String("1001")) && second.contains(QLatin1String("Till 1")),
                 qPrintable(second));
        QTRY_VERIFY(!m_kiosk->waitingForStaff());
    }

    void resolvedAtTheKiosk_isResolvedAtTheCentralStoreToo()
    {
        m_kiosk->callHelp();
        const QString request = secondTillSees(QStringLiteral("help requested"));
        QVERIFY(!request.isEmpty());
        QVERIFY(m_kiosk->resolve(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(!nextSaid(QStringLiteral("notice -")).isEmpty()); // the second till's notice goes
        const QJsonObject state = centralState(request);
        QCOMPARE(state.value(QLatin1String("resolvedBy")).toString(), QStringLiteral("1001"));
        QCOMPARE(state.value(QLatin1String("resolvedAtTerminalName")).toString(), QStringLiteral("Kiosk 2"));
        // The second till, a moment late, is refused.
        QVERIFY(secondTillResolves(request, "3001", "3333").startsWith(QLatin1String("refused Already resolved by")));
    }

    void withTheCentralStoreAway_theKioskGoesOnWithTheLocalPin_andCatchesUpLater()
    {
        m_proxy->refuseConnections();
        m_kiosk->callHelp();
        QVERIFY(m_kiosk->waitingForStaff());
        const QString early = m_assembly->kioskStaffCall.openRequest();
        QVERIFY(!early.isEmpty());
        QVERIFY(!m_kiosk->resolve(QStringLiteral("1001"), QStringLiteral("0000")));
        QVERIFY(m_kiosk->resolve(QStringLiteral("1001"), QStringLiteral("1111")));
        QVERIFY(!m_kiosk->waitingForStaff());
        // A second call while the store is still away: it waits at the kiosk, and in the outbox.
        m_kiosk->callHelp();
        const QString late = m_assembly->kioskStaffCall.openRequest();
        QTRY_COMPARE(m_assembly->tasks.waiting(), 3); // two raises and a resolution
        QVERIFY(m_kiosk->waitingForStaff());

        m_proxy->restore();
        m_assembly->tasks.send();
        QTRY_COMPARE_WITH_TIMEOUT(m_assembly->tasks.waiting(), 0, 15000);
        QCOMPARE(centralState(early).value(QLatin1String("resolvedBy")).toString(), QStringLiteral("1001"));
        QCOMPARE(secondTillSees(QStringLiteral("help requested")), late);
        QVERIFY(secondTillResolves(late, "3001", "3333").startsWith(QLatin1String("resolved")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->waitingForStaff(), 10000);
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestKioskStaffCalls test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kioskstaffcalls.moc"
