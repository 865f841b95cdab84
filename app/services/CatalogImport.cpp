#include "CatalogImport.h"

#include "Database.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace omnitill {

CatalogImport::CatalogImport(QString databasePath, Currency currency, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_currency(std::move(currency))
{
    using Watcher = QFutureWatcher<CatalogCsvImporter::Report>;
    connect(&m_watcher, &Watcher::progressValueChanged, this, [this](int value) {
        m_progress = double(value) / progressSteps;
        Q_EMIT progressed();
    });
    connect(&m_watcher, &Watcher::finished, this, [this] {
        const QFuture<CatalogCsvImporter::Report> future = m_watcher.future();
        CatalogCsvImporter::Report report;
        // A future cancelled before its worker reported keeps no result; the worker rolled back all the same.
        if (future.resultCount() > 0)
            report = future.result();
        else
            report.cancelled = true;
        Q_EMIT finished(report);
    });
}

CatalogImport::~CatalogImport()
{
    cancel();
    m_watcher.waitForFinished();
}

void CatalogImport::start(const QString &filePath)
{
    if (m_watcher.isRunning())
        return;
    m_progress = 0;
    m_watcher.setFuture(QtConcurrent::run(
        [path = m_databasePath, currency = m_currency, filePath](QPromise<CatalogCsvImporter::Report> &promise) {
            // Its own connection, no integrity scan: the store the till runs on was checked when it opened.
            auto opened = Database::open(path, Database::IntegrityCheck::Schema);
            if (!opened) {
                CatalogCsvImporter::Report report;
                report.errorCount = 1;
                report.errors.append({0, opened.error()});
                promise.addResult(report);
                return;
            }
            promise.setProgressRange(0, progressSteps);
            CatalogCsvImporter importer(**opened, currency);
            importer.setProgressCallback([&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(done * progressSteps / total));
            });
            importer.setCancelCheck([&promise] { return promise.isCanceled(); });
            promise.addResult(importer.importFile(filePath));
        }));
}

void CatalogImport::cancel()
{
    m_watcher.cancel();
}

} // namespace omnitill
