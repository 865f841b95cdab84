#pragma once

#include "Product.h"
#include "Result.h"
#include "TaxClass.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace omnitill {

class Database;

// The products, barcodes and tax classes in the store database, as domain values.
//
// Lookups run on every scan, so each statement is prepared once, when the repository is made, and
// reused; make the repository after SchemaManager has brought the schema up to date, and destroy it
// before the Database. Barcodes are stored and matched as GTIN-14 (Gtin::gtin14()), so a UPC-A scan finds
// the product listed under its EAN-13, and Product::barcodes holds GTIN-14s.
//
// A database error during a lookup is logged and reads as "not found": the caller's answer is the same
// (the item cannot be sold from the catalog), and the log says why.
class CatalogRepository
{
public:
    explicit CatalogRepository(const Database &database);

    // Accepts any GTIN spelling (8, 12, 13 or 14 digits); a code that is not a valid GTIN finds nothing.
    [[nodiscard]] std::optional<Product> findByBarcode(const QString &code);
    [[nodiscard]] std::optional<Product> findBySku(const QString &sku);
    // Products whose SKU starts with the text (case-sensitive, first, in SKU order), then products whose
    // Korean or English name contains it (English case-insensitively), at most limit in all; text made only of
    // initial consonants (ㅅㄹㅇ) searches by initials instead. Names are
    // scanned, not indexed: about 0.3 s for a miss over 1,000,000 products, sooner when limit is reached.
    [[nodiscard]] QList<Product> search(const QString &text, int limit);
    [[nodiscard]] qint64 productCount();
    // Products whose Korean name starts with these initial consonants (ㅅㄹㅇ finds 새로운 우유), by
    // name; search() takes this path by itself when the text is initials only.
    [[nodiscard]] QList<Product> searchByInitials(const QString &initials, int limit);
    // Keyset pages for the back office's catalog list, so a page deep into 1,000,000 products costs what the
    // first does. skuPrefixPage: the products whose SKU starts with prefix (every product for ""), after afterSku
    // ("" first) in SKU order, a range of the sku index. namePage: those whose Korean or English name contains
    // text (English case-insensitively) and whose SKU does not start with it (skuPrefixPage listed those), after
    // afterId (0 first) in the order they were added: a scan of the table in its own order, which stops once
    // limit are found (walking the sku index instead would fetch every row out of order, ten times slower), so a
    // rare name costs a whole scan.
    [[nodiscard]] QList<Product> skuPrefixPage(const QString &prefix, const QString &afterSku, int limit);
    [[nodiscard]] QList<Product> namePage(const QString &text, qint64 afterId, int limit);
    // A page of a category for the product grid, in SKU order.
    [[nodiscard]] QList<Product> productsInCategory(const QString &category, int limit, int offset = 0);
    [[nodiscard]] QStringList categories();

    // Inserts the tax class, or updates the name and rate of the one with the same code.
    [[nodiscard]] Result<void> putTaxClass(const TaxClass &taxClass);
    [[nodiscard]] QList<TaxClass> taxClasses();

    // Inserts the product, or updates the one with the same SKU (product.id is ignored), and makes its
    // barcodes exactly product.barcodes, taking over any that belonged to another product. Returns the
    // product's id. Many writes belong inside one Transaction: alone, each is a durable commit.
    [[nodiscard]] Result<qint64> upsertProduct(const Product &product);

private:
    [[nodiscard]] std::optional<Product> findOne(QSqlQuery &query, const QString &key);
    [[nodiscard]] QList<Product> readAll(QSqlQuery &query, const char *what);

    QSqlDatabase m_connection;
    QSqlQuery m_productByBarcode;
    QSqlQuery m_productBySku;
    QSqlQuery m_productsBySkuPrefix;
    QSqlQuery m_productsByName;
    QSqlQuery m_productsByInitials;
    QSqlQuery m_productsInCategory;
    QSqlQuery m_skuPrefixPage;
    QSqlQuery m_namePage;
    QSqlQuery m_upsertProduct;
    QSqlQuery m_deleteBarcodes;
    QSqlQuery m_upsertBarcode;
};

} // namespace omnitill
