#include "QrImage.h"

#include <QBuffer>
#include <QImage>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace omnitill::central {

namespace {
ZXing::BitMatrix encode(const QString &text)
{
    constexpr int quietZoneModules = 4;
    // Width and height 0: one pixel per module, the matrix's own size.
    return ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
        .setMargin(quietZoneModules)
        .setEncoding(ZXing::CharacterSet::UTF8)
        .encode(text.toStdWString(), 0, 0);
}
} // namespace

QString QrImage::terminal(const QString &text)
{
    const ZXing::BitMatrix matrix = encode(text);
    const auto light = [&](int x, int y) { return y >= matrix.height() || !matrix.get(x, y); };
    QString drawn;
    for (int y = 0; y < matrix.height(); y += 2) {
        for (int x = 0; x < matrix.width(); ++x) {
            const bool top = light(x, y);
            const bool bottom = light(x, y + 1);
            drawn += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(u' ');
        }
        drawn += QLatin1Char('\n');
    }
    return drawn;
}

QByteArray QrImage::png(const QString &text, int pixelsPerModule)
{
    const ZXing::BitMatrix matrix = encode(text);
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
