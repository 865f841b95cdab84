#include "CatalogExport.h"

#include "CatalogCsvImporter.h"
#include "CatalogRepository.h"
#include "CsvTable.h"
#include "Database.h"
#include "Money.h"

#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace omnitill {

CatalogExport::CatalogExport(QString databasePath, Currency currency, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_currency(std::move(currency))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this](int value) {
        m_progress = double(value) / progressSteps;
        Q_EMIT progressed();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const QFuture<Outcome> future = m_watcher.future();
        Outcome outcome;
        // A future cancelled before its worker reported keeps no result; the worker left no file all the same.
        if (future.resultCount() > 0)
            outcome = future.result();
        else
            outcome.cancelled = true;
        Q_EMIT finished(outcome);
    });
}

CatalogExport::~CatalogExport()
{
    cancel();
    m_watcher.waitForFinished();
}

CatalogExport::Outcome CatalogExport::write(const Database &database, const Currency &currency, QIODevice &device,
                                            const Progress &progress, const CancelCheck &cancelled)
{
    Outcome outcome;
    CatalogRepository catalog(database);
    const qint64 total = catalog.productCount();
    const QStringList columns = CatalogCsvImporter::header().split(u',');
    QByteArray header = CsvTable::byteOrderMark;
    header += CsvTable::record(QVariantList(columns.cbegin(), columns.cend()));
    bool written = device.write(header) == header.size();
    QString afterSku;
    while (written) {
        if (cancelled && cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        const QList<Product> page = catalog.skuPrefixPage(QString(), afterSku, pageSize);
        if (page.isEmpty())
            break;
        QByteArray lines;
        for (const Product &product : page) {
            lines += CsvTable::record({product.sku, product.barcodes.join(u'|'), product.nameKo, product.nameEn,
                                       product.category, Money(product.unitPriceMinor, currency).toDecimalString(),
                                       product.taxClass, unitCode(product.unit)});
        }
        written = device.write(lines) == lines.size();
        outcome.products += page.size();
        afterSku = page.last().sku;
        if (progress)
            progress(outcome.products, qMax(total, outcome.products));
    }
    if (!written)
        outcome.error = tr("The file could not be written: %1").arg(device.errorString());
    return outcome;
}

void CatalogExport::start(const QString &filePath)
{
    if (m_watcher.isRunning())
        return;
    m_progress = 0;
    m_watcher.setFuture(
        QtConcurrent::run([path = m_databasePath, currency = m_currency, filePath](QPromise<Outcome> &promise) {
            Outcome failed;
            failed.path = filePath;
            // Its own connection, no integrity scan: the store the till runs on was checked when it opened.
            auto opened = Database::open(path, Database::IntegrityCheck::Schema);
            if (!opened) {
                failed.error = opened.error();
                promise.addResult(failed);
                return;
            }
            QSaveFile file(filePath); // all or nothing: a cancel or a full disk leaves no half catalog
            if (!file.open(QIODevice::WriteOnly)) {
                failed.error = file.errorString();
                promise.addResult(failed);
                return;
            }
            promise.setProgressRange(0, progressSteps);
            Outcome outcome = write(
                **opened, currency, file,
                [&promise](qint64 done, qint64 total) { promise.setProgressValue(int(done * progressSteps / total)); },
                [&promise] { return promise.isCanceled(); });
            outcome.path = filePath;
            if (outcome.cancelled || !outcome.error.isEmpty())
                file.cancelWriting();
            else if (!file.commit())
                outcome.error = file.errorString();
            promise.addResult(outcome);
        }));
}

void CatalogExport::cancel()
{
    m_watcher.cancel();
}

} // namespace omnitill
