#include "ReceiptLogo.h"

#include "LogoRaster.h"
#include "StoreSettings.h"

#include <QBuffer>

namespace omnitill {

const QString ReceiptLogo::key = QStringLiteral("receipt.logo");

QImage ReceiptLogo::load(const StoreSettings &settings, const PrinterProfile &printer)
{
    const QByteArray png = QByteArray::fromBase64(settings.value(key).value_or(QString()).toLatin1());
    if (png.isEmpty())
        return {};
    const QImage stored = QImage::fromData(png, "PNG");
    return stored.isNull() ? stored : LogoRaster::fitted(stored, printer);
}

Result<QImage> ReceiptLogo::choose(StoreSettings &settings, const QString &path, const PrinterProfile &printer)
{
    auto logo = LogoRaster::fromFile(path, printer);
    if (!logo)
        return logo;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!logo->save(&buffer, "PNG"))
        return Error{tr("The logo could not be converted for storing.")};
    if (auto saved = settings.setValue(key, QString::fromLatin1(png.toBase64())); !saved)
        return Error{saved.error()};
    return logo;
}

Result<void> ReceiptLogo::remove(StoreSettings &settings)
{
    return settings.setValue(key, QStringLiteral(""));
}

} // namespace omnitill
