#include "CardTerminalSettings.h"

#include "PluginFolders.h"
#include "StoreSettings.h"

#include <QPluginLoader>

namespace omnitill {

Result<std::optional<PaymentTerminalConfig>> CardTerminalSettings::load(const StoreSettings &settings,
                                                                        const QString &terminalId,
                                                                        const QByteArray &environmentPassphrase)
{
    const auto payment = [settings](const QString &name) { return settings.value(QStringLiteral("payment.") + name); };
    PaymentTerminalConfig config;
    config.address = payment(QStringLiteral("terminal")).value_or(QString());
    if (config.address.isEmpty())
        return std::optional<PaymentTerminalConfig>();
    config.protocol = payment(QStringLiteral("protocol")).value_or(QString());
    // "nexo+https://…" names its protocol; the plugin is given the address without it.
    const qsizetype plus = config.address.indexOf(QLatin1Char('+'));
    const qsizetype colon = config.address.indexOf(QLatin1Char(':'));
    if (plus > 0 && plus < colon) {
        if (config.protocol.isEmpty())
            config.protocol = config.address.left(plus);
        config.address = config.address.mid(plus + 1);
    }
    if (config.protocol.isEmpty())
        return Error{
            tr("The card terminal %1 names no protocol: set payment.protocol (for example nexo).").arg(config.address)};
    config.saleId = terminalId;
    config.passphrase = environmentPassphrase;
    if (config.passphrase.isEmpty())
        config.passphrase = payment(QStringLiteral("keyPassphrase")).value_or(QString()).toUtf8();
    config.setting = payment;
    return std::optional<PaymentTerminalConfig>(std::move(config));
}

CardPaymentService::OfflineCaps CardTerminalSettings::offlineCaps(const StoreSettings &settings)
{
    const auto minor = [&settings](const char *key) {
        return qMax<qint64>(0, settings.value(QLatin1String(key)).value_or(QString()).toLongLong());
    };
    return {minor("payment.offlineMaxPerPayment"), minor("payment.offlineMaxPerDay")};
}

Result<std::unique_ptr<PaymentTerminal>> CardTerminalSettings::open(const PaymentTerminalConfig &config,
                                                                    const QStringList &pluginFolders)
{
    const QString path =
        PluginFolders::find(pluginFolders, QLatin1String(OmnitillPaymentTerminalPlugin_iid), QStringLiteral("protocol"))
            .value(config.protocol);
    if (path.isEmpty())
        return Error{tr("No plugin speaks the card terminal protocol \"%1\" (looked in %2): is it installed?")
                         .arg(config.protocol, pluginFolders.join(QStringLiteral(", ")))};
    // The library stays loaded for the life of the process: the terminal it makes is its code.
    QPluginLoader loader(path);
    auto *plugin = qobject_cast<PaymentTerminalPlugin *>(loader.instance());
    if (!plugin)
        return Error{tr("The card terminal plugin %1 cannot be loaded: %2").arg(path, loader.errorString())};
    return plugin->create(config);
}

} // namespace omnitill
