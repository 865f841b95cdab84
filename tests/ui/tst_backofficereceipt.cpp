#include "BackOfficeVisit.h"
#include "ReceiptLogo.h"

#include <QFile>
#include <QLinearGradient>
#include <QPainter>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Omnitill_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Omnitill_CashierPlugin)

using namespace omnitill;

// The receipt's head and foot on the back office's settings page, on the till's own window over a real store
// (the Seoul demo, an Epson TM-T88: 512 dots a line): a logo chosen by its file's path is converted, kept in the
// store and drawn at the top of the page's receipt preview; a file that is no picture, or none, is refused with
// the reason; header and footer lines make the preview longer; "Remove logo" takes it off again.
class TestBackOfficeReceipt : public QObject, private BackOfficeVisit
{
    Q_OBJECT

private:
    static SettingsViewModel *Settings() { return qml::SettingsSingleton::instance; }

    QString stored(const QString &key) const
    {
        return StoreSettings(*m_store->database).value(key).value_or(QString());
    }
    QQuickItem *item(const QString &objectName) const { return visibleItem(m_window->contentItem(), objectName); }
    // The logo's row says what is stored; a row is an item of the list, found as a finger would.
    QString logoSummary() const { return item(QStringLiteral("logoSummary"))->property("text").toString(); }
    // The preview's picture as the page shows it, in printer dots.
    int previewHeight() const
    {
        return item(QStringLiteral("receiptSampleImage"))->property("sourceSize").toSize().height();
    }

