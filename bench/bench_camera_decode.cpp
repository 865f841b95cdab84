// ZXing-cpp decode time for the camera path: a 1280×720 luminance frame, as CameraScanner hands it to
// BarcodeImageReader on its worker thread, with one QR code (a customer app token) in the scene, and
// the same scene without a code (most frames of a camera pointed at a counter). Goal (devices issue):
// under 20 ms per frame with a code on this machine.
//   bench_camera_decode [RUNS]   (default 50)

#include "BarcodeImage.h"
#include "BarcodeImageReader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace omnitill;

namespace {
// A grey, slightly noisy counter with the phone's QR code (4 px per module, about 200 px) off-centre.
QImage frame(bool withCode)
{
    QImage image(1280, 720, QImage::Format_Grayscale8);
    QRandomGenerator noise(42);
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            row[x] = uchar(120 + x / 32 + noise.bounded(24));
    }
    if (withCode) {
        const QByteArray token = "OMC1:eyJjaWQiOiJjLTAwMDEyMyIsImV4cCI6MTcwMDAwMDEyMCwiaWF0IjoxNzAwMDAwMDAwLCJraWQiOiJrMSIs"
                                 "Im5vbmNlIjoiQWJDZEVmR2giLCJ0aWVyIjoiZ29sZCIsInYiOjF9.c2lnbmF0dXJlLXNpeHR5LWZvdXItYnl0ZXMt";
        const QImage qr = BarcodeImage::qrCode(token, QrErrorCorrection::M, 4).value();
        QPainter painter(&image);
        painter.drawImage(QPoint(760, 220), qr.convertToFormat(QImage::Format_Grayscale8));
    }
    return image;
}

void measure(const char *label, const QImage &image, int runs)
{
    QList<double> ms;
    bool found = false;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto payload = BarcodeImageReader::readLuminance(image.constBits(), image.width(), image.height(),
                                                               image.bytesPerLine());
        ms.append(timer.nsecsElapsed() / 1e6);
        found = payload.has_value();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-28s found=%s  min %.1f ms  p50 %.1f ms  p90 %.1f ms  max %.1f ms  (%d runs)\n", label,
                found ? "yes" : "no", ms.first(), ms.at(ms.size() / 2), ms.at(ms.size() * 9 / 10), ms.last(), runs);
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    measure("1280x720, one QR code", frame(true), runs);
    measure("1280x720, no code", frame(false), runs);
    return 0;
}
