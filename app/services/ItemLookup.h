#pragma once

#include "Product.h"
#include "Result.h"
#include "ScanRouter.h"
#include "VariableMeasure.h"

#include <QCoreApplication>

namespace omnitill {

class CatalogRepository;

// What a scan or a typed code resolved to: the product as it goes on the line (a price-embedded label
// overrides the price) and how much of it.
struct ItemMatch
{
    Product product;
    Quantity quantity = Quantity::pieces(1);
    QString scannedCode;
};

// Turns what the scanner or the cashier typed into a sellable item: a GTIN (check digit verified), an
// in-store variable-measure label (weight or price in the code), or a SKU. Scanned text is data: a
// code with control characters is refused, never interpreted.
class ItemLookup
{
    Q_DECLARE_TR_FUNCTIONS(ItemLookup)

public:
    ItemLookup(CatalogRepository &catalog, VariableMeasureLayout layout);

    [[nodiscard]] Result<ItemMatch> find(const QString &input) const;
    // A scan the ScanRouter classified as a product. A GS1 code's (310n) weight is the quantity of an item
    // sold by weight; its (392n) price, like a price label's, is the price of this one piece.
    [[nodiscard]] Result<ItemMatch> find(const ScannedCode &scanned) const;

private:
    Result<ItemMatch> findGtin(const QString &digits) const;
    Result<ItemMatch> findVariableMeasure(const QString &digits) const;

    CatalogRepository &m_catalog;
    VariableMeasureLayout m_layout;
};

} // namespace omnitill
