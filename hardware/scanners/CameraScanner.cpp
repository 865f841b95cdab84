#include "CameraScanner.h"

#include "BarcodeImageReader.h"
#include "HardwareLog.h"

#include <QCamera>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QtConcurrent/QtConcurrentRun>

namespace omnitill {

namespace {
// The luminance of a frame as a tightly packed 8-bit plane. Planar and semi-planar YUV formats carry it
// as plane 0 and are copied row by row; packed YUV takes every other byte; anything else (RGB) is
// converted through QImage.
struct Luminance
{
    QByteArray pixels;
    int width = 0;
    int height = 0;
};

Luminance luminanceOf(const QVideoFrame &source)
{
    QVideoFrame frame(source);
    if (!frame.isValid() || !frame.map(QVideoFrame::ReadOnly))
        return {};
    Luminance lum{QByteArray(qsizetype(frame.width()) * frame.height(), Qt::Uninitialized), frame.width(),
                  frame.height()};
    uchar *out = reinterpret_cast<uchar *>(lum.pixels.data());
    const uchar *in = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        for (int y = 0; y < lum.height; ++y)
            std::memcpy(out + qsizetype(y) * lum.width, in + qsizetype(y) * stride, lum.width);
        break;
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        const int first = frame.pixelFormat() == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        for (int y = 0; y < lum.height; ++y) {
            const uchar *row = in + qsizetype(y) * stride + first;
            for (int x = 0; x < lum.width; ++x)
                out[qsizetype(y) * lum.width + x] = row[2 * x];
        }
        break;
    }
    default: {
        frame.unmap();
        const QImage gray = source.toImage().convertToFormat(QImage::Format_Grayscale8);
        if (gray.isNull())
            return {};
        for (int y = 0; y < lum.height && y < gray.height(); ++y)
            std::memcpy(out + qsizetype(y) * lum.width, gray.constScanLine(y), qMin(lum.width, gray.width()));
        return lum;
    }
    }
    frame.unmap();
    return lum;
}
} // namespace

CameraScanner::CameraScanner(QObject *parent)
    : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
    m_session.setVideoSink(&m_sink);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::takeFrame);
    connect(&m_decoding, &QFutureWatcher<std::optional<ScanPayload>>::finished, this, &CameraScanner::decoded);
}

CameraScanner::~CameraScanner()
{
    stop();
    m_decoding.waitForFinished();
}

Result<void> CameraScanner::start(const QString &cameraName)
{
    stop();
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    QStringList names;
    for (const QCameraDevice &camera : cameras) {
        names.append(camera.description());
        if (!cameraName.isEmpty() && camera.description().contains(cameraName, Qt::CaseInsensitive))
            chosen = camera;
    }
    if (chosen.isNull() || (!cameraName.isEmpty() && !chosen.description().contains(cameraName, Qt::CaseInsensitive)))
        return Error{names.isEmpty() ? tr("No camera is connected.")
                                     : tr("No camera named \"%1\"; connected: %2.").arg(cameraName, names.join(u", "))};
    m_camera = std::make_unique<QCamera>(chosen);
    m_session.setCamera(m_camera.get());
    m_camera->start();
    if (m_camera->error() != QCamera::NoError)
        return Error{tr("The camera %1 did not start: %2").arg(chosen.description(), m_camera->errorString())};
    qCInfo(lcScanner) << "reading barcodes from camera" << chosen.description();
    return {};
}

void CameraScanner::stop()
{
    if (m_camera)
        m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void CameraScanner::takeFrame(const QVideoFrame &frame)
{
    if (m_decoding.isRunning() || (m_sinceDecodeBegan.isValid() && m_sinceDecodeBegan.elapsed() < minimumIntervalMs)) {
        ++m_dropped;
        return;
    }
    Luminance lum = luminanceOf(frame);
    if (lum.pixels.isEmpty())
        return;
    m_sinceDecodeBegan.start();
    m_decoding.setFuture(QtConcurrent::run(&m_worker, [lum = std::move(lum)] {
        return BarcodeImageReader::readLuminance(reinterpret_cast<const uchar *>(lum.pixels.constData()), lum.width,
                                                 lum.height, lum.width);
    }));
}

void CameraScanner::decoded()
{
    ++m_decoded;
    const std::optional<ScanPayload> payload = m_decoding.result();
    if (!payload || (payload->data == m_lastData && m_sinceLast.isValid() && m_sinceLast.elapsed() < sameCodeMs))
        return;
    m_lastData = payload->data;
    m_sinceLast.start();
    Q_EMIT scanned(*payload);
}

} // namespace omnitill
