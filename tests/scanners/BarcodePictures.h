#pragma once

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Barcode pictures made by generators independent of ZXing (Debian's zint and qrencode), so that the
// camera path is not tested against its own writer. The programs' paths come from CMake.
class BarcodePictures
{
public:
    // zint: symbology by name (EANX, CODE128, GS1_128, DATAMATRIX), data, extra options ("--gs1").
    QImage zint(const QString &symbology, const QString &data, const QStringList &options = {})
    {
        const QString file = m_dir.filePath(QStringLiteral("zint-%1.png").arg(++m_count));
        run(QStringLiteral(ZINT_PROGRAM),
            QStringList{QStringLiteral("-b"), symbology, QStringLiteral("--scale=2"), QStringLiteral("--quietzones"),
                        QStringLiteral("-o"), file, QStringLiteral("-d"), data} +
                options);
        return QImage(file);
    }

    QImage qrencode(const QByteArray &data)
    {
        const QString file = m_dir.filePath(QStringLiteral("qr-%1.png").arg(++m_count));
        run(QStringLiteral(QRENCODE_PROGRAM),
            {QStringLiteral("-s"), QStringLiteral("4"), QStringLiteral("-o"), file, QString::fromUtf8(data)});
        return QImage(file);
    }

private:
    static void run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        QVERIFY2(process.waitForFinished(10000) && process.exitCode() == 0,
                 qPrintable(program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QLatin1String(": ") +
                            QString::fromLocal8Bit(process.readAllStandardError())));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
};
