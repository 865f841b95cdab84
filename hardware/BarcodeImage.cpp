#include "BarcodeImage.h"

#include <QPainter>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <stdexcept>

namespace omnitill {

namespace {
constexpr int qrQuietZoneModules = 4;

// ZXing's writers report bad input by throwing; nothing here lets an exception out.
Result<ZXing::BitMatrix> encode(ZXing::BarcodeFormat format, const QByteArray &data, int eccLevel)
{
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(0);
        if (eccLevel >= 0)
            writer.setEccLevel(eccLevel);
        return writer.encode(data.toStdString(), 0, 1);
    } catch (const std::exception &e) {
        return Error{BarcodeImage::tr("The barcode \"%1\" cannot be drawn: %2")
                         .arg(QString::fromUtf8(data), QString::fromUtf8(e.what()))};
    }
}

QImage draw(const ZXing::BitMatrix &matrix, int margin, int moduleWidth, int moduleHeight, int rows)
{
    QImage image((matrix.width() + 2 * margin) * moduleWidth, (rows + 2 * margin) * moduleHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < rows; ++y) {
        const int sourceRow = qMin(y, matrix.height() - 1);
        for (int x = 0; x < matrix.width(); ++x) {
            if (matrix.get(x, sourceRow))
                painter.fillRect((x + margin) * moduleWidth, (y + margin) * moduleHeight, moduleWidth, moduleHeight,
                                 Qt::black);
        }
    }
    return image;
}
} // namespace

Result<QImage> BarcodeImage::qrCode(const QByteArray &data, QrErrorCorrection level, int moduleDots)
{
    // ZXing numbers error correction 1–8 in pairs: 2 → L, 4 → M, 6 → Q, 8 → H.
    auto matrix = encode(ZXing::BarcodeFormat::QRCode, data, 2 * (int(level) + 1));
    if (!matrix)
        return Error{matrix.error()};
    return draw(*matrix, qrQuietZoneModules, moduleDots, moduleDots, matrix->height());
}

Result<QImage> BarcodeImage::linear(LinearSymbology symbology, const QByteArray &data, int moduleDots, int heightDots)
{
    const auto format =
        symbology == LinearSymbology::Ean13 ? ZXing::BarcodeFormat::EAN13 : ZXing::BarcodeFormat::Code128;
    auto matrix = encode(format, data, -1);
    if (!matrix)
        return Error{matrix.error()};
    return draw(*matrix, 0, moduleDots, heightDots, 1);
}

} // namespace omnitill
