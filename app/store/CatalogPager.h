#pragma once

#include "Product.h"

#include <QList>
#include <QString>

namespace omnitill {

class CatalogRepository;

// Walks the catalog, or what matches a search, one page at a time, for a list that grows as it is scrolled:
// never the whole table in memory, and every page a keyset query (CatalogRepository::skuPrefixPage and
// namePage), so page 20,000 of 1,000,000 products answers as fast as the first.
//
// A search text that is a valid barcode (any GTIN spelling) and names a product finds that product alone: a
// scanned code means one item. Otherwise the products whose SKU starts with the text come first, in SKU order,
// then those whose Korean or English name contains it, in the order they were added; a product appears once.
// An empty text walks every product in SKU order.
class CatalogPager
{
public:
    explicit CatalogPager(CatalogRepository &catalog);

    // Starts over with this search text (trimmed).
    void start(const QString &text);
    // The next limit products (fewer at the end); empty once atEnd().
    [[nodiscard]] QList<Product> next(int limit);
    [[nodiscard]] bool atEnd() const { return m_part == Part::Done; }

private:
    enum class Part { Barcode, SkuPrefix, Name, Done };

    CatalogRepository &m_catalog;
    QString m_text;
    Part m_part = Part::Done;
    // The keyset cursors of the SKU and the name parts.
    QString m_afterSku;
    qint64 m_afterId = 0;
};

} // namespace omnitill
