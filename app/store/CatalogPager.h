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
//
// Where the walk has got to is a plain value (Position), so a walk can go on over another connection, e.g.
// each page read off the screen's thread by a StoreReader.
class CatalogPager
{
public:
    enum class Part { Barcode, SkuPrefix, Name, Done };
    struct Position
    {
        QString text;
        Part part = Part::Done;
        // The keyset cursors of the SKU and the name parts.
        QString afterSku;
        qint64 afterId = 0;

        [[nodiscard]] bool atEnd() const { return part == Part::Done; }
    };

    explicit CatalogPager(CatalogRepository &catalog);
    CatalogPager(CatalogRepository &catalog, Position from);

    // Starts over with this search text (trimmed).
    void start(const QString &text);
    // The next limit products (fewer at the end); empty once atEnd().
    [[nodiscard]] QList<Product> next(int limit);
    [[nodiscard]] bool atEnd() const { return m_at.atEnd(); }
    [[nodiscard]] const Position &position() const { return m_at; }

private:
    CatalogRepository &m_catalog;
    Position m_at;
};

} // namespace omnitill
