#pragma once

#include "Currency.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <functional>

class QIODevice;

namespace omnitill {

class Database;

// Writes the whole catalog to a CSV file off the screen's thread, in the catalog importer's own format
// (CatalogCsvImporter::header(), prices in major units), so what an export writes an import reads back. Products
// are read a page at a time along the SKU index (CatalogRepository::skuPrefixPage) and written as they come, each
// field through CsvTable's rules: 1,000,000 products are never in memory together. Progress is products written
// of those counted at the start; a cancel, or a failure, leaves no file behind (the file is a QSaveFile,
// committed only after the last product). It reads through a connection of its own to the store file, as
// CatalogImport writes through one. One export at a time: start() while one runs does nothing.
class CatalogExport : public QObject
{
    Q_OBJECT

public:
    // How it ended: products written (the file is complete), or cancelled, or why it failed.
    struct Outcome
    {
        QString path;
        qint64 products = 0;
        bool cancelled = false;
        QString error;
    };

    // Called after every page with products written and products in the catalog; true from the cancel check stops.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using CancelCheck = std::function<bool()>;

    static constexpr int pageSize = 2000;

    CatalogExport(QString databasePath, Currency currency, QObject *parent = nullptr);
    ~CatalogExport() override;

    // The export itself, on the calling thread: every product of database to device.
    [[nodiscard]] static Outcome write(const Database &database, const Currency &currency, QIODevice &device,
                                       const Progress &progress, const CancelCheck &cancelled);

    bool isRunning() const { return m_watcher.isRunning(); }
    // From 0 to 1: the share of the products written so far.
    double progress() const { return m_progress; }

    void start(const QString &filePath);
    void cancel();

Q_SIGNALS:
    void progressed();
    void finished(const omnitill::CatalogExport::Outcome &outcome);

private:
    static constexpr int progressSteps = 1000;

    QString m_databasePath;
    Currency m_currency;
    QFutureWatcher<Outcome> m_watcher;
    double m_progress = 0;
};

} // namespace omnitill
