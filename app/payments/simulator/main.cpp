// omnitill-terminal-sim: a simulated card terminal for the demo and the tests.
//   omnitill-terminal-sim [--port 8443] [--poi-id ID] [--outcome NAME] [--delay MS]
//                         [--cert FILE --key FILE] [--key-id ID --key-version N]
// With --cert/--key it serves HTTPS; with --key-id it secures messages with the passphrase in the
// environment variable OMNITILL_TERMINAL_PASSPHRASE (never on the command line, where ps shows it).
// Prints "listening PORT" once it accepts connections, then "received CATEGORY SERVICEID" per request.

#include "TerminalSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslKey>
#include <cstdio>

using namespace omnitill;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port"), QStringLiteral("port"),
                                  QStringLiteral("8443"));
    const QCommandLineOption poiId(QStringLiteral("poi-id"), QStringLiteral("POIID"), QStringLiteral("id"));
    const QCommandLineOption outcome(QStringLiteral("outcome"), QStringLiteral("outcome of every payment"),
                                     QStringLiteral("name"));
    const QCommandLineOption delay(QStringLiteral("delay"), QStringLiteral("answer delay"), QStringLiteral("ms"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM)"),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("TLS private key (PEM)"),
                                 QStringLiteral("file"));
    const QCommandLineOption keyId(QStringLiteral("key-id"), QStringLiteral("shared key identifier"),
                                   QStringLiteral("id"));
    const QCommandLineOption keyVersion(QStringLiteral("key-version"), QStringLiteral("shared key version"),
                                        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({port, poiId, outcome, delay, cert, key, keyId, keyVersion});
    parser.process(app);

    TerminalSimulator::Settings settings;
    if (parser.isSet(poiId))
        settings.poiId = parser.value(poiId);
    settings.responseDelayMs = parser.value(delay).toInt();
    if (parser.isSet(outcome)) {
        settings.scripted = TerminalSimulator::outcomeFromName(parser.value(outcome));
        if (!settings.scripted) {
            std::fprintf(stderr, "unknown outcome %s\n", qPrintable(parser.value(outcome)));
            return 2;
        }
    }
    if (parser.isSet(keyId))
        settings.key = NexoSecurityKey{parser.value(keyId), parser.value(keyVersion).toInt(),
                                       qgetenv("OMNITILL_TERMINAL_PASSPHRASE")};
    if (parser.isSet(cert)) {
        QFile certFile(parser.value(cert));
        QFile keyFile(parser.value(key));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the certificate or key\n");
            return 2;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        settings.tls = tls;
    }
    TerminalSimulator simulator(settings);
    const auto listening = simulator.listen(quint16(parser.value(port).toUInt()));
    if (!listening) {
        std::fprintf(stderr, "%s\n", qPrintable(listening.error()));
        return 1;
    }
    std::printf("listening %u\n", unsigned(*listening));
    std::fflush(stdout);
    QObject::connect(&simulator, &TerminalSimulator::requestReceived, [](const QString &category, const QString &id) {
        std::printf("received %s %s\n", qPrintable(category), qPrintable(id));
        std::fflush(stdout);
    });
    return app.exec();
}
