#include "CsvTable.h"
#include "ReportPdf.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace omnitill;

// What the back office's exports write: CSV a spreadsheet opens with Korean intact and no formula smuggled in,
// and PDF reports whose Korean text a PDF reader gets back (pdftotext), over as many pages as they need.
class TestExports : public QObject
{
    Q_OBJECT

private:
    static QStandardItemModel *table(QObject *parent)
    {
        auto *model = new QStandardItemModel(parent);
        model->setItemRoleNames({{Qt::UserRole + 1, "name"}, {Qt::UserRole + 2, "total"}});
        const QList<std::pair<QString, QVariant>> rows{{QStringLiteral("김민지"), qint64(19900)},
                                                       {QStringLiteral("Kim, \"MJ\""), qint64(-3000)},
                                                       {QStringLiteral("=HYPERLINK(\"x\")"), qint64(0)},
                                                       {QStringLiteral("-2+3"), QStringLiteral("-19.90")}};
        for (const auto &[name, total] : rows) {
            auto *item = new QStandardItem;
            item->setData(name, Qt::UserRole + 1);
            item->setData(total, Qt::UserRole + 2);
            model->appendRow(item);
        }
        return model;
    }

    static QString pdfText(const QString &path, const QStringList &options = {})
    {
        QProcess process;
        process.start(QStringLiteral(PDFTOTEXT_PROGRAM), options + QStringList{path, QStringLiteral("-")});
        if (!process.waitForFinished(20000) || process.exitCode() != 0)
            return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void csv_quotesKeepsKoreanAndDefusesFormulas()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(CsvTable::write(buffer, *table(this),
                                {{"name", QStringLiteral("고객")}, {"total", QStringLiteral("Total, KRW")}}));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                           "고객,\"Total, KRW\"\r\n"
                                           "김민지,19900\r\n"
                                           "\"Kim, \"\"MJ\"\"\",-3000\r\n"
                                           "\"'=HYPERLINK(\"\"x\"\")\",0\r\n"
                                           "'-2+3,-19.90\r\n"));
    }

    void csv_namesAColumnTheTableDoesNotHave()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto written = CsvTable::write(buffer, *table(this), {{"price", QStringLiteral("Price")}});
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("price")), qPrintable(written.error()));
    }

    void pdf_keepsKoreanTextAndBreaksPages()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("z-report.pdf"));
        QStringList lines{QStringLiteral("Z 보고서 #12"), QStringLiteral("현금        ₩1,234,000")};
        for (int i = 1; i <= 150; ++i)
            lines.append(QStringLiteral("영수증 %1      ₩%2").arg(i).arg(i * 1000));
        QVERIFY(ReportPdf::write(path, QStringLiteral("마감 보고서 (Z)"), lines.join(QLatin1Char('\n'))));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("마감 보고서 (Z)")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("Z 보고서 #12")));
        QVERIFY(text.contains(QStringLiteral("영수증 150")));
        // 150 lines do not fit one A4 page: the last receipt is on a later page than the first.
        QVERIFY(!pdfText(path, {QStringLiteral("-l"), QStringLiteral("1")}).contains(QStringLiteral("영수증 150 ")));
        QVERIFY(pdfText(path, {QStringLiteral("-f"), QStringLiteral("2")}).contains(QStringLiteral("영수증 150")));
    }

    void pdf_saysWhenTheFileCannotBeWritten()
    {
        const auto written = ReportPdf::write(QStringLiteral("/proc/no/such/folder/report.pdf"), QStringLiteral("X"),
                                              QStringLiteral("x"));
        QVERIFY(!written);
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
