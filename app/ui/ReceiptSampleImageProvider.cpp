#include "ReceiptSampleImageProvider.h"

#include "SettingsViewModel.h"

namespace omnitill {

ReceiptSampleImageProvider::ReceiptSampleImageProvider(const SettingsViewModel &settings)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_settings(settings)
{
}

QImage ReceiptSampleImageProvider::requestImage(const QString &, QSize *size, const QSize &requestedSize)
{
    QImage image = m_settings.receiptPreview();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace omnitill
