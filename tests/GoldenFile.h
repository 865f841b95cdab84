#pragma once

#include <QFile>
#include <QTest>

// Compares text with a golden file kept in the repository. On a difference it writes the actual text
// beside the golden one as NAME.fail, so `diff NAME NAME.fail` shows what changed and, if the change
// is right, `mv NAME.fail NAME` accepts it.
inline bool matchesGoldenFile(const QString &actual, const QString &goldenPath)
{
    QFile golden(goldenPath);
    const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
    if (expected == actual.toUtf8()) {
        QFile::remove(goldenPath + QStringLiteral(".fail"));
        return true;
    }
    QFile failed(goldenPath + QStringLiteral(".fail"));
    if (failed.open(QIODevice::WriteOnly))
        failed.write(actual.toUtf8());
    qWarning("golden file %s differs; actual text written to %s.fail", qPrintable(goldenPath), qPrintable(goldenPath));
    return false;
}
