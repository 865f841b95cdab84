#pragma once

#include "BarcodeImage.h"
#include "PaperRoll.h"
#include "PrinterProfile.h"
#include "PrinterStatus.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QStringList>

namespace omnitill {

// A receipt printer in software: interprets an ESC/POS byte stream the way a Korean-model Epson does
// (text in code tables and in Korean two-byte mode, styles, sizes, alignment, GS k barcodes, GS ( k QR
// codes, GS v 0 raster images, feeds, cuts, the drawer kick, DLE EOT status) and prints it on a
// PaperRoll. Bytes may arrive in any pieces: an incomplete command waits for the rest. Commands it
// does not know are listed, never guessed at. The demo, the tests and the TCP simulator all print
// through this class, so every receipt in the tests is exactly what the bytes say.
class VirtualPrinter
{
public:
    explicit VirtualPrinter(const PrinterProfile &profile);

    void write(const QByteArray &bytes);
    // What the printer has sent back (answers to DLE EOT) since the last call.
    [[nodiscard]] QByteArray takeReplies();

    // The state DLE EOT reports; tests and the simulator set it to play a paper-out or an open cover.
    PrinterStatus &status() { return m_status; }

    [[nodiscard]] QImage paper() const { return m_paper.image(); }
    // Text printed as characters (not as images), one entry per printed line.
    const QStringList &textLines() const { return m_textLines; }
    int cuts() const { return m_paper.cuts(); }
    int drawerKicks() const { return m_drawerKicks; }
    int rasterImages() const { return m_rasterImages; }
    // "GS ( L" style names of commands this printer ignored, in order.
    const QStringList &unsupportedCommands() const { return m_unsupported; }
    // Bytes received but not yet interpreted: an incomplete command at the end of the stream.
    qsizetype pendingBytes() const { return m_buffer.size() - m_position; }

private:
    // Each returns the bytes the command took from m_position, or 0 when it is not complete yet.
    qsizetype interpretOne();
    qsizetype escCommand();
    qsizetype gsCommand();
    qsizetype fsCommand();
    qsizetype dleCommand();
    qsizetype text();
    qsizetype barcode();
    qsizetype twoDimensionalCode();
    qsizetype rasterImage();

    void reset();
    void printLine();
    void printPicture(const QImage &picture);
    void unsupported(const QByteArray &command);
    QString decodeSingleByte(uchar byte);
    uchar at(qsizetype offset) const { return uchar(m_buffer.at(m_position + offset)); }
    qsizetype available() const { return m_buffer.size() - m_position; }

    PrinterProfile m_profile;
    PaperRoll m_paper;
    PrinterStatus m_status;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    QByteArray m_replies;

    // Printer state that ESC @ resets.
    TextStyle m_style;
    Alignment m_alignment = Alignment::Left;
    bool m_koreanMode = false;
    int m_codeTable = 0;
    int m_internationalSet = 0;
    int m_lineSpacing = 0;
    int m_barcodeHeight = 162;
    int m_barcodeModule = 3;
    int m_hriPosition = 0;
    bool m_hriFontB = false;
    int m_qrModule = 3;
    QrErrorCorrection m_qrLevel = QrErrorCorrection::L;
    QByteArray m_qrData;

    QString m_currentText;
    QStringList m_textLines;
    QHash<QByteArray, QString> m_decoded; // bytes → character, per code table: iconv is not cheap
    int m_drawerKicks = 0;
    int m_rasterImages = 0;
    QStringList m_unsupported;
};

} // namespace omnitill
