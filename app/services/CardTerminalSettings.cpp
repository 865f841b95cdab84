#include "CardTerminalSettings.h"

#include "StoreSettings.h"

#include <QFile>

namespace omnitill {

Result<std::optional<NexoTerminalSettings>> CardTerminalSettings::load(const StoreSettings &settings,
                                                                       const QString &terminalId,
                                                                       const QByteArray &environmentPassphrase)
{
    const QString address = settings.value(QStringLiteral("payment.terminal")).value_or(QString());
    if (address.isEmpty())
        return std::optional<NexoTerminalSettings>();
    static const QLatin1StringView scheme("nexo+");
    if (!address.startsWith(scheme))
        return Error{tr("The card terminal %1 speaks no protocol this till knows.").arg(address)};

    NexoTerminalSettings terminal;
    terminal.endpoint = QUrl(address.mid(scheme.size()));
    terminal.endpoint.setPath(QStringLiteral("/nexo"));
    const QString transport = terminal.endpoint.scheme();
    if (transport != QLatin1String("https") && transport != QLatin1String("http"))
        return Error{tr("The card terminal %1 speaks no protocol this till knows.").arg(address)};
    terminal.saleId = terminalId;
    terminal.poiId = settings.value(QStringLiteral("payment.poiId")).value_or(QString());

    if (const auto keyId = settings.value(QStringLiteral("payment.keyId"))) {
        QByteArray passphrase = environmentPassphrase;
        if (passphrase.isEmpty())
            passphrase = settings.value(QStringLiteral("payment.keyPassphrase")).value_or(QString()).toUtf8();
        terminal.key = NexoSecurityKey{
            *keyId, settings.value(QStringLiteral("payment.keyVersion")).value_or(QStringLiteral("1")).toInt(),
            passphrase};
    }
    if (transport == QLatin1String("https")) {
        const QString path = settings.value(QStringLiteral("payment.certificate")).value_or(QString());
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return Error{tr("The card terminal's certificate %1 cannot be read.").arg(path)};
        terminal.trustedCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (terminal.trustedCertificates.isEmpty())
            return Error{tr("The card terminal's certificate %1 holds no certificate.").arg(path)};
    }
    // NexoTerminal::create checks the rest (ids, and a key for anything but loopback).
    return std::optional<NexoTerminalSettings>(terminal);
}

CardPaymentService::OfflineCaps CardTerminalSettings::offlineCaps(const StoreSettings &settings)
{
    const auto minor = [&settings](const char *key) {
        return qMax<qint64>(0, settings.value(QLatin1String(key)).value_or(QString()).toLongLong());
    };
    return {minor("payment.offlineMaxPerPayment"), minor("payment.offlineMaxPerDay")};
}

} // namespace omnitill
