#include "StoredValue.h"

namespace omnitill {

QString StoredValueReference::toString() const
{
    return holder + u' ' + redemption.toString(QUuid::WithoutBraces);
}

std::optional<StoredValueReference> StoredValueReference::parse(TenderMethod method, const QString &reference)
{
    if (!isStoredValue(method))
        return std::nullopt;
    const qsizetype space = reference.lastIndexOf(u' ');
    const QUuid redemption = QUuid::fromString(QStringView(reference).mid(space + 1));
    if (space <= 0 || redemption.isNull())
        return std::nullopt;
    return StoredValueReference{method, redemption, reference.left(space)};
}

bool StoredValueReference::isStoredValue(TenderMethod method)
{
    return method == TenderMethod::GiftCard || method == TenderMethod::StoreCredit || method == TenderMethod::Points;
}

QString StoredValueReference::giftCardDigits(const QString &typed)
{
    QString digits;
    for (const QChar c : typed.trimmed()) {
        if (c.isDigit())
            digits += c;
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits.size() >= 12 && digits.size() <= 19 ? digits : QString();
}

QString StoredValueReference::maskedCard(const QString &number)
{
    return QStringLiteral("••••") + number.right(4);
}

} // namespace omnitill
