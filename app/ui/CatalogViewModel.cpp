#include "CatalogViewModel.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "Money.h"
#include "StoreReader.h"

#include <QDir>
#include <QLocale>
#include <QUrl>

namespace omnitill {

namespace {
// The catalog stores GTIN-14s; a manager compares them with the pack, which shows an EAN-8 or an EAN-13
// (a UPC-A reads as its EAN-13, a leading 0).
QString printedBarcode(const QString &gtin14)
{
    if (gtin14.startsWith(QLatin1String("000000")))
        return gtin14.right(8);
    return gtin14.startsWith(u'0') ? gtin14.right(13) : gtin14;
}

struct Page
{
    QList<Product> products;
    CatalogPager::Position next;
};
} // namespace

CatalogViewModel::CatalogViewModel(const Database &database, StoreReader &reader, StoreProfile profile,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_profile(profile)
    , m_reader(reader)
    , m_lane(reader.newLane())
    , m_import(database.path(), profile.currency)
    , m_export(database.path(), profile.currency)
    , m_promotions(database, profile)
{
    connect(&m_import, &CatalogImport::progressed, this, &CatalogViewModel::importChanged);
    connect(&m_import, &CatalogImport::finished, this, &CatalogViewModel::imported);
    connect(&m_export, &CatalogExport::progressed, this, &CatalogViewModel::exportChanged);
    connect(&m_export, &CatalogExport::finished, this, &CatalogViewModel::exported);
}

void CatalogViewModel::search(const QString &text)
{
    m_text = text.trimmed();
    CatalogPager::Position start;
    start.text = m_text;
    start.part = CatalogPager::Part::Barcode;
    setSearching(true);
    readPage(start, true);
    m_promotions.reload();
}

bool CatalogViewModel::canFetchMore(const QModelIndex &parent) const
{
    // One page at a time: a page asked for again while it is read would supersede itself.
    return !parent.isValid() && !m_position.atEnd() && !m_reader.busy(m_lane);
}

void CatalogViewModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readPage(m_position, false);
}

void CatalogViewModel::readPage(const CatalogPager::Position &from, bool newSearch)
{
    m_reader.read(
        m_lane,
        [from](const Database &database) {
            CatalogRepository catalog(database);
            CatalogPager pager(catalog, from);
            QList<Product> products = pager.next(pageSize);
            return Result<Page>(Page{std::move(products), pager.position()});
        },
        [this, newSearch](const Result<Page> &page) {
            if (!page) {
                setSearching(false);
                setMessage(page.error());
                return;
            }
            m_position = page->next;
            if (newSearch) {
                beginResetModel();
                m_products = page->products;
                endResetModel();
                setSearching(false);
                sayWhatWasFound();
            } else if (!page->products.isEmpty()) {
                beginInsertRows({}, int(m_products.size()), int(m_products.size() + page->products.size() - 1));
                m_products.append(page->products);
                endInsertRows();
            }
        });
}

void CatalogViewModel::sayWhatWasFound()
{
    setMessage(m_products.isEmpty()
                   ? (m_text.isEmpty() ? tr("The catalog is empty.") : tr("No product matches %1.").arg(m_text))
                   : QString());
}

void CatalogViewModel::retranslate()
{
    if (!m_products.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_products.size()) - 1), {PriceRole});
    m_promotions.reload();
    if (!m_searching)
        sayWhatWasFound();
}

void CatalogViewModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged();
}

void CatalogViewModel::importFile(const QString &path)
{
    if (m_importing)
        return;
    const QString trimmed = path.trimmed();
    const QUrl url(trimmed);
    const QString file = url.isLocalFile() ? url.toLocalFile() : trimmed;
    if (file.isEmpty()) {
        m_importFailed = true;
        m_importResult = tr("Type the path of a catalog file (CSV) first.");
        m_importErrors.clear();
        Q_EMIT importChanged();
        return;
    }
    m_importResult.clear();
    m_importFailed = false;
    m_importErrors.clear();
    m_import.start(file);
    m_importing = true;
    Q_EMIT importChanged();
}

void CatalogViewModel::cancelImport()
{
    m_import.cancel();
}

void CatalogViewModel::imported(const CatalogCsvImporter::Report &report)
{
    const QLocale locale(m_profile.localeName);
    m_importErrors.clear();
    for (const CatalogCsvImporter::RowError &error : report.errors)
        m_importErrors.append(error.toString());
    m_importFailed = !report.ok();
    if (report.cancelled)
        m_importResult = tr("Import cancelled: the catalog is as it was.");
    else if (!report.ok())
        m_importResult = (report.errorCount > report.errors.size()
                              ? tr("Problems found: %1, the first %2 listed.")
                                    .arg(locale.toString(report.errorCount), locale.toString(report.errors.size()))
                              : tr("Problems found: %1.").arg(locale.toString(report.errorCount))) +
                         u' ' + tr("Nothing was imported; fix the file and import it again.");
    else
        m_importResult = tr("Products imported: %1.").arg(locale.toString(report.rowsImported));
    m_importing = false;
    Q_EMIT importChanged();
    if (report.ok())
        search(m_text);
}

void CatalogViewModel::exportCsv(const QString &path)
{
    if (m_exporting)
        return;
    m_exportFailed = path.isEmpty();
    m_exportResult = path.isEmpty() ? tr("Nothing was exported: there is no export folder.") : QString();
    if (!path.isEmpty()) {
        m_export.start(path);
        m_exporting = true;
    }
    Q_EMIT exportChanged();
}

void CatalogViewModel::cancelExport()
{
    m_export.cancel();
}

void CatalogViewModel::exported(const CatalogExport::Outcome &outcome)
{
    m_exportFailed = outcome.cancelled || !outcome.error.isEmpty();
    if (outcome.cancelled)
        m_exportResult = tr("Export cancelled: no file was written.");
    else if (!outcome.error.isEmpty())
        m_exportResult = tr("Nothing was exported: %1").arg(outcome.error);
    else
        m_exportResult =
            tr("Products exported: %1, saved as %2")
                .arg(QLocale(m_profile.localeName).toString(outcome.products), QDir::toNativeSeparators(outcome.path));
    m_exporting = false;
    Q_EMIT exportChanged();
}

int CatalogViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant CatalogViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product &product = m_products.at(index.row());
    switch (role) {
    case SkuRole:
        return product.sku;
    case NameKoRole:
        return product.nameKo;
    case NameEnRole:
        return product.nameEn;
    case PriceRole: {
        const QString price = Money(product.unitPriceMinor, m_profile.currency).format(QLocale(m_profile.localeName));
        return product.unit == Unit::Kilogram ? tr("%1/kg").arg(price) : price;
    }
    case TaxClassRole:
        return product.taxClass;
    case BarcodesRole: {
        QStringList codes;
        for (const QString &code : product.barcodes)
            codes.append(printedBarcode(code));
        return codes.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogViewModel::roleNames() const
{
    return {{SkuRole, "sku"},     {NameKoRole, "nameKo"},     {NameEnRole, "nameEn"},
            {PriceRole, "price"}, {TaxClassRole, "taxClass"}, {BarcodesRole, "barcodes"}};
}

void CatalogViewModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace omnitill
