#include "BarcodePictures.h"
#include "CameraFrames.h"
#include "CameraScanner.h"

#include <QSignalSpy>

using namespace omnitill;

class TestCameraScanner : public QObject
{
    Q_OBJECT

private:
    BarcodePictures m_pictures;

private Q_SLOTS:
    void framesOfEachLayout_yieldTheCode_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::newRow("Y8") << QVideoFrameFormat::Format_Y8;
        QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12;
        QTest::newRow("YUYV") << QVideoFrameFormat::Format_YUYV;
    }
    void framesOfEachLayout_yieldTheCode()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        const QByteArray token = "OMCP1:eyJjb3Vwb24iOiJDLTcifQ.c2ln";
        CameraScanner camera;
        QSignalSpy scanned(&camera, &CameraScanner::scanned);
        const QVideoFrame frame = frameOf(scene(m_pictures.qrencode(token)), format);
        QVERIFY(frame.isValid());
        camera.takeFrame(frame);
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QString::fromLatin1(token));
        QCOMPARE(scanned.first().first().value<ScanPayload>().symbologyId, QStringLiteral("]Q1"));
    }

    void framesWhileBusy_areDropped_andACodeInViewIsOneScan()
    {
        CameraScanner camera;
        QSignalSpy scanned(&camera, &CameraScanner::scanned);
        const QVideoFrame frame =
            frameOf(scene(m_pictures.zint(QStringLiteral("EANX"), QStringLiteral("880123456789"))),
                    QVideoFrameFormat::Format_Y8);
        for (int i = 0; i < 30; ++i) // a second of 30 fps video, faster than it can be decoded
            camera.takeFrame(frame);
        QTRY_COMPARE(camera.framesDecoded() + camera.framesDropped(), 30);
        QVERIFY2(camera.framesDropped() > 0, "frames arriving during a decode must be dropped, not queued");
        QTRY_COMPARE(scanned.size(), 1);
        const int decoded = camera.framesDecoded();
        QTest::qWait(CameraScanner::minimumIntervalMs + 20);
        camera.takeFrame(frame); // the same code, still in view
        QTRY_COMPARE(camera.framesDecoded(), decoded + 1);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanPayload>().data, QStringLiteral("8801234567893"));
    }

    void blankFrames_yieldNothing()
    {
        CameraScanner camera;
        QSignalSpy scanned(&camera, &CameraScanner::scanned);
        QImage blank(1280, 720, QImage::Format_Grayscale8);
        blank.fill(Qt::white);
        camera.takeFrame(frameOf(blank, QVideoFrameFormat::Format_Y8));
        QTRY_COMPARE(camera.framesDecoded(), 1);
        QCOMPARE(scanned.size(), 0);
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camerascanner.moc"
