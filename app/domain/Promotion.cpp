#include "Promotion.h"

#include "SaleEvent.h"

#include <QCoreApplication>
#include <array>

namespace omnitill {

namespace {
struct KindCode
{
    Promotion::Kind kind;
    const char *code;
};
constexpr std::array kindCodes{
    KindCode{Promotion::Kind::BuyGet, "buyGet"},
    KindCode{Promotion::Kind::PercentOff, "percentOff"},
    KindCode{Promotion::Kind::AmountOff, "amountOff"},
    KindCode{Promotion::Kind::FixedPrice, "fixedPrice"},
    KindCode{Promotion::Kind::BasketAmountOff, "basketAmountOff"},
    KindCode{Promotion::Kind::BasketPercentOff, "basketPercentOff"},
};

Error invalid(const QString &id, const char *reason)
{
    return Error{QCoreApplication::translate("Promotion", "Promotion %1: %2")
                     .arg(id, QCoreApplication::translate("Promotion", reason))};
}
} // namespace

QString Promotion::kindCode(Kind kind)
{
    for (const KindCode &known : kindCodes) {
        if (known.kind == kind)
            return QLatin1String(known.code);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Promotion::Kind> Promotion::kindFromCode(const QString &code)
{
    for (const KindCode &known : kindCodes) {
        if (code == QLatin1String(known.code))
            return known.kind;
    }
    return std::nullopt;
}

Result<void> Promotion::validate() const
{
    if (id.trimmed().isEmpty())
        return invalid(id, QT_TRANSLATE_NOOP("Promotion", "a promotion needs an id"));
    if (nameKo.isEmpty() && nameEn.isEmpty())
        return invalid(id, QT_TRANSLATE_NOOP("Promotion", "a promotion needs a name"));
    if (!window.isValid())
        return invalid(id, QT_TRANSLATE_NOOP("Promotion", "the promotion ends before it starts"));
    if (value < 0 || thresholdMinor < 0)
        return invalid(id, QT_TRANSLATE_NOOP("Promotion", "amounts cannot be negative"));
    const bool percent = kind == Kind::BuyGet || kind == Kind::PercentOff || kind == Kind::BasketPercentOff;
    if (percent && value > Discount::basisPointsPerWhole)
        return invalid(id, QT_TRANSLATE_NOOP("Promotion", "a promotion cannot take off more than 100%"));
    if (kind == Kind::BuyGet && (buyQuantity < 1 || getQuantity < 1 || buyQuantity + getQuantity > 100))
        return invalid(id, QT_TRANSLATE_NOOP("Promotion", "buy and get quantities must be between 1 and 99"));
    if (kind != Kind::FixedPrice && value == 0)
        return invalid(id, QT_TRANSLATE_NOOP("Promotion", "the promotion gives nothing"));
    return {};
}

} // namespace omnitill
