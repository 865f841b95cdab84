#pragma once

#include "Product.h"
#include "StoreProfile.h"

// Store profiles and products the domain tests share: a Korean store (KRW, VAT included, cash rounded
// to 10 won) and a US store (USD, sales tax added at the till).
namespace testprofiles {

inline omnitill::StoreProfile korean()
{
    omnitill::StoreProfile profile(omnitill::Currency::fromCode(QStringLiteral("KRW")).value());
    profile.terminalId = QStringLiteral("T1");
    profile.taxMode = omnitill::TaxMode::Inclusive;
    profile.cashRoundingIncrement = 10;
    profile.taxClasses = {{QStringLiteral("VAT10"), QStringLiteral("VAT 10%"), 100'000},
                          {QStringLiteral("EXEMPT"), QStringLiteral("Exempt"), 0}};
    return profile;
}

inline omnitill::StoreProfile american()
{
    omnitill::StoreProfile profile(omnitill::Currency::fromCode(QStringLiteral("USD")).value());
    profile.terminalId = QStringLiteral("T1");
    profile.language = QStringLiteral("en");
    profile.localeName = QStringLiteral("en_US");
    profile.taxMode = omnitill::TaxMode::Exclusive;
    profile.taxClasses = {{QStringLiteral("STD"), QStringLiteral("Sales tax"), 88'750},
                          {QStringLiteral("GROCERY"), QStringLiteral("Grocery"), 0}};
    return profile;
}

inline omnitill::Product product(const QString &sku, qint64 price, const QString &taxClass = QStringLiteral("VAT10"),
                                 omnitill::Unit unit = omnitill::Unit::Each)
{
    omnitill::Product product;
    product.sku = sku;
    product.nameKo = sku;
    product.nameEn = sku;
    product.unitPriceMinor = price;
    product.taxClass = taxClass;
    product.unit = unit;
    return product;
}

} // namespace testprofiles
