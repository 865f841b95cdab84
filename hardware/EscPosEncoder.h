#pragma once

#include "BarcodeImage.h"
#include "PrintDocument.h"
#include "PrinterCharset.h"
#include "PrinterFont.h"
#include "PrinterProfile.h"

#include <QByteArray>
#include <QCoreApplication>

namespace omnitill {

// Builds the ESC/POS byte stream for one print job on one printer model. Pure: it only appends bytes,
// it never talks to a device. Everything the profile lacks falls back to something the printer can do
// rather than to bytes it would misread: a QR code without GS ( k is sent as a raster image, a line
// with characters outside the printer's character set (Korean without a KS X 1001 font, 똠, emoji) is
// drawn with PrinterFont and sent as a raster image, a full cut without a full cutter is a partial
// one, a cut without a cutter is a feed so the paper can be torn off.
// Invariant: after initialize(), the printer's character mode matches what line() encodes for
// (Korean mode: ESC t 0, FS &, ESC R 13; otherwise ESC t with the profile's code table).
class EscPosEncoder
{
    Q_DECLARE_TR_FUNCTIONS(EscPosEncoder)

public:
    enum class Cut { Full, Partial };
    enum class DrawerPin { Pin2 = 0, Pin5 = 1 };

    explicit EscPosEncoder(PrinterProfile profile);

    const PrinterProfile &profile() const { return m_profile; }
    const QByteArray &bytes() const { return m_bytes; }
    // How many lines went out as images because the printer could not print their characters.
    int rasterTextLines() const { return m_rasterTextLines; }

    // ESC @ and the character mode; resets every style to the printer's defaults.
    EscPosEncoder &initialize();
    EscPosEncoder &align(Alignment alignment);
    EscPosEncoder &emphasis(bool on);
    EscPosEncoder &underline(bool on);
    EscPosEncoder &font(bool fontB);
    // Character magnification, 1–8 in each direction (GS !).
    EscPosEncoder &size(int widthScale, int heightScale);
    EscPosEncoder &codeTable(int table);
    // One line of text and a line feed.
    EscPosEncoder &line(const QString &text);
    EscPosEncoder &feed(int lines);
    EscPosEncoder &cut(Cut cut);
    // A GS v 0 raster image, in bands of the profile's height; dark pixels print.
    EscPosEncoder &image(const QImage &image);
    // A QR code, moduleDots dots per module; raster when the printer has no QR command.
    [[nodiscard]] Result<void> qrCode(const QByteArray &data, QrErrorCorrection level = QrErrorCorrection::M,
                                      int moduleDots = 6);
    // EAN-13 (12 digits, or 13 with a correct check digit) or Code 128 (printable ASCII), HRI below.
    [[nodiscard]] Result<void> barcode(LinearSymbology symbology, const QString &data, int heightDots = 80,
                                       int moduleDots = 2);
    // A whole laid-out document: styles and alignment per block, QR codes, the cut.
    [[nodiscard]] Result<void> document(const PrintDocument &document);
    // ESC p: pulse the drawer connector for onMs, then rest offMs (each up to 510 ms, in 2 ms steps).
    [[nodiscard]] Result<void> kickDrawer(DrawerPin pin = DrawerPin::Pin2, int onMs = 100, int offMs = 400);

    static constexpr int maxQrBytes = 7089;

private:
    void rasterLine(const QString &text);
    void fullWidthImage(const QImage &picture);

    PrinterProfile m_profile;
    PrinterCharset m_charset;
    QByteArray m_bytes;
    TextStyle m_style;
    Alignment m_alignment = Alignment::Left;
    int m_rasterTextLines = 0;
};

} // namespace omnitill
