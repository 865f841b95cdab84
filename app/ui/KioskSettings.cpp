#include "KioskSettings.h"

#include "StoreSettings.h"

namespace omnitill {

namespace {
QStringList skus(const StoreSettings &settings, const QString &key)
{
    QStringList list = settings.value(key).value_or(QString()).split(u',', Qt::SkipEmptyParts);
    for (QString &sku : list)
        sku = sku.trimmed();
    list.removeAll(QString());
    return list;
}

void readSeconds(const StoreSettings &settings, const QString &key, int &seconds)
{
    bool ok = false;
    const int value = settings.value(key).value_or(QString()).toInt(&ok);
    if (ok && value > 0)
        seconds = value;
}
} // namespace

KioskSettings KioskSettings::load(const StoreSettings &settings)
{
    KioskSettings kiosk;
    kiosk.pickSkus = skus(settings, QStringLiteral("kiosk.pickSkus"));
    kiosk.ageRestrictedSkus = skus(settings, QStringLiteral("kiosk.ageRestrictedSkus"));
    readSeconds(settings, QStringLiteral("kiosk.idleSeconds"), kiosk.idleSeconds);
    readSeconds(settings, QStringLiteral("kiosk.idleWarningSeconds"), kiosk.warningSeconds);
    readSeconds(settings, QStringLiteral("kiosk.goodbyeSeconds"), kiosk.goodbyeSeconds);
    readSeconds(settings, QStringLiteral("kiosk.refusedScansBeforeHelp"), kiosk.refusedScansBeforeHelp);
    return kiosk;
}

} // namespace omnitill
