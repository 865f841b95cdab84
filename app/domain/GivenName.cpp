#include "GivenName.h"

#include <QStringList>
#include <algorithm>

namespace omnitill {

namespace {
bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}
} // namespace

QString givenName(const QString &fullName)
{
    const QString name = fullName.simplified();
    const auto allHangul = [](const QString &text) {
        return std::all_of(text.cbegin(), text.cend(), isHangulSyllable);
    };
    if (name.contains(u' ')) {
        // Korean writes the family name first ("김 민지"), Western names last ("Jane Doe").
        const QString first = name.section(u' ', 0, 0);
        return allHangul(first) ? name.section(u' ', 1) : first;
    }
    const bool korean = allHangul(name);
    if (korean && name.size() >= 3 && name.size() <= 4)
        return name.mid(1);
    return name;
}

} // namespace omnitill
