// ZXing-cpp decode time for the camera path: a 1280×720 luminance frame, as CameraScanner hands it to
// BarcodeImageReader on its worker thread, with one QR code (a customer app token) in the scene, and
// the same scene without a code (most frames of a camera pointed at a counter). Goal (devices issue):
// under 20 ms per frame with a code on this machine. Prints wall time and the thread's CPU time: on a
// loaded machine the wall time includes slices given to other processes.
//   bench_camera_decode [RUNS]   (default 50)

#include "BarcodeImage.h"
#include "BarcodeImageReader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <ctime>

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
        const QByteArray token =
            "OMC1:eyJjaWQiOiJjLTAwMDEyMyIsImV4cCI6MTcwMDAwMDEyMCwiaWF0IjoxNzAwMDAwMDAwLCJraWQiOiJrMSIs"
            "Im5vbmNlIjoiQWJDZEVmR2giLCJ0aWVyIjoiZ29sZCIsInYiOjF9.c2lnbmF0dXJlLXNpeHR5LWZvdXItYnl0ZXMt";
        const QImage qr = BarcodeImage::qrCode(token, QrErrorCorrection::M, 4).value();
        QPainter painter(&image);
        painter.drawImage(QPoint(760, 220), qr.convertToFormat(QImage::Format_Grayscale8));
    }
    return image;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

void measure(const char *label, const QImage &image, int runs)
{
    QList<double> wall;
    QList<double> cpu;
    bool found = false;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const auto payload =
            BarcodeImageReader::readLuminance(image.constBits(), image.width(), image.height(), image.bytesPerLine());
        cpu.append(threadCpuMs() - cpuStart);
        wall.append(timer.nsecsElapsed() / 1e6);
        found = payload.has_value();
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-24s found=%-3s wall p50 %.1f ms p90 %.1f ms max %.1f ms | cpu p50 %.1f ms p90 %.1f ms (%d runs)\n",
                label, found ? "yes" : "no", wall.at(runs / 2), wall.at(runs * 9 / 10), wall.last(), cpu.at(runs / 2),
                cpu.at(runs * 9 / 10), runs);
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
