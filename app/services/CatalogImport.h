#pragma once

#include "CatalogCsvImporter.h"

#include <QFutureWatcher>
#include <QObject>

namespace omnitill {

// Imports a catalog file off the screen's thread, with progress and a cancel that damages nothing: the
// importer writes the whole file in one transaction, and a cancel rolls it back, so the catalog is exactly as it
// was. It writes through a connection of its own to the store file, since a connection must stay on the thread
// that opened it; WAL lets the screen keep reading meanwhile, and a sale waits for the import's commit (the busy
// timeout), so imports belong outside opening hours. One import at a time: start() while one runs does nothing.
class CatalogImport : public QObject
{
    Q_OBJECT

public:
    CatalogImport(QString databasePath, Currency currency, QObject *parent = nullptr);
    ~CatalogImport() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // From 0 to 1: the share of the file read so far.
    double progress() const { return m_progress; }

    void start(const QString &filePath);
    void cancel();

Q_SIGNALS:
    void progressed();
    void finished(const omnitill::CatalogCsvImporter::Report &report);

private:
    static constexpr int progressSteps = 1000;

    QString m_databasePath;
    Currency m_currency;
    QFutureWatcher<CatalogCsvImporter::Report> m_watcher;
    double m_progress = 0;
};

} // namespace omnitill
