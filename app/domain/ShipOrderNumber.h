#pragma once

#include <QString>
#include <QUuid>

namespace omnitill {

// The 32 characters of codes people read aloud and type: no 0/O and no 1/I.
inline constexpr char readableCodeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

// The number of the online order a till creates for a line of its sale shipped to the customer's home
// ("OL-K7QM-2XWD", as every online order's): derived from the sale's UUID and the line's id, so the till
// prints it on the receipt before the central store has the order (it may be out of reach), and the central
// store, deriving the same from the same two, creates that one order however often it is asked. 40 bits of
// SHA-256: two lines collide about once in a million million.
[[nodiscard]] QString shipOrderNumber(const QUuid &saleId, int lineId);

} // namespace omnitill
