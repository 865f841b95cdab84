#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace omnitill {

// A report as a PDF file for the manager to keep or send: its title, then its text exactly as the till prints
// it (the Z report, a receipt, the dashboard's summary), in a monospaced face with Hangul, so the columns that
// line up on the receipt paper line up on A4 too (a Hangul syllable is two columns wide in both). Pages break
// between lines. Needs a QGuiApplication (fonts).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    [[nodiscard]] static Result<void> write(const QString &path, const QString &title, const QString &text);
};

} // namespace omnitill
