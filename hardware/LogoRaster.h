#pragma once

#include "PrinterProfile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>

namespace omnitill {

// A store's logo as a receipt printer prints it: a 1-bit picture, one pixel per printer dot, dithered
// (Floyd–Steinberg error diffusion) so greys and photos keep their shading on a printer that can only
// burn a dot or not. It is scaled to fill the printer's dots per line, and no taller than an inch of
// paper, keeping its proportions; transparent parts are paper. Fitting a logo that already fits gives it
// back unchanged, so the stored logo is fitted again for whichever printer prints it.
class LogoRaster
{
    Q_DECLARE_TR_FUNCTIONS(LogoRaster)

public:
    static constexpr qint64 maxFileBytes = 5 * 1024 * 1024;
    static constexpr int maxSidePixels = 4096;

    // Reads a PNG or JPEG file and fits it; a file that is missing, unreadable, of another kind or too
    // big is refused with the reason.
    [[nodiscard]] static Result<QImage> fromFile(const QString &path, const PrinterProfile &printer);
    [[nodiscard]] static QImage fitted(const QImage &picture, const PrinterProfile &printer);

    // The tallest logo, in dots: an inch of paper.
    [[nodiscard]] static int maxHeightDots(const PrinterProfile &printer) { return printer.dotsPerInch; }
};

} // namespace omnitill
