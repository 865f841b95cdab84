#include "ReceiptPrinter.h"

#include "ReceiptText.h"
#include "VirtualPrinter.h"

namespace omnitill {

Result<QByteArray> ReceiptPrinter::escPos(const Receipt &receipt, const PrinterProfile &profile, Mode mode)
{
    const PrintDocument document = ReceiptText::layout(receipt, profile.columnsFontA);
    EscPosEncoder encoder(profile);
    encoder.initialize();
    // First, so the drawer opens while the receipt prints; a printer without a drawer port just prints.
    if (receipt.opensDrawer() && profile.drawerKick) {
        if (auto kicked = encoder.kickDrawer(); !kicked)
            return Error{kicked.error()};
    }
    if (mode == Mode::Raster) {
        auto paper = image(receipt, profile);
        if (!paper)
            return Error{paper.error()};
        encoder.image(*paper); // the cut is part of the picture; the real one follows
        encoder.cut(EscPosEncoder::Cut::Partial);
        return encoder.bytes();
    }
    if (auto encoded = encoder.document(document); !encoded)
        return Error{encoded.error()};
    return encoder.bytes();
}

Result<QImage> ReceiptPrinter::image(const Receipt &receipt, const PrinterProfile &profile)
{
    auto bytes = escPos(receipt, profile, Mode::Text);
    if (!bytes)
        return Error{bytes.error()};
    VirtualPrinter printer(profile);
    printer.write(*bytes);
    return printer.paper();
}

} // namespace omnitill
