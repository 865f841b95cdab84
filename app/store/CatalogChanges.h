#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace omnitill {

class CatalogRepository;
class Database;

// Applies the central store's catalog changes (GET /v1/catalog/{collection}/changes) to the till's own
// catalog, one page at a time in the caller's transaction, so that a page and its cursor are kept together.
// Applying a change twice leaves the same catalog, so a page sent again after a cut-off does no harm.
//   products    {"sku", "nameKo", "nameEn" (or "name"), "category", "taxClass", "unit", "barcodes", "price"}:
//               inserted or updated (barcodes a list or "a|b"; without a price the till's stays, or is 0);
//               removed: the product and its barcodes go
//   prices      {"sku", "price"}: the product's shelf price; a price for a product the till lacks waits for
//               nothing (the product brings its own price when it comes); removed: the price stays
//   promotions  {"id", "nameKo", "nameEn", "kind", "skus", "categories", "buy", "get", "value", "threshold",
//               "memberOnly", "firstDay", "lastDay", "weekdays", "dailyStart", "dailyEnd", "enabled"};
//               removed: the promotion goes
// An item the till cannot use (no tax class it knows, a promotion the domain refuses) fails the page with
// its key, so the cursor stays and the problem shows in the back office rather than prices silently going
// wrong.
class CatalogChanges
{
    Q_DECLARE_TR_FUNCTIONS(CatalogChanges)

public:
    CatalogChanges(const Database &database, CatalogRepository &catalog);

    // The changes' "key", "item" and "removed"; answers how many were applied.
    [[nodiscard]] Result<int> apply(const QString &collection, const QJsonArray &changes);

private:
    [[nodiscard]] Result<void> applyProduct(const QString &sku, const QJsonObject &item);
    [[nodiscard]] Result<void> applyPrice(const QString &sku, const QJsonObject &item);
    [[nodiscard]] Result<void> applyPromotion(const QString &id, const QJsonObject &item);
    [[nodiscard]] Result<void> remove(const QString &collection, const QString &key);

    const Database &m_database;
    CatalogRepository &m_catalog;
};

} // namespace omnitill
