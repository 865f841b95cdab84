#include "CardTerminalSettings.h"
#include "TerminalFixture.h"
#include "services/StoreFixture.h"

#include <QProcess>
#include <QTest>

using namespace omnitill;

// The card terminal as the store settings describe it (the passphrase from the environment first), made by the
// plugin of its protocol, found by metadata in the plugin folder of the build tree.
class TestCardTerminalSettings : public QObject
{
    Q_OBJECT

private:
    const QStringList m_plugins{QStringLiteral(PLUGIN_DIR)};

    static void set(StoreFixture &store, const QString &key, const QString &value)
    {
        if (!StoreSettings(*store.database).setValue(key, value))
            qFatal("cannot set %s", qPrintable(key));
    }
    static Result<std::optional<PaymentTerminalConfig>> load(const StoreSettings &settings,
                                                             const QByteArray &environmentPassphrase = {})
    {
        return CardTerminalSettings::load(settings, QStringLiteral("T01"), environmentPassphrase);
    }
    // What the plugin says about these settings: empty when it made a terminal.
    QString openProblem(const StoreSettings &settings) const
    {
        const auto loaded = load(settings);
        if (!loaded || !*loaded)
            return QStringLiteral("not loaded");
        const auto opened = CardTerminalSettings::open(**loaded, m_plugins);
        return opened ? QString() : opened.error();
    }

private Q_SLOTS:
    void noTerminal_meansNone()
    {
        StoreFixture store;
        const auto loaded = load(StoreSettings(*store.database));
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->has_value());
    }

    void protocol_fromTheAddressPrefixOrTheSetting_passphraseFromTheEnvironmentFirst()
    {
        StoreFixture store;
        const StoreSettings settings(*store.database);
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("nexo+http://127.0.0.1:8443"));
        set(store, QStringLiteral("payment.poiId"), QStringLiteral("P400Plus-275000001"));
        set(store, QStringLiteral("payment.keyPassphrase"), QStringLiteral("from-settings"));
        const auto fromEnvironment = load(settings, "from-environment");
        QVERIFY(fromEnvironment.ok());
        const PaymentTerminalConfig config = **fromEnvironment;
        QCOMPARE(config.protocol, QStringLiteral("nexo"));
        QCOMPARE(config.address, QStringLiteral("http://127.0.0.1:8443"));
        QCOMPARE(config.saleId, QStringLiteral("T01"));
        QCOMPARE(config.passphrase, QByteArray("from-environment"));
        QCOMPARE(config.setting(QStringLiteral("poiId")), QStringLiteral("P400Plus-275000001"));
        QCOMPARE((*load(settings))->passphrase, QByteArray("from-settings"));

        set(store, QStringLiteral("payment.terminal"), QStringLiteral("https://192.168.1.20:8443"));
        QVERIFY(!load(settings).ok()); // no prefix and no payment.protocol: which plugin?
        set(store, QStringLiteral("payment.protocol"), QStringLiteral("nexo"));
        QCOMPARE((*load(settings))->protocol, QStringLiteral("nexo"));
        QCOMPARE((*load(settings))->address, QStringLiteral("https://192.168.1.20:8443"));
    }

    void nexoPlugin_makesATerminalThatPaysAtTheSimulatorOverHttps()
    {
        TerminalFixture terminal;
        StoreFixture store;
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://127.0.0.1:%1").arg(terminal.port));
        set(store, QStringLiteral("payment.poiId"), terminal.terminalSettings.poiId);
        set(store, QStringLiteral("payment.keyId"), terminal.key.keyIdentifier);
        set(store, QStringLiteral("payment.keyVersion"), QString::number(terminal.key.keyVersion));
        set(store, QStringLiteral("payment.certificate"), terminal.directory.filePath(QStringLiteral("terminal.pem")));
        const auto loaded = load(StoreSettings(*store.database), terminal.key.passphrase);
        QVERIFY(loaded.ok());
        auto opened = CardTerminalSettings::open(**loaded, m_plugins);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
        const std::unique_ptr<PaymentTerminal> plugged = std::move(opened).value();
        const Currency won = Currency::fromCode(QStringLiteral("KRW")).value();
        const PaymentResult paid = TerminalFixture::await(
            [&](PaymentTerminal::Completion done) { plugged->purchase(QStringLiteral("P1"), 19900, won, done); });
        QCOMPARE(paid.outcome, PaymentOutcome::Approved);
        QCOMPARE(paid.approvedMinor, 19900);
        QCOMPARE(terminal.simulator->chargedCount(), 1);
    }

    void nexoPlugin_refusesWhatItCannotUse()
    {
        StoreFixture store;
        const StoreSettings settings(*store.database);
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://192.168.1.20:8443"));
        set(store, QStringLiteral("payment.poiId"), QStringLiteral("P400Plus-275000001"));
        set(store, QStringLiteral("payment.certificate"), store.directory.filePath(QStringLiteral("missing.pem")));
        QVERIFY2(openProblem(settings).contains(QStringLiteral("certificate")), qPrintable(openProblem(settings)));
        const QString certificate = store.directory.filePath(QStringLiteral("terminal.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                    QStringLiteral("-keyout"), store.directory.filePath(QStringLiteral("k.pem")),
                                    QStringLiteral("-out"), certificate, QStringLiteral("-subj"),
                                    QStringLiteral("/CN=terminal"), QStringLiteral("-batch")}),
                 0);
        set(store, QStringLiteral("payment.certificate"), certificate);
        // A terminal on the network without its shared key is refused.
        QVERIFY2(openProblem(settings).contains(QStringLiteral("shared key")), qPrintable(openProblem(settings)));
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("nexo+ftp://192.168.1.20"));
        QVERIFY2(openProblem(settings).contains(QStringLiteral("HTTPS")), qPrintable(openProblem(settings)));
    }

    void missingPlugin_saysWhichProtocolAndWhereItLooked()
    {
        StoreFixture store;
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("zvt+tcp://192.168.1.20:20007"));
        const QString problem = openProblem(StoreSettings(*store.database));
        QVERIFY2(problem.contains(QStringLiteral("\"zvt\"")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral(PLUGIN_DIR)), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestCardTerminalSettings)
#include "tst_cardterminalsettings.moc"
