#pragma once

#include <QString>

namespace omnitill {

// Korean initial-consonant (초성) search: a cashier types ㅅㄹㅇ to find 새로운 우유 without switching the
// keyboard through every syllable. initialsKey() turns a name into the key such searches match against;
// the catalog stores it per product so a prefix search over a million products is an index range.
namespace hangul {

// The name with every Hangul syllable replaced by its initial consonant (as a compatibility jamo,
// U+3131–U+314E, the characters a Korean keyboard types), other letters lower-cased, spaces dropped:
// "오버핏 코튼 티셔츠 M" → "ㅇㅂㅍㅋㅌㅌㅅㅊm".
[[nodiscard]] QString initialsKey(QStringView name);

// True when the text is made of initial consonants only (spaces allowed): a search in initials,
// not in names.
[[nodiscard]] bool isInitialsQuery(QStringView text);

} // namespace hangul
} // namespace omnitill
