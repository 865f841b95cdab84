#pragma once

#include <QFile>
#include <QImage>
#include <QTest>

// Compares an image with a golden PNG kept in the repository, pixel by pixel. On a difference (or a
// missing golden file) it writes the actual image beside the golden one as NAME.fail.png, so the two
// can be looked at side by side and, if the change is right, `mv NAME.fail.png NAME.png` accepts it.
inline bool matchesGoldenImage(const QImage &actual, const QString &goldenPath)
{
    const QString failPath = QString(goldenPath).replace(QStringLiteral(".png"), QStringLiteral(".fail.png"));
    const QImage expected(goldenPath);
    const QImage a = actual.convertToFormat(QImage::Format_Grayscale8);
    const QImage e = expected.convertToFormat(QImage::Format_Grayscale8);
    int different = -1;
    if (!expected.isNull() && a.size() == e.size()) {
        different = 0;
        for (int y = 0; y < a.height(); ++y) {
            const uchar *pa = a.constScanLine(y);
            const uchar *pe = e.constScanLine(y);
            for (int x = 0; x < a.width(); ++x)
                different += pa[x] != pe[x];
        }
    }
    if (different == 0) {
        QFile::remove(failPath);
        return true;
    }
    actual.save(failPath);
    qWarning("golden image %s differs (%s); actual image written to %s", qPrintable(goldenPath),
             expected.isNull()      ? "missing"
             : a.size() != e.size() ? qPrintable(QStringLiteral("size %1x%2 instead of %3x%4")
                                                     .arg(a.width())
                                                     .arg(a.height())
                                                     .arg(e.width())
                                                     .arg(e.height()))
                                    : qPrintable(QStringLiteral("%1 pixels").arg(different)),
             qPrintable(failPath));
    return false;
}
