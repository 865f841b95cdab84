#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace omnitill {

// What the value digits of an in-store code measure.
enum class VariableMeasureKind {
    Price, // minor units of the store currency, read as they stand: 04500 is ₩4,500 or $45.00
    Weight // grams
};

// How one range of prefixes lays out its digits. Positions are 0-based indexes into the 13 digits of the
// EAN-13; digit 12 is the EAN check digit, digits 0-1 the prefix. The standard layout, PP IIIII VVVVV C,
// is itemStart 2, itemLength 5, valueStart 7, valueLength 5.
struct VariableMeasureRule
{
    int firstPrefix = 20;
    int lastPrefix = 29;
    VariableMeasureKind kind = VariableMeasureKind::Price;
    int itemStart = 2;
    int itemLength = 5;
    int valueStart = 7;
    int valueLength = 5;
    // Where GS1's price verifier digit sits, if the scale prints one. GS1 defines it for 4- and 5-digit
    // value fields only; it is computed the same way whether the value is a price or a weight.
    std::optional<int> valueCheckPosition;

    friend bool operator==(const VariableMeasureRule &, const VariableMeasureRule &) = default;
};

// What an in-store code says about the item it is stuck on.
struct VariableMeasureCode
{
    // The prefix digits in front of the item field, then the item field: "2012345" for 2012345012509
    // in the standard layout. For showing and logging; the catalog looks up lookupKey.
    QString itemCode;
    // The code itself with the value digits (and the price verifier, if any) set to zero and the EAN
    // check digit recomputed: 2012345000001 for 2012345012509. It is a valid EAN-13 that stays the same
    // whatever the scale printed, so the catalog stores it as the product's barcode like any other.
    QString lookupKey;
    VariableMeasureKind kind = VariableMeasureKind::Price;
    qint64 value = 0; // minor units for Price, grams for Weight
};

// A store's scheme for the restricted-circulation EAN-13 codes (prefixes 20-29) that its scales and
// back office print for items sold by weight or priced individually. GS1 leaves the layout to each
// country and store, so it is a store setting, saved as the compact JSON that toJson() writes.
//
// Invariant: every rule fits inside the 12 digits before the check digit, its fields don't overlap,
// and no prefix is claimed by two rules. Only the factories build layouts, and they check that.
class VariableMeasureLayout
{
public:
    // No rules: every in-store code is refused until the store configures one.
    VariableMeasureLayout() = default;

    // 20-24 carry a price, 25-29 a weight in grams; PP IIIII VVVVV C, no price verifier digit.
    [[nodiscard]] static VariableMeasureLayout standard();
    // Refuses rules that break the invariant, saying which rule and why.
    [[nodiscard]] static Result<VariableMeasureLayout> fromRules(QList<VariableMeasureRule> rules);
    // Reads what toJson() wrote; refuses anything else with a reason (the settings screen shows it).
    [[nodiscard]] static Result<VariableMeasureLayout> fromJson(const QString &json);
    // {"rules":[{"firstPrefix":20,"itemLength":5,...}],"version":1} on one line.
    [[nodiscard]] QString toJson() const;

    [[nodiscard]] const QList<VariableMeasureRule> &rules() const { return m_rules; }

    // Verifies the EAN check digit, then the price verifier digit if the rule has one, then reads the
    // fields. Refuses codes that aren't EAN-13 with prefix 20-29 and prefixes no rule covers.
    [[nodiscard]] Result<VariableMeasureCode> decode(const QString &ean13) const;

    // True for 13 ASCII digits starting with 2, i.e. prefix 20-29: tells the scanner path to decode()
    // rather than look the code up as it stands. Says nothing about the check digit; decode() does.
    [[nodiscard]] static bool isVariableMeasure(const QString &code);

    // GS1 General Specifications 7.9.3 price verifier digit for a 4- or 5-digit value field
    // (2875 -> 9, 14685 -> 6). Returns -1 for any other length or a non-digit.
    [[nodiscard]] static int priceCheckDigit(QStringView valueDigits);

    friend bool operator==(const VariableMeasureLayout &, const VariableMeasureLayout &) = default;

private:
    explicit VariableMeasureLayout(QList<VariableMeasureRule> rules);
    [[nodiscard]] const VariableMeasureRule *ruleForPrefix(int prefix) const;

    QList<VariableMeasureRule> m_rules;
};

} // namespace omnitill
