#include "BarcodeImageReader.h"
#include "BarcodePictures.h"
#include "ScanRouter.h"

#include <QPainter>

using namespace omnitill;

namespace {
// The picture on a larger white page, turned and scaled, as a phone or a tilted label shows it.
QImage turned(const QImage &picture, qreal degrees, qreal scale)
{
    QImage page(1280, 720, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(page.width() / 2.0, page.height() / 2.0);
    painter.rotate(degrees);
    painter.scale(scale, scale);
    painter.drawImage(QPointF(-picture.width() / 2.0, -picture.height() / 2.0), picture);
    return page;
}
} // namespace

class TestBarcodeImageReader : public QObject
{
    Q_OBJECT

private:
    BarcodePictures m_pictures;

    // The code read from the picture; an empty payload (which every test's QCOMPARE fails on) if none.
    static ScanPayload readOne(const QImage &image)
    {
        const auto payload = BarcodeImageReader::read(image);
        if (!payload)
            qWarning() << "no code found in a picture of" << image.size();
        return payload.value_or(ScanPayload{});
    }

private Q_SLOTS:
    void ean13_isReadWithItsSymbology()
    {
        const ScanPayload payload = readOne(m_pictures.zint(QStringLiteral("EANX"), QStringLiteral("400638133393")));
        QCOMPARE(payload.data, QStringLiteral("4006381333931")); // zint added the check digit
        QCOMPARE(payload.symbologyId, QStringLiteral("]E0"));
    }

    void code128_isRead()
    {
        const ScanPayload payload = readOne(m_pictures.zint(QStringLiteral("CODE128"), QStringLiteral("OMNI-128/x")));
        QCOMPARE(payload.data, QStringLiteral("OMNI-128/x"));
        QCOMPARE(payload.symbologyId, QStringLiteral("]C0"));
    }

    void gs1_128_routesToAProductWithLotAndSerial()
    {
        const ScanPayload payload =
            readOne(m_pictures.zint(QStringLiteral("GS1_128"), QStringLiteral("[01]09520123456788[10]ABC123[21]S42")));
        QCOMPARE(payload.symbologyId, QStringLiteral("]C1"));
        const auto routed = ScanRouter(VariableMeasureLayout::standard(), 0).route(payload);
        QVERIFY2(routed, qPrintable(routed ? QString() : routed.error()));
        QCOMPARE(routed->gtin, QStringLiteral("09520123456788"));
        QCOMPARE(routed->lot, QStringLiteral("ABC123"));
        QCOMPARE(routed->serial, QStringLiteral("S42"));
    }

    void gs1DataMatrix_routesToAProductWithExpiry()
    {
        const ScanPayload payload =
            readOne(m_pictures.zint(QStringLiteral("DATAMATRIX"),
                                    QStringLiteral("[01]09520123456788[17]250630[10]LOT7"), {QStringLiteral("--gs1")}));
        QCOMPARE(payload.symbologyId, QStringLiteral("]d2"));
        const auto routed = ScanRouter(VariableMeasureLayout::standard(), 0).route(payload);
        QVERIFY2(routed, qPrintable(routed ? QString() : routed.error()));
        QCOMPARE(routed->expiry, QDate(2025, 6, 30));
        QCOMPARE(routed->lot, QStringLiteral("LOT7"));
    }

    void qrWithACustomerToken_goesToTheCustomerHandler()
    {
        const QByteArray token = "OMC1:eyJjaWQiOiJjLTEiLCJ0aWVyIjoiZ29sZCJ9.c2lnbmF0dXJlLWJ5dGVz";
        const ScanPayload payload = readOne(m_pictures.qrencode(token));
        QCOMPARE(payload.data, QString::fromLatin1(token));
        QCOMPARE(payload.symbologyId, QStringLiteral("]Q1"));
        const auto routed = ScanRouter(VariableMeasureLayout::standard(), 0).route(payload);
        QVERIFY(routed);
        QCOMPARE(routed->kind, ScannedCode::Kind::Customer);
    }

    void turnedAndScaledQrCodes_areRead_data()
    {
        QTest::addColumn<qreal>("degrees");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("upright, 1.5×") << 0.0 << 1.5;
        QTest::newRow("30°, 1×") << 30.0 << 1.0;
        QTest::newRow("90°, 2×") << 90.0 << 2.0;
        QTest::newRow("200°, 0.8×") << 200.0 << 0.8;
    }
    void turnedAndScaledQrCodes_areRead()
    {
        QFETCH(qreal, degrees);
        QFETCH(qreal, scale);
        const QByteArray token = "OMO1:eyJvcmRlciI6Ik8tNDIifQ.c2ln";
        QCOMPARE(readOne(turned(m_pictures.qrencode(token), degrees, scale)).data, QString::fromLatin1(token));
    }

    // Bars are read along rows and, with rotation tried, columns: sideways and upside down, not askew.
    void sidewaysAndUpsideDownBarcodes_areRead_data()
    {
        QTest::addColumn<qreal>("degrees");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("90°, 1.2×") << 90.0 << 1.2;
        QTest::newRow("180°, 0.8×") << 180.0 << 0.8;
        QTest::newRow("270°, 1×") << 270.0 << 1.0;
        QTest::newRow("3°, 2×") << 3.0 << 2.0;
    }
    void sidewaysAndUpsideDownBarcodes_areRead()
    {
        QFETCH(qreal, degrees);
        QFETCH(qreal, scale);
        const QImage ean = m_pictures.zint(QStringLiteral("EANX"), QStringLiteral("880123456789"));
        QCOMPARE(readOne(turned(ean, degrees, scale)).data, QStringLiteral("8801234567893"));
    }

    void blankPicture_hasNoCode()
    {
        QImage blank(1280, 720, QImage::Format_Grayscale8);
        blank.fill(Qt::white);
        QVERIFY(!BarcodeImageReader::read(blank));
        blank.fill(Qt::black);
        QVERIFY(!BarcodeImageReader::read(blank));
        QVERIFY(!BarcodeImageReader::read(QImage()));
    }
};

QTEST_GUILESS_MAIN(TestBarcodeImageReader)
#include "tst_barcodeimagereader.moc"
