// omnitill-central: the central profile store the tills sync with. The composition root: reads the
// command line, opens and migrates the database, then either runs one admin command or serves the API.
//
//     omnitill-central [--database URL] [--listen ADDRESS] [--port PORT] [--certificate PEM --key PEM]
//     omnitill-central [--database URL] admin COMMAND [--option value ...]

#include "AdminCommands.h"
#include "CentralServer.h"
#include "ConnectionPool.h"
#include "SchemaMigrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>

using namespace omnitill;
using namespace omnitill::central;

namespace {

int fail(const QString &what)
{
    QTextStream(stderr) << "omnitill-central: " << what << Qt::endl;
    return 1;
}

QString defaultDatabaseUrl()
{
    const QString fromEnvironment = qEnvironmentVariable("OMNITILL_CENTRAL_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return QStringLiteral("sqlite:") + QDir(directory).filePath(QStringLiteral("central.sqlite"));
}

Result<QSslConfiguration> tlsConfiguration(const QString &certificatePath, const QString &keyPath)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("main", "Cannot read the certificate or its key")};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error{QCoreApplication::translate("main", "The certificate or its key is not PEM (EC or RSA)")};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    // Debug output is for a developer who asks for it (QT_LOGGING_RULES); an admin command prints its answer.
    QLoggingCategory::setFilterRules(QStringLiteral("omnitill.central.debug=false"));
    QCoreApplication::setApplicationName(QStringLiteral("omnitill-central"));
    QCoreApplication::setOrganizationName(QStringLiteral("Omnitill"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Omnitill central profile store"));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("main", "sqlite:PATH or postgresql://..."),
                                      QStringLiteral("url"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QCoreApplication::translate("main", "Address to listen on"),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("main", "Port (0: any free one)"),
                                  QStringLiteral("port"), QStringLiteral("8780"));
    const QCommandLineOption certificate(QStringLiteral("certificate"),
                                         QCoreApplication::translate("main", "PEM certificate chain for HTTPS"),
                                         QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QCoreApplication::translate("main", "PEM private key for HTTPS"),
                                 QStringLiteral("file"));
    parser.addOptions({database, listen, port, certificate, key});
    // Everything after "admin" belongs to the admin command.
    QStringList arguments = QCoreApplication::arguments();
    const qsizetype admin = arguments.indexOf(QStringLiteral("admin"));
    const QStringList adminArguments = admin > 0 ? arguments.mid(admin + 1) : QStringList();
    if (admin > 0)
        arguments = arguments.mid(0, admin);
    parser.process(arguments);

    auto settings = DatabaseSettings::fromUrl(parser.isSet(database) ? parser.value(database) : defaultDatabaseUrl());
    if (!settings)
        return fail(settings.error());
    ConnectionPool pool(*settings);
    auto connection = pool.connection();
    if (!connection)
        return fail(connection.error());
    if (auto migrated = SchemaMigrator(*connection, settings->dialect()).upgrade(); !migrated)
        return fail(migrated.error());

    if (admin > 0) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return AdminCommands(pool, out, err).run(adminArguments);
    }

    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return fail(QCoreApplication::translate("main", "\"%1\" is not an IP address").arg(parser.value(listen)));
    const bool tls = parser.isSet(certificate) || parser.isSet(key);
    if (!tls && !address.isLoopback()) {
        return fail(QCoreApplication::translate(
                        "main", "Plain HTTP is only for loopback; give --certificate and --key to listen on %1")
                        .arg(address.toString()));
    }
    CentralServer server(pool);
    if (tls) {
        auto configuration = tlsConfiguration(parser.value(certificate), parser.value(key));
        if (!configuration)
            return fail(configuration.error());
        server.setTls(*configuration);
    }
    auto bound = server.listen(address, quint16(parser.value(port).toUInt()));
    if (!bound)
        return fail(bound.error());
    // One line a script (the benchmark, a test) can wait for.
    QTextStream(stdout) << "omnitill-central listening on " << (tls ? "https" : "http") << "://" << address.toString()
                        << ':' << *bound << " database " << settings->describe() << Qt::endl;
    return QCoreApplication::exec();
}
