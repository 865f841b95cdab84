#pragma once

#include "Currency.h"
#include "Product.h"
#include "Result.h"
#include "TaxClass.h"

#include <QList>

class QIODevice;

namespace omnitill {

class Database;

// A made-up but plausible catalog of any size, for benchmarks and demos: Korean and English names
// built from brands, kinds and sizes, prices, two tax classes, some products sold by the kilogram and
// some with a second barcode.
//
// Product i is a pure function of the seed and i, so a benchmark can pick random products to look up
// without holding the catalog, and the same seed always gives the same catalog. Every product has
// barcode(i), a valid EAN-13 "880" + i (9 digits) + check digit; i runs from 0 to 999,999,999.
class SyntheticCatalog
{
public:
    explicit SyntheticCatalog(Currency currency, quint64 seed = 1);

    // The tax classes the products refer to; they must be in the database before the products.
    [[nodiscard]] static QList<TaxClass> taxClasses();
    // The primary barcode of product index.
    [[nodiscard]] static QString barcode(qint64 index);

    [[nodiscard]] Product product(qint64 index) const;

    // Writes products 0 .. count - 1 as a catalog file for CatalogCsvImporter (its header first).
    [[nodiscard]] Result<void> writeCsv(QIODevice &device, qint64 count) const;
    // Writes the tax classes and products 0 .. count - 1 straight into the database, in one transaction.
    [[nodiscard]] Result<void> insertInto(const Database &database, qint64 count) const;

private:
    Currency m_currency;
    quint64 m_seed;
};

} // namespace omnitill
