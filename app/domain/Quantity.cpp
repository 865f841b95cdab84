#include "Quantity.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

Result<Quantity> parseWeight(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{1,6})(?:[.,](\d{1,3}))?\s*(kg|g)?\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return Error{QCoreApplication::translate("Quantity",
                                                 "Type the weight in kilograms, like 0.456 (or in grams, like 456 g)")};
    }
    const bool inGrams = match.captured(3).compare(QLatin1String("g"), Qt::CaseInsensitive) == 0;
    if (inGrams && match.hasCaptured(2))
        return Error{QCoreApplication::translate("Quantity", "Grams are whole: type 456 g or 0.456")};
    qint64 thousandths = match.captured(1).toLongLong() * (inGrams ? 1 : Quantity::scale);
    if (thousandths >= 1000 * Quantity::scale)
        return Error{QCoreApplication::translate("Quantity", "That is more than a till can weigh: check the weight")};
    if (!inGrams && match.hasCaptured(2))
        thousandths += match.captured(2).leftJustified(3, QLatin1Char('0')).toLongLong();
    if (thousandths <= 0)
        return Error{QCoreApplication::translate("Quantity", "The weight must be more than zero")};
    return Quantity{thousandths};
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
