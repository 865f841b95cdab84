#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace omnitill {

// A Global Trade Item Number whose check digit has been verified: GTIN-8 (EAN-8), GTIN-12 (UPC-A),
// GTIN-13 (EAN-13) or GTIN-14. A Gtin exists only through parse(), so holding one means the digits are
// ASCII, the length is one of the four and the check digit is right.
//
// The catalog looks products up by gtin14(): the same trade item printed as UPC-A 036000291452 and as
// EAN-13 0036000291452 is one product, and zero padding to 14 digits makes both the same key.
//
// UPC-E is not accepted by parse(): its 8 digits are indistinguishable from an EAN-8, so only the
// scanner, which knows the symbology it read, can say which one it is. It calls expandUpcE() for UPC-E.
class Gtin
{
public:
    // Accepts 8, 12, 13 or 14 digits with a correct check digit; surrounding whitespace (a scanner's
    // CR/LF, a stray space when typed) is ignored. The error says what is wrong with the text.
    [[nodiscard]] static Result<Gtin> parse(const QString &text);

    // The GS1 mod-10 check digit for the digits before it (weights 3, 1, 3, ... from the right).
    // Returns -1 if any character is not an ASCII digit 0-9.
    [[nodiscard]] static int checkDigit(QStringView digitsWithoutCheck);

    // Expands an 8-digit UPC-E (number system 0 or 1, six data digits, check digit) to the 12-digit
    // UPC-A it abbreviates, verifying the check digit, which UPC-E shares with its UPC-A.
    [[nodiscard]] static Result<QString> expandUpcE(const QString &upcE);

    // The digits as scanned or typed, check digit included: 8, 12, 13 or 14 of them.
    [[nodiscard]] QString digits() const { return m_digits; }
    // The digits zero padded on the left to 14: the key the catalog stores and looks up.
    [[nodiscard]] QString gtin14() const;
    [[nodiscard]] int length() const { return int(m_digits.size()); }

    // Equal when they identify the same trade item, i.e. have the same GTIN-14, even if one was
    // written with fewer digits.
    friend bool operator==(const Gtin &a, const Gtin &b) { return a.gtin14() == b.gtin14(); }

private:
    explicit Gtin(QString digits);

    QString m_digits;
};

} // namespace omnitill
