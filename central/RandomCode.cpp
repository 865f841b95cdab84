#include "RandomCode.h"

#include "ShipOrderNumber.h"

#include <QRandomGenerator>
#include <QStringList>

namespace omnitill::central {

QString readableRandomCode(int groups)
{
    QString code;
    for (int group = 0; group < groups; ++group) {
        if (group > 0)
            code.append(u'-');
        for (int i = 0; i < 4; ++i)
            code.append(QLatin1Char(
                readableCodeAlphabet[QRandomGenerator::system()->bounded(int(sizeof readableCodeAlphabet) - 1)]));
    }
    return code;
}

QString normalizedCode(const QString &code)
{
    QString normalized;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            normalized.append(c.toUpper());
    }
    return normalized;
}

QString displayedCode(const QString &normalized)
{
    QStringList groups;
    for (qsizetype at = 0; at < normalized.size(); at += 4)
        groups.append(normalized.mid(at, 4));
    return groups.join(u'-');
}

} // namespace omnitill::central
