#include "BarcodeImageReader.h"

#include <ZXing/ReadBarcode.h>

namespace omnitill {

std::optional<ScanPayload> BarcodeImageReader::read(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    return readLuminance(gray.constBits(), gray.width(), gray.height(), gray.bytesPerLine());
}

std::optional<ScanPayload> BarcodeImageReader::readLuminance(const uchar *pixels, int width, int height,
                                                             qsizetype bytesPerLine)
{
    const ZXing::ImageView view(pixels, width, height, ZXing::ImageFormat::Lum, int(bytesPerLine));
    const auto hints = ZXing::DecodeHints().setTryHarder(true).setTryRotate(true).setTryDownscale(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return ScanPayload{QString::fromStdString(result.text()), QString::fromStdString(result.symbologyIdentifier())};
}

} // namespace omnitill
