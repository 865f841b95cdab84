#include "ReceiptImageProvider.h"

#include "PrintService.h"

namespace omnitill {

ReceiptImageProvider::ReceiptImageProvider(const PrintService &printing)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_printing(printing)
{
}

QImage ReceiptImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    bool number = false;
    const qint64 sequence = id.section(u'?', 0, 0).toLongLong(&number);
    const auto paper = number ? m_printing.paper(sequence, Receipt::Kind::Original) : Result<QImage>(Error{});
    QImage image = paper ? *paper : QImage();
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace omnitill
