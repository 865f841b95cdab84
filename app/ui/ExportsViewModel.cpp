#include "ExportsViewModel.h"

#include "CsvTable.h"
#include "ReportPdf.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace omnitill {

ExportsViewModel::ExportsViewModel(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
{
}

QString ExportsViewModel::nextPath(const QString &name, const QString &suffix)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(m_folder).filePath(QStringLiteral("%1-%2.%3").arg(name, stamp, suffix));
    for (int copy = 2; QFile::exists(path); ++copy) // two exports within a second
        path = QDir(m_folder).filePath(QStringLiteral("%1-%2-%3.%4").arg(name, stamp).arg(copy).arg(suffix));
    return path;
}

bool ExportsViewModel::finish(const QString &path, const QString &error)
{
    m_lastFile = error.isEmpty() ? path : QString();
    m_error = error;
    Q_EMIT messageChanged();
    return error.isEmpty();
}

QString ExportsViewModel::message() const
{
    if (!m_error.isEmpty())
        return tr("Nothing was exported: %1").arg(m_error);
    return m_lastFile.isEmpty() ? QString() : tr("Saved as %1").arg(QDir::toNativeSeparators(m_lastFile));
}

bool ExportsViewModel::csv(QAbstractItemModel *model, const QVariantList &columns, const QString &name)
{
    if (!model)
        return finish({}, tr("there is no table to export"));
    if (!QDir().mkpath(m_folder))
        return finish({}, tr("the folder %1 cannot be made").arg(m_folder));
    QList<CsvColumn> wanted;
    for (const QVariant &column : columns) {
        const QVariantMap map = column.toMap();
        wanted.append(
            {map.value(QStringLiteral("role")).toString().toUtf8(), map.value(QStringLiteral("header")).toString()});
    }
    const QString path = nextPath(name, QStringLiteral("csv"));
    QSaveFile file(path); // all or nothing: a full disk leaves no half table behind
    if (!file.open(QIODevice::WriteOnly))
        return finish({}, file.errorString());
    if (auto written = CsvTable::write(file, *model, wanted); !written)
        return finish({}, written.error());
    if (!file.commit())
        return finish({}, file.errorString());
    return finish(path, {});
}

bool ExportsViewModel::pdf(const QString &title, const QString &text, const QString &name)
{
    if (!QDir().mkpath(m_folder))
        return finish({}, tr("the folder %1 cannot be made").arg(m_folder));
    const QString path = nextPath(name, QStringLiteral("pdf"));
    if (auto written = ReportPdf::write(path, title, text); !written)
        return finish({}, written.error());
    return finish(path, {});
}

QString ExportsViewModel::newFile(const QString &name, const QString &suffix)
{
    if (!QDir().mkpath(m_folder)) {
        finish({}, tr("the folder %1 cannot be made").arg(m_folder));
        return {};
    }
    return nextPath(name, suffix);
}

} // namespace omnitill
