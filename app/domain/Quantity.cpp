#include "Quantity.h"

namespace omnitill {

QString Quantity::toString() const
{
    const qint64 whole = thousandths / scale;
    const qint64 fraction = qAbs(thousandths % scale);
    if (fraction == 0)
        return QString::number(whole);
    QString text = QStringLiteral("%1.%2").arg(whole).arg(fraction, 3, 10, QLatin1Char('0'));
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (thousandths < 0 && whole == 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString unitCode(Unit unit)
{
    return unit == Unit::Kilogram ? QStringLiteral("kg") : QStringLiteral("each");
}

Unit unitFromCode(const QString &code, bool *ok)
{
    const bool known = code == QLatin1String("kg") || code == QLatin1String("each");
    if (ok)
        *ok = known;
    return code == QLatin1String("kg") ? Unit::Kilogram : Unit::Each;
}

} // namespace omnitill
