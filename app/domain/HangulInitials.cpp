#include "HangulInitials.h"

namespace omnitill::hangul {

namespace {
constexpr char16_t firstSyllable = 0xAC00;
constexpr char16_t lastSyllable = 0xD7A3;
constexpr int syllablesPerInitial = 21 * 28; // medial vowels × finals

// The 19 initial consonants of Unicode's syllable order, as the compatibility jamo a keyboard types.
constexpr char16_t initialJamo[19] = {u'ㄱ', u'ㄲ', u'ㄴ', u'ㄷ', u'ㄸ', u'ㄹ', u'ㅁ', u'ㅂ', u'ㅃ', u'ㅅ',
                                      u'ㅆ', u'ㅇ', u'ㅈ', u'ㅉ', u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};

bool isConsonantJamo(QChar c)
{
    return c.unicode() >= u'ㄱ' && c.unicode() <= u'ㅎ';
}
} // namespace

QString initialsKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace())
            continue;
        if (c.unicode() >= firstSyllable && c.unicode() <= lastSyllable)
            key += QChar(initialJamo[(c.unicode() - firstSyllable) / syllablesPerInitial]);
        else
            key += c.toLower();
    }
    return key;
}

bool isInitialsQuery(QStringView text)
{
    bool any = false;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (!isConsonantJamo(c))
            return false;
        any = true;
    }
    return any;
}

} // namespace omnitill::hangul
