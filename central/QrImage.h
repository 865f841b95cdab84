#pragma once

#include <QByteArray>
#include <QString>

namespace omnitill::central {

// A QR code as a PNG, for the customer app page: ZXing-cpp encodes the text, each module becomes a square of
// pixelsPerModule pixels with a four-module quiet zone. Whole pixels per module keep it sharp when a browser
// scales it (image-rendering: pixelated) and easy for a till's scanner or camera to read off a phone screen.
class QrImage
{
public:
    static constexpr int defaultPixelsPerModule = 6;

    [[nodiscard]] static QByteArray png(const QString &text, int pixelsPerModule = defaultPixelsPerModule);
    // The same PNG as a data: URL, for an <img> that needs no second request.
    [[nodiscard]] static QString dataUrl(const QString &text, int pixelsPerModule = defaultPixelsPerModule);
    // The code drawn in a terminal with half blocks (two modules a character, light modules drawn, dark ones
    // left to the terminal's dark background), so a support person can scan it off the screen.
    [[nodiscard]] static QString terminal(const QString &text);
};

} // namespace omnitill::central
