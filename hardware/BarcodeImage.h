#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>

namespace omnitill {

enum class QrErrorCorrection { L = 0, M = 1, Q = 2, H = 3 };
enum class LinearSymbology { Ean13, Code128 };

// Barcodes as 1-bit pictures, drawn with ZXing-cpp's writers: what a printer without the command
// prints instead (QR as GS v 0), and what the virtual printer draws for GS k and GS ( k. The same
// data, error correction and module size give the same picture on either path.
class BarcodeImage
{
    Q_DECLARE_TR_FUNCTIONS(BarcodeImage)

public:
    // A QR code (model 2) with moduleDots dots per module and a four-module quiet zone.
    [[nodiscard]] static Result<QImage> qrCode(const QByteArray &data, QrErrorCorrection level, int moduleDots);
    // Bars only, no human-readable text; moduleDots per narrow bar, heightDots tall.
    [[nodiscard]] static Result<QImage> linear(LinearSymbology symbology, const QByteArray &data, int moduleDots,
                                               int heightDots);
};

} // namespace omnitill
