#pragma once

#include "CatalogExport.h"
#include "CatalogImport.h"
#include "CatalogPager.h"
#include "PromotionListModel.h"
#include "StoreProfile.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class Database;
class StoreReader;

// The back office's catalog page: the products, or those a search finds (SKU, barcode, Korean or English
// name), a page at a time as the list is scrolled (fetchMore over a CatalogPager), so a catalog of 1,000,000
// products is never read whole; every page is read off the screen's thread (a StoreReader), since a name that
// matches nothing reads every name, and a newer search stops an older one; a catalog file imported off the screen's
// thread with progress, a cancel that leaves the catalog as it was, and every refused row listed; the whole catalog
// exported as CSV the same way (off the thread, progress, a cancel that leaves no file); the active promotions beside
// them. The rows are
// the products fetched so far. Only reachable inside the back office (BackOfficeViewModel asked for
// Permission::ViewReports on the way in).
class CatalogViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its catalog page")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // A search's first page is being read; the rows shown are the last search's until it comes.
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    Q_PROPERTY(bool importing READ importing NOTIFY importChanged)
    Q_PROPERTY(double importProgress READ importProgress NOTIFY importChanged)
    Q_PROPERTY(QString importResult READ importResult NOTIFY importChanged)
    Q_PROPERTY(bool importFailed READ importFailed NOTIFY importChanged)
    Q_PROPERTY(QStringList importErrors READ importErrors NOTIFY importChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportChanged)
    Q_PROPERTY(QString exportResult READ exportResult NOTIFY exportChanged)
    Q_PROPERTY(bool exportFailed READ exportFailed NOTIFY exportChanged)
    Q_PROPERTY(PromotionListModel *promotions READ promotions CONSTANT)

public:
    enum Role { SkuRole = Qt::UserRole + 1, NameKoRole, NameEnRole, PriceRole, TaxClassRole, BarcodesRole };
    Q_ENUM(Role)

    static constexpr int pageSize = 100;

    CatalogViewModel(const Database &database, StoreReader &reader, StoreProfile profile, QObject *parent = nullptr);

    QString message() const { return m_message; }
    bool searching() const { return m_searching; }
    // Until the result is on screen, not only until the worker stops: the page never shows neither.
    bool importing() const { return m_importing; }
    double importProgress() const { return m_import.progress(); }
    QString importResult() const { return m_importResult; }
    bool importFailed() const { return m_importFailed; }
    QStringList importErrors() const { return m_importErrors; }
    bool exporting() const { return m_exporting; }
    double exportProgress() const { return m_export.progress(); }
    QString exportResult() const { return m_exportResult; }
    bool exportFailed() const { return m_exportFailed; }
    PromotionListModel *promotions() { return &m_promotions; }

    // Shows the first page of what text finds (every product when empty), once read, and reads the promotions
    // again.
    Q_INVOKABLE void search(const QString &text);
    // A local file path, or a file: URL as a FileDialog gives it.
    Q_INVOKABLE void importFile(const QString &path);
    Q_INVOKABLE void cancelImport();
    // Prices per kilogram, the promotions and what the search found, in the language just chosen.
    void retranslate();
    // Every product, whatever the search, to the file at path (Exports.newFile): a catalog too big for a table
    // export, which writes only the rows on screen, on the screen's thread.
    Q_INVOKABLE void exportCsv(const QString &path);
    Q_INVOKABLE void cancelExport();

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void messageChanged();
    void searchingChanged();
    void importChanged();
    void exportChanged();

private:
    // Reads limit products on from `from`, then appends them (or shows them alone, for a new search).
    void readPage(const CatalogPager::Position &from, bool newSearch);
    void setSearching(bool searching);
    void sayWhatWasFound();
    void imported(const CatalogCsvImporter::Report &report);
    void exported(const CatalogExport::Outcome &outcome);
    void setMessage(const QString &message);

    StoreProfile m_profile;
    StoreReader &m_reader;
    const int m_lane;
    QString m_text;
    CatalogPager::Position m_position; // after the last page shown
    bool m_searching = false;
    QList<Product> m_products;
    CatalogImport m_import;
    bool m_importing = false;
    QString m_importResult;
    bool m_importFailed = false;
    QStringList m_importErrors;
    CatalogExport m_export;
    bool m_exporting = false;
    QString m_exportResult;
    bool m_exportFailed = false;
    PromotionListModel m_promotions;
    QString m_message;
};

} // namespace omnitill
