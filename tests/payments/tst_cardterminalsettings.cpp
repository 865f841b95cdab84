#include "CardTerminalSettings.h"
#include "services/StoreFixture.h"

#include <QProcess>
#include <QTest>

using namespace omnitill;

// The card terminal as the store settings describe it; the passphrase from the environment first.
class TestCardTerminalSettings : public QObject
{
    Q_OBJECT

private:
    static void set(StoreFixture &store, const QString &key, const QString &value)
    {
        if (!StoreSettings(*store.database).setValue(key, value))
            qFatal("cannot set %s", qPrintable(key));
    }

private Q_SLOTS:
    void noTerminal_meansNone()
    {
        StoreFixture store;
        const auto loaded = CardTerminalSettings::load(StoreSettings(*store.database), QStringLiteral("T01"), {});
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->has_value());
    }

    void simulatorOnLoopback_withKeyFromTheEnvironment()
    {
        StoreFixture store;
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("nexo+http://127.0.0.1:8443"));
        set(store, QStringLiteral("payment.poiId"), QStringLiteral("P400Plus-275000001"));
        set(store, QStringLiteral("payment.keyId"), QStringLiteral("till-key"));
        set(store, QStringLiteral("payment.keyVersion"), QStringLiteral("3"));
        set(store, QStringLiteral("payment.keyPassphrase"), QStringLiteral("from-settings"));
        const auto fromEnvironment =
            CardTerminalSettings::load(StoreSettings(*store.database), QStringLiteral("T01"), "from-environment");
        QVERIFY(fromEnvironment.ok());
        const NexoTerminalSettings terminal = **fromEnvironment;
        QCOMPARE(terminal.endpoint, QUrl(QStringLiteral("http://127.0.0.1:8443/nexo")));
        QCOMPARE(terminal.saleId, QStringLiteral("T01"));
        QCOMPARE(terminal.poiId, QStringLiteral("P400Plus-275000001"));
        QCOMPARE(terminal.key->keyVersion, 3);
        QCOMPARE(terminal.key->passphrase, QByteArray("from-environment"));
        const auto fromSettings = CardTerminalSettings::load(StoreSettings(*store.database), QStringLiteral("T01"), {});
        QCOMPARE((*fromSettings)->key->passphrase, QByteArray("from-settings"));
        QVERIFY(NexoTerminal::create(terminal).ok());
    }

    void https_needsAReadableCertificate()
    {
        StoreFixture store;
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://192.168.1.20:8443"));
        set(store, QStringLiteral("payment.certificate"), store.directory.filePath(QStringLiteral("missing.pem")));
        QVERIFY(!CardTerminalSettings::load(StoreSettings(*store.database), QStringLiteral("T01"), {}).ok());
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
        const auto loaded = CardTerminalSettings::load(StoreSettings(*store.database), QStringLiteral("T01"), {});
        QVERIFY(loaded.ok());
        QCOMPARE((*loaded)->trustedCertificates.size(), 1);
        // A terminal on the network without its shared key is refused when the terminal is made.
        QVERIFY(!NexoTerminal::create(**loaded).ok());
    }

    void unknownProtocol_isRefused()
    {
        StoreFixture store;
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("zvt://192.168.1.20:20007"));
        QVERIFY(!CardTerminalSettings::load(StoreSettings(*store.database), QStringLiteral("T01"), {}).ok());
        set(store, QStringLiteral("payment.terminal"), QStringLiteral("nexo+ftp://192.168.1.20"));
        QVERIFY(!CardTerminalSettings::load(StoreSettings(*store.database), QStringLiteral("T01"), {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestCardTerminalSettings)
#include "tst_cardterminalsettings.moc"
