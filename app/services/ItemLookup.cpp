#include "ItemLookup.h"

#include "CatalogRepository.h"
#include "Gtin.h"

#include <QLocale>

namespace omnitill {

namespace {
// The product as the cashier knows it: its name in the screen's language (QLocale's default follows the
// language switch).
QString shownName(const Product &product)
{
    return product.name(QLocale().name().left(2));
}

bool isDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

ItemLookup::ItemLookup(CatalogRepository &catalog, VariableMeasureLayout layout)
    : m_catalog(catalog)
    , m_layout(std::move(layout))
{
}

Result<ItemMatch> ItemLookup::find(const QString &input) const
{
    const QString code = input.trimmed();
    if (code.isEmpty())
        return Error{tr("Nothing was scanned")};
    if (std::any_of(code.cbegin(), code.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Error{tr("The code contains control characters and was ignored")};
    if (isDigits(code) && (code.size() == 8 || code.size() == 12 || code.size() == 13 || code.size() == 14)) {
        if (code.size() == 13 && VariableMeasureLayout::isVariableMeasure(code))
            return findVariableMeasure(code);
        return findGtin(code);
    }
    if (auto product = m_catalog.findBySku(code.toUpper()))
        return ItemMatch{*product, Quantity::pieces(1), code};
    if (isDigits(code))
        return Error{tr("%1 is not a barcode: it has %2 digits").arg(code).arg(code.size())};
    return Error{tr("No product with code %1").arg(code)};
}

Result<ItemMatch> ItemLookup::find(const ScannedCode &scanned) const
{
    switch (scanned.kind) {
    case ScannedCode::Kind::Product:
        return findGtin(scanned.code);
    case ScannedCode::Kind::VariableMeasure:
        return findVariableMeasure(scanned.code);
    case ScannedCode::Kind::Gs1Product:
        break;
    default:
        return Error{tr("That code is not a product")};
    }
    auto product = m_catalog.findByBarcode(scanned.gtin);
    if (!product)
        return Error{tr("No product with barcode %1").arg(scanned.gtin)};
    if (scanned.priceMinor) {
        product->unitPriceMinor = *scanned.priceMinor;
        product->unit = Unit::Each;
        return ItemMatch{*product, Quantity::pieces(1), scanned.code};
    }
    if (product->unit == Unit::Kilogram) {
        if (!scanned.netWeightGrams || *scanned.netWeightGrams <= 0)
            return Error{tr("%1 is sold by weight: weigh it and scan the scale label").arg(shownName(*product))};
        return ItemMatch{*product, Quantity::grams(*scanned.netWeightGrams), scanned.code};
    }
    return ItemMatch{*product, Quantity::pieces(1), scanned.code};
}

Result<ItemMatch> ItemLookup::findGtin(const QString &digits) const
{
    const auto gtin = Gtin::parse(digits);
    if (!gtin)
        return Error{gtin.error()};
    // The catalog matches GTIN-14s, so a UPC-A scanned as 12 or 13 digits finds the same product.
    if (auto product = m_catalog.findByBarcode(digits)) {
        if (product->unit == Unit::Kilogram)
            return Error{tr("%1 is sold by weight: weigh it and scan the scale label").arg(shownName(*product))};
        return ItemMatch{*product, Quantity::pieces(1), digits};
    }
    return Error{tr("No product with barcode %1").arg(digits)};
}

Result<ItemMatch> ItemLookup::findVariableMeasure(const QString &digits) const
{
    const auto label = m_layout.decode(digits);
    if (!label)
        return Error{label.error()};
    auto product = m_catalog.findByBarcode(label->lookupKey);
    if (!product)
        return Error{tr("No product for scale label %1 (item %2)").arg(digits, label->itemCode)};
    if (label->kind == VariableMeasureKind::Weight) {
        if (product->unit != Unit::Kilogram)
            return Error{tr("The label of %1 carries a weight, but it is not sold by weight").arg(shownName(*product))};
        if (label->value <= 0)
            return Error{tr("The scale label shows no weight")};
        return ItemMatch{*product, Quantity::grams(label->value), digits};
    }
    product->unitPriceMinor = label->value;
    product->unit = Unit::Each;
    return ItemMatch{*product, Quantity::pieces(1), digits};
}

} // namespace omnitill
