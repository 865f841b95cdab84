#include "QrImage.h"

#include <QBuffer>
#include <QImage>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace omnitill::central {

QByteArray QrImage::png(const QString &text, int pixelsPerModule)
{
    constexpr int quietZoneModules = 4;
    // Width and height 0: one pixel per module, the matrix's own size, scaled below by whole pixels.
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setMargin(quietZoneModules)
                                        .setEncoding(ZXing::CharacterSet::UTF8)
                                        .encode(text.toStdWString(), 0, 0);
    QImage image(matrix.width() * pixelsPerModule, matrix.height() * pixelsPerModule, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = matrix.get(x / pixelsPerModule, y / pixelsPerModule) ? 0 : 255;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString QrImage::dataUrl(const QString &text, int pixelsPerModule)
{
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png(text, pixelsPerModule).toBase64());
}

} // namespace omnitill::central
