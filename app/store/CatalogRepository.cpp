#include "CatalogRepository.h"

#include "Database.h"
#include "Gtin.h"
#include "HangulInitials.h"

#include <QCoreApplication>
#include <QSqlError>
#include <algorithm>

namespace omnitill {

namespace {

// Every product query selects these columns in this order; productFrom() reads them by position.
// The barcodes come along in one statement, so a scan costs one round through SQLite, not two.
const QString productColumns =
    QStringLiteral("p.id, p.sku, p.name_ko, p.name_en, p.category, p.unit_price_minor, p.tax_class, p.unit, "
                   "(SELECT group_concat(b2.code, ' ') FROM barcodes b2 WHERE b2.product_id = p.id)");

const QString productByBarcodeSql =
    QStringLiteral("SELECT %1 FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?")
        .arg(productColumns);
const QString productBySkuSql = QStringLiteral("SELECT %1 FROM products p WHERE p.sku = ?").arg(productColumns);
// A range rather than LIKE 'x%', so the UNIQUE index on sku serves it whatever the text contains.
const QString productsBySkuPrefixSql =
    QStringLiteral("SELECT %1 FROM products p WHERE p.sku >= ? AND p.sku < ? ORDER BY p.sku LIMIT ?")
        .arg(productColumns);
// No ORDER BY: sorting would read every match; unsorted, the scan stops once the limit is reached.
const QString productsByNameSql = QStringLiteral("SELECT %1 FROM products p "
                                                 "WHERE p.name_ko LIKE ? ESCAPE '\\' OR p.name_en LIKE ? ESCAPE '\\' "
                                                 "LIMIT ?")
                                      .arg(productColumns);
const QString productsByInitialsSql =
    QStringLiteral("SELECT %1 FROM products p WHERE p.name_initials >= ? AND p.name_initials < ? "
                   "ORDER BY p.name_initials, p.sku LIMIT ?")
        .arg(productColumns);
const QString productsInCategorySql =
    QStringLiteral("SELECT %1 FROM products p WHERE p.category = ? ORDER BY p.sku LIMIT ? OFFSET ?")
        .arg(productColumns);
// Keyset pages: "p.sku > ?" walks the sku index from the cursor; "p.id > ?" the table itself, in rowid order.
const QString skuPrefixPageSql =
    QStringLiteral("SELECT %1 FROM products p WHERE p.sku > ? AND p.sku >= ? AND p.sku < ? ORDER BY p.sku LIMIT ?")
        .arg(productColumns);
const QString namePageSql = QStringLiteral("SELECT %1 FROM products p WHERE p.id > ? "
                                           "AND (p.name_ko LIKE ? ESCAPE '\\' OR p.name_en LIKE ? ESCAPE '\\') "
                                           "AND NOT (p.sku >= ? AND p.sku < ?) ORDER BY p.id LIMIT ?")
                                .arg(productColumns);
const QString upsertProductSql = QStringLiteral(
    "INSERT INTO products (sku, name_ko, name_en, category, unit_price_minor, tax_class, unit, name_initials) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (sku) DO UPDATE SET name_ko = excluded.name_ko, name_en = excluded.name_en, "
    "category = excluded.category, unit_price_minor = excluded.unit_price_minor, "
    "tax_class = excluded.tax_class, unit = excluded.unit, name_initials = excluded.name_initials "
    "RETURNING id");
const QString upsertBarcodeSql = QStringLiteral("INSERT INTO barcodes (code, product_id) VALUES (?, ?) "
                                                "ON CONFLICT (code) DO UPDATE SET product_id = excluded.product_id");

Product productFrom(const QSqlQuery &query)
{
    Product product;
    product.id = query.value(0).toLongLong();
    product.sku = query.value(1).toString();
    product.nameKo = query.value(2).toString();
    product.nameEn = query.value(3).toString();
    product.category = query.value(4).toString();
    product.unitPriceMinor = query.value(5).toLongLong();
    product.taxClass = query.value(6).toString();
    product.unit = unitFromCode(query.value(7).toString());
    product.barcodes = query.value(8).toString().split(u' ', Qt::SkipEmptyParts);
    // group_concat's order is unspecified; a stable order keeps screens and tests from flickering.
    product.barcodes.sort();
    return product;
}

QSqlQuery prepared(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    // Forward only: Qt would otherwise cache every row it has read, for nothing.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qCCritical(lcStore) << "cannot prepare" << sql << query.lastError().text();
    return query;
}

Error writeError(const QSqlQuery &query)
{
    qCWarning(lcStore) << "catalog write failed:" << query.lastError().text();
    return Error{QCoreApplication::translate("CatalogRepository", "The catalog could not be saved: %1")
                     .arg(query.lastError().databaseText())};
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; an absent name is ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// LIKE treats % and _ as wildcards; a search for "100%" means the characters.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

// Every string that starts with prefix sorts from prefix up to (not including) this.
QString prefixEnd(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

} // namespace

CatalogRepository::CatalogRepository(const Database &database)
    : m_connection(database.connection())
    , m_productByBarcode(prepared(m_connection, productByBarcodeSql))
    , m_productBySku(prepared(m_connection, productBySkuSql))
    , m_productsBySkuPrefix(prepared(m_connection, productsBySkuPrefixSql))
    , m_productsByName(prepared(m_connection, productsByNameSql))
    , m_productsByInitials(prepared(m_connection, productsByInitialsSql))
    , m_productsInCategory(prepared(m_connection, productsInCategorySql))
    , m_skuPrefixPage(prepared(m_connection, skuPrefixPageSql))
    , m_namePage(prepared(m_connection, namePageSql))
    , m_upsertProduct(prepared(m_connection, upsertProductSql))
    , m_deleteBarcodes(prepared(m_connection, QStringLiteral("DELETE FROM barcodes WHERE product_id = ?")))
    , m_upsertBarcode(prepared(m_connection, upsertBarcodeSql))
{
}

std::optional<Product> CatalogRepository::findByBarcode(const QString &code)
{
    const auto gtin = Gtin::parse(code);
    if (!gtin)
        return std::nullopt;
    return findOne(m_productByBarcode, gtin->gtin14());
}

std::optional<Product> CatalogRepository::findBySku(const QString &sku)
{
    return findOne(m_productBySku, sku);
}

std::optional<Product> CatalogRepository::findOne(QSqlQuery &query, const QString &key)
{
    query.bindValue(0, key);
    if (!query.exec()) {
        qCWarning(lcStore) << "product lookup failed:" << query.lastError().text();
        return std::nullopt;
    }
    std::optional<Product> product;
    if (query.next())
        product = productFrom(query);
    // An unfinished SELECT keeps its read transaction open, which in WAL mode pins an old snapshot and
    // stops checkpoints; finish() ends it.
    query.finish();
    return product;
}

QList<Product> CatalogRepository::readAll(QSqlQuery &query, const char *what)
{
    QList<Product> found;
    if (query.exec()) {
        while (query.next())
            found.append(productFrom(query));
    } else {
        qCWarning(lcStore) << what << "failed:" << query.lastError().text();
    }
    query.finish();
    return found;
}

QList<Product> CatalogRepository::searchByInitials(const QString &initials, int limit)
{
    const QString key = hangul::initialsKey(initials);
    m_productsByInitials.bindValue(0, key);
    m_productsByInitials.bindValue(1, prefixEnd(key));
    m_productsByInitials.bindValue(2, limit);
    return readAll(m_productsByInitials, "initials search");
}

QList<Product> CatalogRepository::productsInCategory(const QString &category, int limit, int offset)
{
    m_productsInCategory.bindValue(0, category);
    m_productsInCategory.bindValue(1, limit);
    m_productsInCategory.bindValue(2, offset);
    return readAll(m_productsInCategory, "category listing");
}

QList<Product> CatalogRepository::skuPrefixPage(const QString &prefix, const QString &afterSku, int limit)
{
    m_skuPrefixPage.bindValue(0, text(afterSku));
    m_skuPrefixPage.bindValue(1, text(prefix));
    m_skuPrefixPage.bindValue(2, prefixEnd(prefix));
    m_skuPrefixPage.bindValue(3, limit);
    return readAll(m_skuPrefixPage, "SKU page");
}

QList<Product> CatalogRepository::namePage(const QString &nameText, qint64 afterId, int limit)
{
    const QString pattern = containsPattern(nameText);
    m_namePage.bindValue(0, afterId);
    m_namePage.bindValue(1, pattern);
    m_namePage.bindValue(2, pattern);
    m_namePage.bindValue(3, text(nameText));
    m_namePage.bindValue(4, prefixEnd(nameText));
    m_namePage.bindValue(5, limit);
    return readAll(m_namePage, "name page");
}

QStringList CatalogRepository::categories()
{
    QStringList found;
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    // DISTINCT over the (category, sku) index: one step per category, not per product.
    if (!query.exec(QStringLiteral("SELECT DISTINCT category FROM products ORDER BY category"))) {
        qCWarning(lcStore) << "reading categories failed:" << query.lastError().text();
        return found;
    }
    while (query.next())
        found.append(query.value(0).toString());
    return found;
}

QList<Product> CatalogRepository::search(const QString &text, int limit)
{
    QList<Product> found;
    const QString term = text.trimmed();
    if (term.isEmpty() || limit <= 0)
        return found;
    if (hangul::isInitialsQuery(term))
        return searchByInitials(term, limit);

    m_productsBySkuPrefix.bindValue(0, term);
    m_productsBySkuPrefix.bindValue(1, prefixEnd(term));
    m_productsBySkuPrefix.bindValue(2, limit);
    if (m_productsBySkuPrefix.exec()) {
        while (m_productsBySkuPrefix.next())
            found.append(productFrom(m_productsBySkuPrefix));
    } else {
        qCWarning(lcStore) << "SKU search failed:" << m_productsBySkuPrefix.lastError().text();
    }
    m_productsBySkuPrefix.finish();
    if (found.size() >= limit)
        return found;

    // Asking for limit more than still needed covers the SKU matches that the name search finds again.
    const QString pattern = containsPattern(term);
    m_productsByName.bindValue(0, pattern);
    m_productsByName.bindValue(1, pattern);
    m_productsByName.bindValue(2, limit + found.size());
    if (m_productsByName.exec()) {
        while (found.size() < limit && m_productsByName.next()) {
            const qint64 id = m_productsByName.value(0).toLongLong();
            const bool already =
                std::any_of(found.cbegin(), found.cend(), [id](const Product &p) { return p.id == id; });
            if (!already)
                found.append(productFrom(m_productsByName));
        }
    } else {
        qCWarning(lcStore) << "name search failed:" << m_productsByName.lastError().text();
    }
    m_productsByName.finish();
    return found;
}

qint64 CatalogRepository::productCount()
{
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM products")) || !query.next()) {
        qCWarning(lcStore) << "product count failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

Result<void> CatalogRepository::putTaxClass(const TaxClass &taxClass)
{
    QSqlQuery query(m_connection);
    query.prepare(QStringLiteral("INSERT INTO tax_classes (code, name, rate_per_million) VALUES (?, ?, ?) "
                                 "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                 "rate_per_million = excluded.rate_per_million"));
    query.addBindValue(taxClass.code);
    query.addBindValue(taxClass.name);
    query.addBindValue(taxClass.ratePerMillion);
    if (!query.exec())
        return writeError(query);
    return {};
}

QList<TaxClass> CatalogRepository::taxClasses()
{
    QList<TaxClass> classes;
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code, name, rate_per_million FROM tax_classes ORDER BY code"))) {
        qCWarning(lcStore) << "reading tax classes failed:" << query.lastError().text();
        return classes;
    }
    while (query.next())
        classes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    return classes;
}

Result<qint64> CatalogRepository::upsertProduct(const Product &product)
{
    // Validated before anything is written, so a bad barcode cannot leave the product half saved.
    QStringList codes;
    codes.reserve(product.barcodes.size());
    for (const QString &barcode : product.barcodes) {
        const auto gtin = Gtin::parse(barcode);
        if (!gtin)
            return Error{gtin.error()};
        codes.append(gtin->gtin14());
    }

    m_upsertProduct.bindValue(0, product.sku);
    m_upsertProduct.bindValue(1, text(product.nameKo));
    m_upsertProduct.bindValue(2, text(product.nameEn));
    m_upsertProduct.bindValue(3, text(product.category));
    m_upsertProduct.bindValue(4, product.unitPriceMinor);
    m_upsertProduct.bindValue(5, product.taxClass);
    m_upsertProduct.bindValue(6, unitCode(product.unit));
    m_upsertProduct.bindValue(7, hangul::initialsKey(product.nameKo));
    if (!m_upsertProduct.exec() || !m_upsertProduct.next())
        return writeError(m_upsertProduct);
    const qint64 id = m_upsertProduct.value(0).toLongLong();
    m_upsertProduct.finish();

    m_deleteBarcodes.bindValue(0, id);
    if (!m_deleteBarcodes.exec())
        return writeError(m_deleteBarcodes);
    for (const QString &code : std::as_const(codes)) {
        m_upsertBarcode.bindValue(0, code);
        m_upsertBarcode.bindValue(1, id);
        if (!m_upsertBarcode.exec())
            return writeError(m_upsertBarcode);
    }
    return id;
}

} // namespace omnitill
