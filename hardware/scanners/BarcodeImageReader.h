#pragma once

#include "ScanPayload.h"

#include <QImage>
#include <optional>

namespace omnitill {

// Reads a barcode or QR code from a picture with ZXing-cpp: the camera's frames (their luminance plane)
// and still images. The code found becomes the ScanPayload a hardware scanner would have sent, the text
// with ZXing's AIM symbology identifier beside it ("]E0", "]C1", "]Q1", "]d2"), so camera scans take
// the same route as every other scan. Any orientation and moderate scaling are read; a picture without
// a code gives nothing. Thread-safe: the camera decodes on a worker thread.
//
// One code per picture, like a hand scanner: ZXing-cpp 1.4's search for several symbols compares
// results in a way that trips an assertion (Result::operator==, "lineCount() == 1", kept in Debian's
// build) when it meets the same linear code twice, e.g. on two scales of one picture.
class BarcodeImageReader
{
public:
    [[nodiscard]] static std::optional<ScanPayload> read(const QImage &image);
    // An 8-bit luminance plane, row by row, bytesPerLine apart (the Y plane of a YUV camera frame).
    [[nodiscard]] static std::optional<ScanPayload> readLuminance(const uchar *pixels, int width, int height,
                                                                  qsizetype bytesPerLine);
};

} // namespace omnitill