    // The receipt group in view: the list makes only the rows on screen.
    void showReceiptGroup()
    {
        auto *list = item(QStringLiteral("settingsFields"));
        QVERIFY(list);
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, 2), Q_ARG(int, 1 /* ListView.Beginning */));
        QTRY_VERIFY(item(QStringLiteral("save:receipt.logo")));
    }

    // A logo as a designer would hand it over: 800 × 200 pixels, a shaded band and a solid block.
    QString logoFile() const
    {
        QImage logo(800, 200, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        QLinearGradient shade(0, 0, 800, 0);
        shade.setColorAt(0, Qt::black);
        shade.setColorAt(1, Qt::white);
        painter.fillRect(0, 0, 800, 60, shade);
        painter.fillRect(250, 80, 300, 120, Qt::black);
        painter.end();
        const QString path = m_store->directory.filePath(QStringLiteral("logo.png"));
        if (!logo.save(path))
            qFatal("cannot save the logo");
        return path;
    }

    void chooseLogo(const QString &path)
    {
        item(QStringLiteral("setting:receipt.logo"))->setProperty("text", path);
        click("save:receipt.logo");
    }

private Q_SLOTS:
    void initTestCase()
    {
        open("settingsPageTab", "settingsFields");
        showReceiptGroup();
    }

    void cleanupTestCase() { close(); }

    void logo_isConvertedKeptInTheStoreAndPreviewed()
    {
        QCOMPARE(logoSummary(), QStringLiteral("No logo"));
        QTRY_VERIFY(previewHeight() > 0);
        const int without = previewHeight();

        const QString path = logoFile();
        chooseLogo(path);
        // 800 × 200 into 512 dots by at most an inch (180 dots): 512 × 128.
        QTRY_COMPARE(textOf("settingsMessage"),
                     QStringLiteral("Logo saved (512 × 128 dots). It prints from the next receipt."));
        QVERIFY(!Settings()->refused());
        QCOMPARE(logoSummary(), QStringLiteral("Logo: 512 × 128 dots"));
        QVERIFY(!stored(ReceiptLogo::key).isEmpty());
        QVERIFY(!stored(ReceiptLogo::key).contains(QStringLiteral("logo.png")));

        // The preview is drawn again, the logo on top: 128 rows of it first, its solid block black in the middle.
        QTRY_COMPARE(previewHeight(), without + 128);
        const QImage preview = Settings()->receiptPreview();
        const auto inked = [&](int y) {
            for (int x = 0; x < preview.width(); ++x)
                if (preview.pixel(x, y) == qRgb(0, 0, 0))
                    return true;
            return false;
        };
        int top = 0;
        while (top < preview.height() && !inked(top))
            ++top;
        QVERIFY(top < 16);
        QCOMPARE(preview.pixel(256, top + 100), qRgb(0, 0, 0));
        QCOMPARE(preview.pixel(20, top + 100), qRgb(255, 255, 255)); // transparent is paper

        // It no longer needs the file.
        QVERIFY(QFile::remove(path));
        QCOMPARE(ReceiptLogo::load(StoreSettings(*m_store->database), m_assembly->printing.printer().profile).height(),
                 128);
    }

    void badFiles_areRefusedWithTheReason_andTheLogoStays()
    {
        const QString before = stored(ReceiptLogo::key);
        chooseLogo(m_store->directory.filePath(QStringLiteral("missing.png")));
        QTRY_VERIFY2(textOf("settingsMessage").contains(QStringLiteral("cannot be read")),
                     qPrintable(textOf("settingsMessage")));
        QVERIFY(Settings()->refused());

        QFile notes(m_store->directory.filePath(QStringLiteral("notes.jpg")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("no picture here");
        notes.close();
        chooseLogo(notes.fileName());
        QTRY_VERIFY2(textOf("settingsMessage").contains(QStringLiteral("is not a PNG or JPEG picture")),
                     qPrintable(textOf("settingsMessage")));
        chooseLogo(QString());
        QTRY_COMPARE(textOf("settingsMessage"), QStringLiteral("Give the path of a PNG or JPEG file for the logo."));
        QCOMPARE(stored(ReceiptLogo::key), before);
        QCOMPARE(logoSummary(), QStringLiteral("Logo: 512 × 128 dots"));
    }

    void headerAndFooter_lengthenThePreview()
    {
        const int before = previewHeight();
        item(QStringLiteral("settingLines:receipt.header.ko"))
            ->setProperty("text", QStringLiteral("영업시간 10:00-22:00\n주차 2시간 무료"));
        click("save:receipt.header.ko");
        QTRY_COMPARE(stored(QStringLiteral("receipt.header.ko")),
                     QStringLiteral("영업시간 10:00-22:00\n주차 2시간 무료"));
        QTRY_VERIFY(previewHeight() > before);
        const int withHeader = previewHeight();

        item(QStringLiteral("settingLines:receipt.footer.ko"))
            ->setProperty(
                "text", QStringLiteral("교환·환불은 영수증 지참 30일 이내\n온라인 주문도 매장 반품 가능\n감사합니다"));
        click("save:receipt.footer.ko");
        QTRY_VERIFY(previewHeight() > withHeader);
        // The English receipts' lines are kept apart and do not print on this store's Korean receipts.
        const int withFooter = previewHeight();
        QVERIFY(Settings()->save(QStringLiteral("receipt.footer.en"), QStringLiteral("Thank you\nSee you soon")));
        QCOMPARE(stored(QStringLiteral("receipt.footer.en")), QStringLiteral("Thank you\nSee you soon"));
        QTest::qWait(100);
        QCOMPARE(previewHeight(), withFooter);
    }

    // With OMNITILL_SCREENS_DIR set (scripts/screens.sh), the receipt settings with a logo, header and footer, and
    // the preview, at the till's 1280 × 800 in both languages, for docs/screens.
    void screens_inBothLanguages()
    {
        if (screensFolder().isEmpty())
            QSKIP("OMNITILL_SCREENS_DIR is not set");
        photograph(QStringLiteral("receipt"), [this] {
            Settings()->refresh();
            showReceiptGroup();
        });
    }

    void removeLogo_takesItOff()
    {
        const int with = previewHeight();
        click("removeLogo");
        QTRY_COMPARE(logoSummary(), QStringLiteral("No logo"));
        QCOMPARE(textOf("settingsMessage"),
                 QStringLiteral("Logo removed. Receipts print without it from the next one."));
        QVERIFY(ReceiptLogo::load(StoreSettings(*m_store->database), m_assembly->printing.printer().profile).isNull());
        QTRY_COMPARE(previewHeight(), with - 128);
    }
};

QTEST_MAIN(TestBackOfficeReceipt)
#include "tst_backofficereceipt.moc"
