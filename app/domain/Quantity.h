#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

namespace omnitill {

// How a product is counted: in pieces, or by weight.
enum class Unit { Each, Kilogram };

// A quantity in thousandths of its unit, so weights (0.345 kg) need no floating point.
// Pieces are whole: 3 pieces are 3000 thousandths.
struct Quantity
{
    static constexpr qint64 scale = 1000;
    qint64 thousandths = scale;

    static constexpr Quantity pieces(qint64 count) { return {count * scale}; }
    static constexpr Quantity grams(qint64 grams) { return {grams}; }
    bool isWhole() const { return thousandths % scale == 0; }
    // "3", "0.345": for receipts and the journal.
    QString toString() const;

    friend bool operator==(Quantity, Quantity) = default;
    friend auto operator<=>(Quantity, Quantity) = default;
};

// A weight as a cashier types it from the scale's display: "0.456", "0,456", "1.2 kg" or "456 g". At most
// three decimals (grams), more than zero and below 1,000 kg; anything else is refused with the reason.
[[nodiscard]] Result<Quantity> parseWeight(const QString &text);

QString unitCode(Unit unit);
Unit unitFromCode(const QString &code, bool *ok = nullptr);

} // namespace omnitill
