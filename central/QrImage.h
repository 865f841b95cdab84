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
};

} // namespace omnitill::central
