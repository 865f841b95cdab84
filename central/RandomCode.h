#pragma once

#include <QString>

namespace omnitill::central {

// A random code that people read aloud and type: groups of four from 32 characters without 0/O and 1/I,
// joined by '-' ("K7QM-2XWD-9HTR"); 5 bits of the system's CSPRNG per character.
[[nodiscard]] QString readableRandomCode(int groups);
// The code as stored and compared: upper case, letters and digits only, so "k7qm 2xwd-9htr" matches.
[[nodiscard]] QString normalizedCode(const QString &code);
// A stored code as people read it again: "K7QM2XWD9HTR" -> "K7QM-2XWD-9HTR".
[[nodiscard]] QString displayedCode(const QString &normalized);

} // namespace omnitill::central
