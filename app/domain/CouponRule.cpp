#include "CouponRule.h"

#include "Currency.h"
#include "SaleEvent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <array>

namespace omnitill {

namespace {
struct KindCode
{
    CouponRule::Kind kind;
    const char *code;
};
constexpr std::array kindCodes{
    KindCode{CouponRule::Kind::Percent, "percent"},
    KindCode{CouponRule::Kind::Amount, "amount"},
    KindCode{CouponRule::Kind::BuyGet, "buyGet"},
    KindCode{CouponRule::Kind::FreeItem, "freeItem"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("omnitill::CouponRule", text);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A list of strings, or an error naming the field.
Result<QStringList> stringsOf(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QStringList{};
    if (!value.isArray())
        return Error{tr("The field \"%1\" must be a list of strings").arg(QLatin1String(key))};
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return Error{tr("The field \"%1\" must be a list of strings").arg(QLatin1String(key))};
        strings.append(item.toString());
    }
    return strings;
}

// A whole number, or an error naming the field; absent is zero.
Result<qint64> wholeOf(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return qint64(0);
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        return Error{tr("The field \"%1\" must be a whole number").arg(QLatin1String(key))};
    return value.toInteger();
}

Result<QString> stringOf(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return Error{tr("The field \"%1\" must be a string").arg(QLatin1String(key))};
    return value.toString();
}
} // namespace

QString CouponRule::kindCode(Kind kind)
{
    for (const KindCode &known : kindCodes) {
        if (known.kind == kind)
            return QLatin1String(known.code);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CouponRule::Kind> CouponRule::kindFromCode(const QString &code)
{
    for (const KindCode &known : kindCodes) {
        if (code == QLatin1String(known.code))
            return known.kind;
    }
    return std::nullopt;
}

Result<void> CouponRule::validate() const
{
    if (value <= 0)
        return Error{tr("The coupon gives nothing")};
    if ((kind == Kind::Percent || kind == Kind::BuyGet) && value > 100)
        return Error{tr("A coupon cannot take off more than 100%")};
    if ((kind == Kind::Amount || minimumSpendMinor > 0) && !Currency::fromCode(currency))
        return Error{tr("An amount needs a known currency, not \"%1\"").arg(currency)};
    if (minimumSpendMinor < 0)
        return Error{tr("A minimum spend cannot be negative")};
    if (kind == Kind::BuyGet && (buyQuantity < 1 || getQuantity < 1 || buyQuantity + getQuantity > 100))
        return Error{tr("Buy and get quantities must be between 1 and 99")};
    if (kind == Kind::FreeItem && (freeSku.isEmpty() || value > 99))
        return Error{tr("A free-item voucher names one product and gives 1 to 99 of it")};
    return {};
}

QJsonObject CouponRule::toJson() const
{
    QJsonObject json{{QLatin1String("kind"), kindCode(kind)}, {QLatin1String("value"), value}};
    if (!currency.isEmpty())
        json.insert(QLatin1String("currency"), currency);
    if (kind == Kind::BuyGet) {
        json.insert(QLatin1String("buy"), buyQuantity);
        json.insert(QLatin1String("get"), getQuantity);
    }
    if (kind == Kind::FreeItem)
        json.insert(QLatin1String("freeSku"), freeSku);
    if (minimumSpendMinor > 0)
        json.insert(QLatin1String("minimumSpend"), minimumSpendMinor);
    if (!scope.skus.isEmpty())
        json.insert(QLatin1String("skus"), toArray(scope.skus));
    if (!scope.categories.isEmpty())
        json.insert(QLatin1String("categories"), toArray(scope.categories));
    if (!stackingGroup.isEmpty())
        json.insert(QLatin1String("stackingGroup"), stackingGroup);
    return json;
}

Result<CouponRule> CouponRule::fromJson(const QJsonObject &json)
{
    CouponRule rule;
    const auto kind = kindFromCode(json.value(QLatin1String("kind")).toString());
    if (!kind) {
        return Error{tr("A coupon is percent, amount, buyGet or freeItem, not \"%1\"")
                         .arg(json.value(QLatin1String("kind")).toVariant().toString())};
    }
    rule.kind = *kind;
    const auto value = wholeOf(json, "value");
    const auto buy = wholeOf(json, "buy");
    const auto get = wholeOf(json, "get");
    const auto minimum = wholeOf(json, "minimumSpend");
    const auto currency = stringOf(json, "currency");
    const auto freeSku = stringOf(json, "freeSku");
    const auto group = stringOf(json, "stackingGroup");
    const auto skus = stringsOf(json, "skus");
    const auto categories = stringsOf(json, "categories");
    for (const auto *number : {&value, &buy, &get, &minimum}) {
        if (!*number)
            return Error{number->error()};
    }
    for (const auto *text : {&currency, &freeSku, &group}) {
        if (!*text)
            return Error{text->error()};
    }
    for (const auto *list : {&skus, &categories}) {
        if (!*list)
            return Error{list->error()};
    }
    if (*buy > 100 || *get > 100)
        return Error{tr("Buy and get quantities must be between 1 and 99")};
    rule.value = *value;
    rule.buyQuantity = int(*buy);
    rule.getQuantity = int(*get);
    rule.minimumSpendMinor = *minimum;
    rule.currency = *currency;
    rule.freeSku = *freeSku;
    rule.stackingGroup = *group;
    rule.scope = {*skus, *categories};
    if (auto valid = rule.validate(); !valid)
        return Error{valid.error()};
    return rule;
}

Promotion CouponRule::toPromotion(const QString &couponId) const
{
    Q_ASSERT(kind != Kind::FreeItem);
    Promotion promotion;
    promotion.id = couponId;
    promotion.nameKo = QStringLiteral("쿠폰");
    promotion.nameEn = QStringLiteral("Coupon");
    promotion.targets = scope;
    switch (kind) {
    case Kind::Percent:
        promotion.kind = Promotion::Kind::BasketPercentOff;
        promotion.value = value * Discount::basisPointsPerWhole / 100;
        break;
    case Kind::Amount:
        promotion.kind = Promotion::Kind::BasketAmountOff;
        promotion.value = value;
        break;
    case Kind::BuyGet:
        promotion.kind = Promotion::Kind::BuyGet;
        promotion.buyQuantity = buyQuantity;
        promotion.getQuantity = getQuantity;
        promotion.value = value * Discount::basisPointsPerWhole / 100;
        break;
    case Kind::FreeItem:
        break;
    }
    return promotion;
}

} // namespace omnitill
