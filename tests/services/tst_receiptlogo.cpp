#include "LogoRaster.h"
#include "PrintService.h"
#include "ReceiptLogo.h"
#include "ReceiptPrinter.h"
#include "ReceiptSample.h"
#include "ReceiptText.h"
#include "TillFixture.h"

#include <QFile>
#include <QPainter>
#include <QTest>

using namespace omnitill;

// The store's receipt logo and its header and footer lines: a manager's PNG or JPEG becomes printer dots
// (fitted to the printer, dithered to one bit), is kept in the till's own SQLite store, goes to the printer as a
// GS v 0 raster at the top of every receipt and comes out of the virtual printer dot for dot; the header and
// footer print in the receipt's language. Files are real files, the store a real SQLite file.
class TestReceiptLogo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

    QString saved(const QImage &picture, const QString &name, const char *format = "PNG") const
    {
        const QString path = m_folder.filePath(name);
        if (!picture.save(path, format))
            qFatal("cannot save %s", qPrintable(path));
        return path;
    }

    static double darkShare(const QImage &image)
    {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        qint64 dark = 0;
        for (int y = 0; y < gray.height(); ++y)
            for (int x = 0; x < gray.width(); ++x)
                dark += gray.constScanLine(y)[x] < 128 ? 1 : 0;
        return double(dark) / (qint64(gray.width()) * gray.height());
    }

    static QImage dots(const QImage &image) { return image.convertToFormat(QImage::Format_RGB32); }

    // 512 × 16 dots, the left half black: a logo whose every raster byte is known.
    static QImage halfBlackLogo()
    {
        QImage logo(512, 16, QImage::Format_RGB32);
        logo.fill(Qt::white);
        QPainter(&logo).fillRect(0, 0, 256, 16, Qt::black);
        return logo.convertToFormat(QImage::Format_Mono);
    }

    static Receipt sampleWith(const QImage &logo)
    {
        StoreProfile profile(Currency::fromCode(QStringLiteral("KRW")).value());
        profile.storeName = QStringLiteral("Omnitill Seongsu");
        return ReceiptSample::of(profile, logo, QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    }

private Q_SLOTS:
    void file_isFittedToThePrintersDotsAndDithered()
    {
        QImage gradient(1000, 250, QImage::Format_RGB32);
        for (int x = 0; x < gradient.width(); ++x)
            QPainter(&gradient).fillRect(x, 0, 1, 250, QColor::fromRgb(x * 255 / 999, x * 255 / 999, x * 255 / 999));
        const auto logo =
            LogoRaster::fromFile(saved(gradient, QStringLiteral("gradient.png")), PrinterProfile::epsonTmT88());
        QVERIFY2(logo, logo ? "" : qPrintable(logo.error()));
        // 1000 × 250 into 512 dots by at most an inch (180 dots): the width decides.
        QCOMPARE(logo->size(), QSize(512, 128));
        QCOMPARE(logo->format(), QImage::Format_Mono);
        QVERIFY(darkShare(logo->copy(0, 0, 40, 128)) > 0.9);
        QVERIFY(darkShare(logo->copy(472, 0, 40, 128)) < 0.1);

        // Even grey comes out as about half the dots, not all or none as a threshold would make it.
        QImage grey(300, 300, QImage::Format_RGB32);
        grey.fill(QColor(128, 128, 128));
        const auto dithered =
            LogoRaster::fromFile(saved(grey, QStringLiteral("grey.png")), PrinterProfile::epsonTmT88());
        QVERIFY2(dithered, dithered ? "" : qPrintable(dithered.error()));
        QCOMPARE(dithered->size(), QSize(180, 180)); // a square: an inch tall
        const double share = darkShare(*dithered);
        QVERIFY2(share > 0.4 && share < 0.6, qPrintable(QString::number(share)));
    }

    void jpeg_andTransparency_areRead()
    {
        QImage photo(400, 100, QImage::Format_RGB32);
        photo.fill(Qt::black);
        const auto fromJpeg =
            LogoRaster::fromFile(saved(photo, QStringLiteral("logo.jpg"), "JPEG"), PrinterProfile::generic58mm());
        QVERIFY2(fromJpeg, fromJpeg ? "" : qPrintable(fromJpeg.error()));
        QCOMPARE(fromJpeg->width(), PrinterProfile::generic58mm().dotsPerLine);
        QVERIFY(darkShare(*fromJpeg) > 0.95);

        QImage clear(200, 100, QImage::Format_ARGB32);
        clear.fill(Qt::transparent); // transparent is paper, not black
        const auto fromPng =
            LogoRaster::fromFile(saved(clear, QStringLiteral("clear.png")), PrinterProfile::epsonTmT88());
        QVERIFY2(fromPng, fromPng ? "" : qPrintable(fromPng.error()));
        QCOMPARE(darkShare(*fromPng), 0.0);
    }

    void badFiles_areRefusedWithTheReason()
    {
        const PrinterProfile printer = PrinterProfile::epsonTmT88();
        const auto refused = [&](const QString &path, const QString &why) {
            const auto logo = LogoRaster::fromFile(path, printer);
            QVERIFY2(!logo, qPrintable(path));
            QVERIFY2(logo.error().contains(why), qPrintable(logo.error()));
        };
        refused(m_folder.filePath(QStringLiteral("nowhere.png")), QStringLiteral("cannot be read"));

        QFile text(m_folder.filePath(QStringLiteral("notes.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("opening hours 10 to 22\n");
        text.close();
        refused(text.fileName(), QStringLiteral("is not a PNG or JPEG picture"));

        QImage small(20, 20, QImage::Format_RGB32);
        small.fill(Qt::black);
        refused(saved(small, QStringLiteral("logo.bmp"), "BMP"), QStringLiteral("is not a PNG or JPEG picture"));

        QImage banner(5000, 10, QImage::Format_RGB32);
        banner.fill(Qt::white);
        refused(saved(banner, QStringLiteral("banner.png")), QStringLiteral("5000 × 10 pixels"));

        // A real PNG with 6 MB behind it: refused by its size before anything is decoded.
        QFile heavy(saved(small, QStringLiteral("heavy.png")));
        QVERIFY(heavy.open(QIODevice::Append));
        heavy.write(QByteArray(6 * 1024 * 1024, '\0'));
        heavy.close();
        refused(heavy.fileName(), QStringLiteral("too big"));
    }

    void logo_goesToThePrinterAsGsV0RasterBeforeAnythingElse()
    {
        const auto bytes = ReceiptPrinter::escPos(sampleWith(halfBlackLogo()), PrinterProfile::epsonTmT88());
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error()));
        QByteArray row = QByteArray(32, char(0xFF)) + QByteArray(32, '\0');      // 256 dark dots, 256 white, MSB first
        const QByteArray raster = QByteArray::fromHex("1B'61'00"                 // ESC a 0: the image is aligned itself
                                                      "1D'76'30'00'40'00'10'00") // GS v 0 m=0, 64 bytes a row, 16 rows
                                  + row.repeated(16) + QByteArray::fromHex("1B'61'01"); // centred text follows
        const qsizetype at = bytes->indexOf(raster);
        QVERIFY(at > 0);
        QVERIFY2(!bytes->left(at).contains('\n'), "nothing printed above the logo");
        QCOMPARE(bytes->count(QByteArray::fromHex("1D'76'30")), 1); // the only image: the rest is text and QR
    }

    void virtualPrinter_drawsTheLogoDotForDot()
    {
        const QImage logo = halfBlackLogo();
        const auto paper = ReceiptPrinter::image(sampleWith(logo), PrinterProfile::epsonTmT88());
        QVERIFY2(paper, paper ? "" : qPrintable(paper.error()));
        QCOMPARE(paper->width(), 512);
        int top = 0;
        while (top < paper->height() && paper->pixel(0, top) != qRgb(0, 0, 0))
            ++top;
        QVERIFY(top < paper->height());
        QCOMPARE(dots(paper->copy(0, top, 512, 16)), dots(logo));
        QCOMPARE(paper->pixel(0, top + 16), qRgb(255, 255, 255)); // the logo ends where it should

        const auto without = ReceiptPrinter::image(sampleWith({}), PrinterProfile::epsonTmT88());
        QCOMPARE(paper->height() - without->height(), 16);
    }

    void chosenLogo_isKeptInTheStoreAndPrintsOnEveryReceipt()
    {
        TillFixture till;
        StoreSettings settings(*till.store.database);
        const QString path = saved(halfBlackLogo(), QStringLiteral("chosen.png"));
        const auto chosen = ReceiptLogo::choose(settings, path, PrinterProfile::epsonTmT88());
        QVERIFY2(chosen, chosen ? "" : qPrintable(chosen.error()));
        QVERIFY(QFile::remove(path)); // the store has the picture, not the file's path
        QVERIFY(!settings.value(ReceiptLogo::key)->contains(QStringLiteral("chosen")));
        QCOMPARE(dots(ReceiptLogo::load(StoreSettings(*till.store.database), PrinterProfile::epsonTmT88())),
                 dots(*chosen));
        // Fitted again for a narrower printer.
        QCOMPARE(ReceiptLogo::load(settings, PrinterProfile::generic58mm()).width(),
                 PrinterProfile::generic58mm().dotsPerLine);

        till.signIn(QStringLiteral("1001"), QStringLiteral("1111"));
        QVERIFY(till.shifts.open(100000, {{10000, 10}}));
        QVERIFY(till.checkout.scan(QStringLiteral("8809417101124")));
        QVERIFY(till.checkout.tender(TenderMethod::Cash, 100000));
        const qint64 sequence = till.checkout.lastCompleted()->sequence;
        PrintService printing(*till.store.database, *till.store.profile,
                              {PrinterProfile::epsonTmT88(), QStringLiteral("virtual:") + m_folder.path()});
        for (const Receipt::Kind kind : {Receipt::Kind::Original, Receipt::Kind::Copy, Receipt::Kind::Gift}) {
            const auto document = printing.document(sequence, kind);
            QVERIFY2(document, document ? "" : qPrintable(document.error()));
            QCOMPARE(document->blocks().first().kind, PrintBlock::Kind::Image);
            QCOMPARE(dots(document->blocks().first().image), dots(halfBlackLogo()));
        }

        QVERIFY(ReceiptLogo::remove(settings));
        QVERIFY(ReceiptLogo::load(settings, PrinterProfile::epsonTmT88()).isNull());
        QCOMPARE(printing.document(sequence, Receipt::Kind::Original)->blocks().first().kind, PrintBlock::Kind::Text);
    }

    void headerAndFooter_printInTheReceiptsLanguage()
    {
        StoreFixture store;
        StoreSettings settings(*store.database);
        QVERIFY(settings.setValue(QStringLiteral("receipt.header.ko"),
                                  QStringLiteral("영업시간 10:00-22:00\n주차 2시간 무료")));
        QVERIFY(settings.setValue(QStringLiteral("receipt.header.en"), QStringLiteral("Open 10 to 22")));
        QVERIFY(
            settings.setValue(QStringLiteral("receipt.footer.ko"), QStringLiteral("교환·환불 30일 이내\n감사합니다")));
        QVERIFY(settings.setValue(QStringLiteral("receipt.footer.en"), QStringLiteral("Thank you")));

        const auto korean = settings.loadProfile({});
        QVERIFY(korean);
        QCOMPARE(korean->receiptHeader,
                 QStringList({QStringLiteral("영업시간 10:00-22:00"), QStringLiteral("주차 2시간 무료")}));
        const QString printed =
            ReceiptText::layout(ReceiptSample::of(*korean, {}, QDateTime::currentDateTime()), 42).toPlainText(42);
        const QStringList lines = printed.split(u'\n');
        const auto lineOf = [&](const QString &text) {
            return std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.trimmed() == text; }) -
                   lines.cbegin();
        };
        // Under the address, each on its own centred line; the footer's two lines last, also on their own.
        QCOMPARE(lineOf(QStringLiteral("주차 2시간 무료")), lineOf(QStringLiteral("영업시간 10:00-22:00")) + 1);
        QVERIFY(lineOf(QStringLiteral("영업시간 10:00-22:00")) < lineOf(QStringLiteral("감사합니다")));
        QCOMPARE(lineOf(QStringLiteral("감사합니다")), lineOf(QStringLiteral("교환·환불 30일 이내")) + 1);
        QVERIFY(!printed.contains(QStringLiteral("Open 10 to 22")));
        QVERIFY(!printed.contains(QStringLiteral("Thank you")));

        QVERIFY(settings.setValue(QStringLiteral("ui.language"), QStringLiteral("en")));
        const auto english = settings.loadProfile({});
        QCOMPARE(english->receiptHeader, QStringList({QStringLiteral("Open 10 to 22")}));
        QCOMPARE(english->receiptFooter, QStringLiteral("Thank you"));
    }
};

QTEST_MAIN(TestReceiptLogo)
#include "tst_receiptlogo.moc"
