#pragma once

#include "EscPosEncoder.h"
#include "Receipt.h"

#include <QImage>

namespace omnitill {

// Prints a receipt: its layout (ReceiptText::layout at the printer's Font A columns) as ESC/POS for one
// printer model, and as the image of what that printer prints, made by running those very bytes
// through the virtual printer. The image for the screen or an e-mail is therefore the paper, dot for dot.
class ReceiptPrinter
{
public:
    enum class Mode {
        Text,   // characters in the printer's fonts; images only for what it cannot print (the default)
        Raster, // the whole receipt as one GS v 0 image: for printers whose fonts cannot be trusted
    };

    [[nodiscard]] static Result<QByteArray> escPos(const Receipt &receipt, const PrinterProfile &profile,
                                                   Mode mode = Mode::Text);
    [[nodiscard]] static Result<QImage> image(const Receipt &receipt, const PrinterProfile &profile);
};

} // namespace omnitill
