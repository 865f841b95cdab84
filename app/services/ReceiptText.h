#pragma once

#include "PrintDocument.h"
#include "Receipt.h"

#include <QCoreApplication>

namespace omnitill {

// The receipt's layout in monospaced columns: one layout for the preview on the cashier screen (plain
// text), the printer (ESC/POS through ReceiptPrinter) and the image made of it. Widths count display
// columns, so Hangul (two columns each) lines up with Latin text the way a receipt printer's
// double-width Korean font does.
class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptText)

public:
    static constexpr int defaultColumns = 42;

    // sequence is the journal's receipt number, 0 for a sale not finished yet.
    [[nodiscard]] static QString render(const Sale &sale, qint64 sequence, int columns = defaultColumns);
    // The receipt laid out for columns character columns (a printer's Font A columns), ending with the
    // QR code that finds the sale again and the cut.
    [[nodiscard]] static PrintDocument layout(const Receipt &receipt, int columns = defaultColumns);

    // How a payment, and a refund to it, is named on the receipt.
    [[nodiscard]] static QString tenderName(TenderMethod method);
    [[nodiscard]] static QString refundName(TenderMethod method);

    // Columns a string occupies on a receipt printer: 2 for East Asian wide characters, 1 otherwise.
    [[nodiscard]] static int displayWidth(const QString &text);
};

} // namespace omnitill
