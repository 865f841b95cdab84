#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace omnitill {

// What one receipt printer model can do, as far as the encoder needs to know: paper width in dots,
// columns per font, and which optional commands it understands. The encoder asks the profile before
// it emits a command, and falls back (QR as a raster image, Korean as a raster image, a partial cut
// for a full one, nothing for a cutter the printer lacks) instead of sending bytes the printer would
// print as garbage. Profiles are values, chosen by a stable name from configuration.
struct PrinterProfile
{
    Q_DECLARE_TR_FUNCTIONS(PrinterProfile)

public:
    QString name;        // stable configuration key, e.g. "epson-tm-t88"
    QString displayName; // "Epson TM-T88"
    int dotsPerLine = 576;
    int dotsPerInch = 203;
    int columnsFontA = 48;   // 12 × 24 dot cells
    int columnsFontB = 64;   // 9 × 17 dot cells
    bool qrCode = false;     // GS ( k, function 165–181
    bool koreanFont = false; // a KS X 1001 font: FS & with EUC-KR bytes
    bool fullCut = false;
    bool partialCut = false;
    bool cutFeedsPaper = false;             // GS V 65/66 n: feeds to the cutter itself; otherwise we feed first
    bool drawerKick = false;                // ESC p with a drawer connector
    int singleByteCodeTable = 0;            // ESC t n used outside Korean mode
    QByteArray singleByteCharset = "CP437"; // the iconv name of that code table
    int rasterBandRows = 256;               // GS v 0 images are sent in bands of at most this many rows

    // Dots a line feed advances by default (ESC 2): one sixth of an inch.
    int defaultLineSpacing() const { return dotsPerInch / 6; }

    [[nodiscard]] static Result<PrinterProfile> named(const QString &name);
    [[nodiscard]] static QStringList names();

    static PrinterProfile epsonTmT88();
    static PrinterProfile epsonTmT20();
    static PrinterProfile bixolonSrp350();
    static PrinterProfile generic58mm();
    static PrinterProfile generic80mm();
};

} // namespace omnitill
