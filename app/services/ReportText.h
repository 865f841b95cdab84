#pragma once

#include "ShiftReport.h"
#include "StoreProfile.h"

#include <QCoreApplication>

namespace omnitill {

// An X or Z report as monospaced text, for the receipt printer and the screen alike, laid out like
// ReceiptText (display columns, so Korean lines up). The Z report's text is archived as printed.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static constexpr int defaultColumns = 42;

    [[nodiscard]] static QString render(const ShiftReport &report, const StoreProfile &profile,
                                        int columns = defaultColumns);
    // The reports' name of a tender method code ("cash"): a store credit slip is "Other" here, an unknown code too.
    [[nodiscard]] static QString tenderName(const QString &code);
};

} // namespace omnitill
