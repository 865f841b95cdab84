#include "PrinterProfile.h"

namespace omnitill {

// Figures from escpos-printer-db (TM-T88V, TM-T20) and the makers' specifications; see
// ../shared/reference/hardware.md §1.3. Korean-model Epson and Bixolon printers carry a KS X 1001 font.

PrinterProfile PrinterProfile::epsonTmT88()
{
    PrinterProfile p;
    p.name = QStringLiteral("epson-tm-t88");
    p.displayName = QStringLiteral("Epson TM-T88");
    p.dotsPerLine = 512;
    p.dotsPerInch = 180;
    p.columnsFontA = 42;
    p.columnsFontB = 56;
    p.qrCode = true;
    p.koreanFont = true;
    p.fullCut = true;
    p.partialCut = true;
    p.cutFeedsPaper = true;
    p.drawerKick = true;
    p.singleByteCodeTable = 19;
    p.singleByteCharset = "CP858";
    return p;
}

PrinterProfile PrinterProfile::epsonTmT20()
{
    PrinterProfile p = epsonTmT88();
    p.name = QStringLiteral("epson-tm-t20");
    p.displayName = QStringLiteral("Epson TM-T20");
    p.dotsPerLine = 576;
    p.dotsPerInch = 203;
    p.columnsFontA = 48;
    p.columnsFontB = 64;
    return p;
}

// The original SRP-350: no 2D symbols (the SRP-350plus added them), a partial cutter only, and a
// GS V without the feed-to-cutter forms.
PrinterProfile PrinterProfile::bixolonSrp350()
{
    PrinterProfile p;
    p.name = QStringLiteral("bixolon-srp-350");
    p.displayName = QStringLiteral("Bixolon SRP-350");
    p.dotsPerLine = 512;
    p.dotsPerInch = 180;
    p.columnsFontA = 42;
    p.columnsFontB = 56;
    p.qrCode = false;
    p.koreanFont = true;
    p.partialCut = true;
    p.drawerKick = true;
    p.rasterBandRows = 128;
    return p;
}

// The cheapest 58 mm printers: no QR command, no Korean font, no cutter, no drawer port.
PrinterProfile PrinterProfile::generic58mm()
{
    PrinterProfile p;
    p.name = QStringLiteral("generic-58mm");
    p.displayName = QStringLiteral("Generic 58 mm");
    p.dotsPerLine = 384;
    p.dotsPerInch = 203;
    p.columnsFontA = 32;
    p.columnsFontB = 42;
    p.rasterBandRows = 128;
    return p;
}

// A generic 80 mm printer: QR, cutter and drawer, but a Chinese font rather than a Korean one.
PrinterProfile PrinterProfile::generic80mm()
{
    PrinterProfile p;
    p.name = QStringLiteral("generic-80mm");
    p.displayName = QStringLiteral("Generic 80 mm");
    p.qrCode = true;
    p.fullCut = true;
    p.partialCut = true;
    p.drawerKick = true;
    return p;
}

QStringList PrinterProfile::names()
{
    return {epsonTmT88().name, epsonTmT20().name, bixolonSrp350().name, generic58mm().name, generic80mm().name};
}

Result<PrinterProfile> PrinterProfile::named(const QString &name)
{
    for (const PrinterProfile &profile : {epsonTmT88(), epsonTmT20(), bixolonSrp350(), generic58mm(), generic80mm()}) {
        if (profile.name == name)
            return profile;
    }
    return Error{tr("Unknown printer model \"%1\": choose one of %2.").arg(name, names().join(QStringLiteral(", ")))};
}

} // namespace omnitill
