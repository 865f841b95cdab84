#pragma once

#include "Quantity.h"

#include <QString>
#include <QStringList>

namespace omnitill {

// A catalog entry as the till sells it. Prices are minor units of the store's currency, tax-inclusive
// or tax-exclusive as the store's tax mode says; for weighed items the price is per kilogram.
struct Product
{
    qint64 id = 0;
    QString sku;
    QString nameKo;
    QString nameEn;
    QString category;
    qint64 unitPriceMinor = 0;
    QString taxClass;
    Unit unit = Unit::Each;
    QStringList barcodes;

    // The name in the given language ("ko" or "en"), falling back to the other when one is missing.
    QString name(const QString &language) const
    {
        const QString &preferred = language == QLatin1String("ko") ? nameKo : nameEn;
        return preferred.isEmpty() ? (nameKo.isEmpty() ? nameEn : nameKo) : preferred;
    }
};

} // namespace omnitill
