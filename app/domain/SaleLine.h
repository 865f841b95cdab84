#pragma once

#include "SaleEvent.h"

#include <optional>

namespace omnitill {

// A line of a sale as the events left it.
struct SaleLine
{
    int id = 0;
    Product product;
    Quantity quantity;
    QString scannedCode;
    qint64 unitPriceMinor = 0; // the product's price, or the overridden one
    QString overrideReason;    // empty unless the price was overridden
    std::optional<Discount> discount;
    QString note;
    bool voided = false;

    bool priceOverridden() const { return unitPriceMinor != product.unitPriceMinor; }
};

struct Tender
{
    int id = 0;
    TenderMethod method = TenderMethod::Cash;
    qint64 amountMinor = 0; // as handed over; cash may exceed what is due, the rest is change
    QString reference;
    bool offline = false; // see saleevent::Tendered
};

} // namespace omnitill
