#pragma once

#include <QImage>
#include <QPainter>
#include <QVideoFrame>
#include <cstring>

// Camera frames for tests, made from a picture of a code: the scene a camera sees, and the frame in the
// layouts cameras deliver.
// A 1280×720 camera scene: grey, with the picture in it.
inline QImage scene(const QImage &picture)
{
    QImage image(1280, 720, QImage::Format_Grayscale8);
    image.fill(QColor(170, 170, 170));
    QPainter painter(&image);
    painter.fillRect(QRect(500, 220, 300, 300), Qt::white);
    painter.drawImage(QPoint(520, 240), picture);
    return image;
}

// The frame as a camera delivers it: a luminance plane (Y8, NV12 with its chroma plane, packed YUYV).
inline QVideoFrame frameOf(const QImage &gray, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(gray.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        uchar *out = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
        for (int x = 0; x < gray.width(); ++x) {
            if (format == QVideoFrameFormat::Format_YUYV) {
                out[2 * x] = in[x];
                out[2 * x + 1] = 128;
            } else {
                out[x] = in[x];
            }
        }
    }
    if (format == QVideoFrameFormat::Format_NV12)
        std::memset(frame.bits(1), 128, qsizetype(frame.bytesPerLine(1)) * gray.height() / 2);
    frame.unmap();
    return frame;
}
