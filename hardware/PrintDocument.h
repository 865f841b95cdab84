#pragma once

#include "PrinterFont.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace omnitill {

// One thing on a printed document: a line of text already fitted to the columns it was laid out for,
// a QR code, a picture already in printer dots (the store's logo), or the cut at the end.
struct PrintBlock
{
    enum class Kind { Text, QrCode, Image, Cut };
    Kind kind = Kind::Text;
    QString text;
    Alignment alignment = Alignment::Left;
    TextStyle style;
    QByteArray data; // QrCode: the bytes it encodes
    QImage image;    // Image: one dot per pixel, dark pixels print
};

// A laid-out document in printer terms, independent of any printer: what a receipt layout produces and
// every output renders: plain text for the screen, ESC/POS for a printer (EscPosEncoder::document),
// and through the virtual printer an image. Text blocks never hold a line break.
class PrintDocument
{
public:
    void text(const QString &line, Alignment alignment = Alignment::Left, TextStyle style = {});
    void qrCode(const QByteArray &data);
    // A picture printed dot for dot, centred: at most the printer's dots per line wide.
    void image(const QImage &picture);
    void cut();

    const QList<PrintBlock> &blocks() const { return m_blocks; }

    // The text lines as a monospaced screen shows them, columns wide: centred and right-aligned lines are
    // padded with spaces; QR codes, images and cuts have no text form.
    [[nodiscard]] QString toPlainText(int columns) const;

private:
    QList<PrintBlock> m_blocks;
};

} // namespace omnitill
