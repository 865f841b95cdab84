#pragma once

#include "NexoTerminal.h"
#include "TerminalSimulator.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// A simulated terminal on 127.0.0.1 serving HTTPS with a self-signed certificate made now by the
// openssl command, its shared key a random passphrase made now too, and a NexoTerminal that trusts
// exactly that certificate and holds that key.
struct TerminalFixture
{
    explicit TerminalFixture(int timeoutMs = 10'000)
    {
        const QString certPath = directory.filePath(QStringLiteral("terminal.pem"));
        const QString keyPath = directory.filePath(QStringLiteral("terminal.key"));
        // The common name is not the loopback address: the name mismatch must be tolerated, as with real
        // terminals reached by IP address.
        const int generated = QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
             QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=P400Plus-275000001.test.terminal"),
             QStringLiteral("-batch")});
        if (generated != 0)
            qFatal("terminal fixture: openssl could not make a certificate");
        certificate = readCertificate(certPath);
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            qFatal("terminal fixture: no key");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));

        key = omnitill::NexoSecurityKey{QStringLiteral("omnitill-test"), 1,
                                        QUuid::createUuid().toByteArray(QUuid::WithoutBraces)};
        omnitill::TerminalSimulator::Settings settings;
        settings.key = key;
        settings.tls = tls;
        simulator = std::make_unique<omnitill::TerminalSimulator>(settings);
        const auto listening = simulator->listen();
        if (!listening)
            qFatal("terminal fixture: %s", qPrintable(listening.error()));
        port = *listening;
        terminalSettings.endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1/nexo").arg(port));
        terminalSettings.saleId = QStringLiteral("OMNITILL-T01");
        terminalSettings.poiId = QStringLiteral("P400Plus-275000001");
        terminalSettings.trustedCertificates = {certificate};
        terminalSettings.key = key;
        terminalSettings.timeoutMs = timeoutMs;
    }

    static QSslCertificate readCertificate(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("terminal fixture: no certificate");
        return QSslCertificate(file.readAll());
    }

    // The store settings (payment.*) of a till that takes cards through this terminal; the key's passphrase goes
    // in the environment (OMNITILL_TERMINAL_PASSPHRASE).
    QList<std::pair<QString, QString>> storeSettings() const
    {
        return {{QStringLiteral("payment.terminal"), QStringLiteral("nexo+https://127.0.0.1:%1").arg(port)},
                {QStringLiteral("payment.poiId"), terminalSettings.poiId},
                {QStringLiteral("payment.keyId"), key.keyIdentifier},
                {QStringLiteral("payment.keyVersion"), QString::number(key.keyVersion)},
                {QStringLiteral("payment.certificate"), directory.filePath(QStringLiteral("terminal.pem"))}};
    }

    std::unique_ptr<omnitill::NexoTerminal> makeTerminal() const
    {
        auto created = omnitill::NexoTerminal::create(terminalSettings);
        if (!created)
            qFatal("terminal fixture: %s", qPrintable(created.error()));
        return std::move(created).value();
    }

    // Runs one terminal call to its completion.
    template <typename Call>
    static omnitill::PaymentResult await(Call call)
    {
        std::optional<omnitill::PaymentResult> result;
        call([&result](const omnitill::PaymentResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30'000))
            qFatal("terminal fixture: no completion");
        return *result;
    }

    QTemporaryDir directory;
    QSslCertificate certificate;
    omnitill::NexoSecurityKey key;
    std::unique_ptr<omnitill::TerminalSimulator> simulator;
    quint16 port = 0;
    omnitill::NexoTerminalSettings terminalSettings;
};
