#pragma once

#include "Result.h"
#include "ScanPayload.h"
#include "VariableMeasure.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace omnitill {

// What one scan is, as far as the till is concerned, and what it carries.
struct ScannedCode
{
    enum class Kind {
        Product,         // a GTIN to look up: code holds 8, 12, 13 or 14 digits (UPC-E expanded to UPC-A)
        VariableMeasure, // an in-store EAN-13 with a price or weight: code holds the 13 digits, measure the value
        Gs1Product,      // GS1 element string or Digital Link: code in brackets ("(01)…(10)…"), gtin, and lot,
                         // serial, expiry, weight, price if given
        Customer,        // the till's own QR codes: code holds the whole payload for the handler to verify
        Coupon,
        Order,
        Receipt,
    };
    Kind kind = Kind::Product;
    QString code;
    QString symbologyId;
    std::optional<VariableMeasureCode> measure;
    // Gs1Product
    QString gtin; // 14 digits
    QString lot;
    QString serial;
    std::optional<QDate> expiry;
    std::optional<qint64> netWeightGrams;
    std::optional<qint64> priceMinor; // in the store currency's minor units
};

// Tells what a scanned payload is, from any reader: a product GTIN (EAN-8, UPC-A, EAN-13, GTIN-14,
// UPC-E when the AIM id says so), an in-store variable-measure EAN-13 read with the store's layout, GS1
// element strings and Digital Link URIs, or one of the till's own QR codes (TillQrPrefix), which go to
// their handlers unverified. Everything else is refused with a reason a cashier can read.
//
// Scanned data is data. A payload with any control character other than GS (the GS1 separator), or
// longer than maximumLength, is refused before anything else looks at it; the router only ever
// returns values, so no scan can become a shortcut, a dialog or a command.
class ScanRouter
{
    Q_DECLARE_TR_FUNCTIONS(ScanRouter)

public:
    // Longer than any code the till issues (a customer token is about 250 characters) or reads.
    static constexpr qsizetype maximumLength = 512;

    ScanRouter(VariableMeasureLayout layout, int currencyExponent);

    [[nodiscard]] Result<ScannedCode> route(const ScanPayload &payload) const;
    // Magnetic card tracks (a reader attached as a scanner device rather than the in-app keyboard wedge,
    // which reads swipes itself): refused unread and unquoted, since they may be a payment card's.
    [[nodiscard]] static bool isCardSwipe(const QString &data);
    // Which of the till's own QR codes (TillQrPrefix) the data is, if any.
    [[nodiscard]] static std::optional<ScannedCode::Kind> tillQrKind(const QString &data);

private:
    Result<ScannedCode> routeDigits(const ScanPayload &payload) const;
    Result<ScannedCode> routeGs1(const ScanPayload &payload) const;

    VariableMeasureLayout m_layout;
    int m_currencyExponent;
};

} // namespace omnitill
