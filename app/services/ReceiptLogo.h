#pragma once

#include "PrinterProfile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>

namespace omnitill {

class StoreSettings;

// The store's logo at the top of every receipt, kept in the till's own store (the setting receipt.logo:
// the converted 1-bit picture as a base64 PNG), not as the path of the file it came from: it survives the
// file and needs no file to print. A manager chooses it from a PNG or JPEG file (LogoRaster converts and
// fits it to the printer); what is stored is printer dots, fitted again for the printer that prints it.
// Empty or absent: no logo.
class ReceiptLogo
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLogo)

public:
    static const QString key;

    // The stored logo fitted to printer; a null image when there is none (or the stored one is unreadable).
    [[nodiscard]] static QImage load(const StoreSettings &settings, const PrinterProfile &printer);
    // Converts the file for printer and stores it in place of the last one; the stored picture, or why not.
    [[nodiscard]] static Result<QImage> choose(StoreSettings &settings, const QString &path,
                                               const PrinterProfile &printer);
    [[nodiscard]] static Result<void> remove(StoreSettings &settings);
};

} // namespace omnitill
