#pragma once

#include "Result.h"
#include "ScanPayload.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMediaCaptureSession>
#include <QObject>
#include <QThreadPool>
#include <QVideoSink>
#include <memory>

class QCamera;
class QVideoFrame;

namespace omnitill {

// Barcodes and QR codes read from a camera (the kiosk, tills without a scanner): Qt Multimedia delivers
// frames to a QVideoSink, each frame's luminance is copied out and decoded by BarcodeImageReader on a
// worker thread of its own. A frame that arrives while the previous one is still being decoded, or
// sooner than minimumIntervalMs after the last decode began, is dropped: a slow decode lowers the scan
// rate instead of queueing frames, and a frame without a code (15 ms of CPU, bench/RESULTS.md)
// is not searched thirty times a second on a till whose other core runs the screen. A code that stays
// in view is one scan: the same data again within sameCodeMs is not reported twice.
class CameraScanner : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 sameCodeMs = 1500;
    static constexpr qint64 minimumIntervalMs = 100;

    explicit CameraScanner(QObject *parent = nullptr);
    ~CameraScanner() override;

    // Starts the camera whose description contains cameraName, or the default one; the reason says
    // which cameras there are when none fits.
    [[nodiscard]] Result<void> start(const QString &cameraName = {});
    void stop();

    // One frame, as the video sink delivers it (the tests hand frames in directly).
    void takeFrame(const QVideoFrame &frame);
    [[nodiscard]] int framesDecoded() const { return m_decoded; }
    [[nodiscard]] int framesDropped() const { return m_dropped; }

Q_SIGNALS:
    void scanned(const omnitill::ScanPayload &payload);

private:
    void decoded();

    QThreadPool m_worker;
    QFutureWatcher<std::optional<ScanPayload>> m_decoding;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
    std::unique_ptr<QCamera> m_camera;
    int m_decoded = 0;
    int m_dropped = 0;
    QElapsedTimer m_sinceDecodeBegan;
    QString m_lastData;
    QElapsedTimer m_sinceLast;
};

} // namespace omnitill
