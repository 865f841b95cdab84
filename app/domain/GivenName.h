#pragma once

#include <QString>

namespace omnitill {

// The part of a customer's name a display may greet them by, without the family name: "김민지" → "민지"
// (a Korean name of two to four Hangul syllables written without a space starts with a one-syllable family
// name; the rare two-syllable ones such as 남궁 lose one syllable too many and still read as a name),
// "김 민지" → "민지", "Jane Doe" → "Jane", "민지" → "민지". An empty name stays empty.
[[nodiscard]] QString givenName(const QString &fullName);

} // namespace omnitill
