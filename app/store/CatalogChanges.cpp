#include "CatalogChanges.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "Promotion.h"
#include "PromotionRepository.h"
#include "StoreQuery.h"

#include <QJsonObject>

namespace omnitill {

namespace {

QStringList listOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    QStringList list;
    for (const QJsonValue &entry : value.toArray())
        list.append(entry.toString());
    return list;
}

} // namespace

CatalogChanges::CatalogChanges(const Database &database, CatalogRepository &catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

Result<int> CatalogChanges::apply(const QString &collection, const QJsonArray &changes)
{
    int applied = 0;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString key = change.value(QLatin1String("key")).toString();
        const QJsonObject item = change.value(QLatin1String("item")).toObject();
        Result<void> done =
            change.value(QLatin1String("removed")).toBool() ? remove(collection, key)
            : collection == QLatin1String("products")       ? applyProduct(key, item)
            : collection == QLatin1String("prices")         ? applyPrice(key, item)
            : collection == QLatin1String("promotions")
                ? applyPromotion(key, item)
                : Result<void>(Error{tr("The till keeps no catalog collection \"%1\"").arg(collection)});
        if (!done)
            return Error{tr("%1 %2 from the central store: %3").arg(collection, key, done.error())};
        ++applied;
    }
    return applied;
}

Result<void> CatalogChanges::applyProduct(const QString &sku, const QJsonObject &item)
{
    const auto text = [&](const char *key) { return item.value(QLatin1String(key)).toString(); };
    const std::optional<Product> known = m_catalog.findBySku(sku);
    Product product;
    product.sku = sku;
    product.nameKo = text("nameKo");
    product.nameEn = text("nameEn").isEmpty() && product.nameKo.isEmpty() ? text("name") : text("nameEn");
    product.category = text("category");
    product.unitPriceMinor = item.contains(QLatin1String("price")) ? item.value(QLatin1String("price")).toInteger()
                             : known                               ? known->unitPriceMinor
                                                                   : 0;
    product.taxClass = text("taxClass");
    if (product.taxClass.isEmpty()) {
        const QList<TaxClass> classes = m_catalog.taxClasses();
        product.taxClass = known ? known->taxClass : classes.isEmpty() ? QString() : classes.first().code;
    }
    bool unitKnown = true;
    product.unit = text("unit").isEmpty() ? Unit::Each : unitFromCode(text("unit"), &unitKnown);
    if (!unitKnown)
        return Error{tr("\"%1\" is not a unit the till sells by").arg(text("unit"))};
    product.barcodes = listOf(item.value(QLatin1String("barcodes")));
    auto upserted = m_catalog.upsertProduct(product);
    return upserted ? Result<void>() : Result<void>(Error{upserted.error()});
}

Result<void> CatalogChanges::applyPrice(const QString &sku, const QJsonObject &item)
{
    const QJsonValue price = item.value(QLatin1String("price"));
    if (!price.isDouble() || price.toInteger() < 0)
        return Error{tr("the price is not a whole amount")};
    auto updated = runQuery(m_database, QStringLiteral("UPDATE products SET unit_price_minor = ? WHERE sku = ?"),
                            {price.toInteger(), sku});
    return updated ? Result<void>() : Result<void>(Error{updated.error()});
}

Result<void> CatalogChanges::applyPromotion(const QString &id, const QJsonObject &item)
{
    const auto text = [&](const char *key) { return item.value(QLatin1String(key)).toString(); };
    const auto whole = [&](const char *key) { return item.value(QLatin1String(key)).toInteger(); };
    const auto kind = Promotion::kindFromCode(text("kind"));
    if (!kind)
        return Error{tr("\"%1\" is not a kind of promotion").arg(text("kind"))};
    Promotion promotion;
    promotion.id = id;
    promotion.nameKo = text("nameKo");
    promotion.nameEn = text("nameEn");
    promotion.kind = *kind;
    promotion.targets = {listOf(item.value(QLatin1String("skus"))), listOf(item.value(QLatin1String("categories")))};
    promotion.buyQuantity = int(whole("buy"));
    promotion.getQuantity = int(whole("get"));
    promotion.value = whole("value");
    promotion.thresholdMinor = whole("threshold");
    promotion.memberOnly = item.value(QLatin1String("memberOnly")).toBool();
    promotion.window = {QDate::fromString(text("firstDay"), Qt::ISODate),
                        QDate::fromString(text("lastDay"), Qt::ISODate), int(whole("weekdays")),
                        QTime::fromString(text("dailyStart"), QStringLiteral("HH:mm")),
                        QTime::fromString(text("dailyEnd"), QStringLiteral("HH:mm"))};
    return PromotionRepository(m_database).put(promotion, item.value(QLatin1String("enabled")).toBool(true));
}

Result<void> CatalogChanges::remove(const QString &collection, const QString &key)
{
    if (collection == QLatin1String("prices"))
        return {};
    const QString sql = collection == QLatin1String("products") ? QStringLiteral("DELETE FROM products WHERE sku = ?")
                                                                : QStringLiteral("DELETE FROM promotions WHERE id = ?");
    auto removed = runQuery(m_database, sql, {key});
    return removed ? Result<void>() : Result<void>(Error{removed.error()});
}

} // namespace omnitill
