#pragma once

#include "Sale.h"

#include <QCoreApplication>

namespace omnitill {

// The receipt as monospaced text: the preview on the cashier screen and, until the ESC/POS renderer
// arrives, the printed form. Widths count display columns, so Hangul (two columns each) lines up
// with Latin text the way a receipt printer's double-width Korean font does.
class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptText)

public:
    static constexpr int defaultColumns = 42;

    // sequence is the journal's receipt number, 0 for a sale not finished yet.
    [[nodiscard]] static QString render(const Sale &sale, qint64 sequence, int columns = defaultColumns);

    // Columns a string occupies on a receipt printer: 2 for East Asian wide characters, 1 otherwise.
    [[nodiscard]] static int displayWidth(const QString &text);
};

} // namespace omnitill
