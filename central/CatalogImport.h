#pragma once

#include "CatalogStore.h"

namespace omnitill::central {

// Reads an operator's import file into catalog items, every item checked before anything is written: a
// file with one bad line imports nothing and says which line.
//
// JSON: a list of items, or {"items": [...]}; {"sku": "A1", "removed": true} removes an item.
// CSV: a header row naming the fields, one item per line; fields may be quoted ("Kim, Jiwoo"), and the
// money and count columns (price, value, threshold, buy, get) are whole numbers.
// Each item needs its key: "sku" for products and prices, "id" for promotions. A price needs a whole
// "price" in minor units; a promotion a "kind" the till's promotion engine knows.
class CatalogImport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImport)

public:
    [[nodiscard]] static Outcome<QList<CatalogItem>> fromJson(CatalogCollection collection, const QByteArray &json);
    [[nodiscard]] static Outcome<QList<CatalogItem>> fromCsv(CatalogCollection collection, const QByteArray &csv);
    // By the file's extension: .json or .csv.
    [[nodiscard]] static Outcome<QList<CatalogItem>> fromFile(CatalogCollection collection, const QString &path);

private:
    // where: "item 3", "line 4", for the error.
    [[nodiscard]] static Outcome<CatalogItem> itemOf(CatalogCollection collection, const QJsonObject &json,
                                                     const QString &where);
    [[nodiscard]] static Outcome<QList<CatalogItem>> checked(CatalogCollection collection,
                                                             const QList<std::pair<QJsonObject, QString>> &rows);
};

} // namespace omnitill::central
