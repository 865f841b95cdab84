#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Qt 6.4 frees a Repeater's old delegates while a Quick Layout they sit in still measures them: a Repeater directly
// in a RowLayout, ColumnLayout or GridLayout whose model changes (a language switch re-reads many) crashes the till
// under a real window system. Every such Repeater must sit in a positioner (Row, Column, Grid, Flow) instead; a
// model that never changes (a literal list, the languages offered) is safe where it is.
class TestQmlRepeaters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noChangingRepeaterSitsDirectlyInALayout()
    {
        static const QRegularExpression element(QStringLiteral("^(\\s*)([A-Z]\\w*)\\s*\\{"));
        static const QRegularExpression repeater(QStringLiteral("^(\\s*)Repeater\\s*\\{"));
        static const QRegularExpression model(QStringLiteral("^\\s*model:\\s*(.*)$"));
        QStringList offenders;
        int repeaters = 0;
        QDirIterator files(QStringLiteral(QML_SOURCE_DIR), {QStringLiteral("*.qml")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                const auto found = repeater.match(lines.at(i));
                if (!found.hasMatch())
                    continue;
                ++repeaters;
                const qsizetype indent = found.capturedLength(1);
                QString parent;
                for (int j = i - 1; j >= 0 && parent.isEmpty(); --j) {
                    const auto up = element.match(lines.at(j));
                    if (up.hasMatch() && up.capturedLength(1) < indent)
                        parent = up.captured(2);
                }
                QString source;
                for (int k = i + 1; k < qMin(i + 6, int(lines.size())) && source.isEmpty(); ++k)
                    source = model.match(lines.at(k)).captured(1).trimmed();
                const bool constant = source.startsWith(u'[') || source == QLatin1String("Language.available");
                if (parent.endsWith(QLatin1String("Layout")) && !constant)
                    offenders.append(QStringLiteral("%1:%2 (%3 in a %4)").arg(path).arg(i + 1).arg(source, parent));
            }
        }
        QVERIFY2(repeaters > 5, "the QML sources were not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestQmlRepeaters)
#include "tst_qmlrepeaters.moc"
