#include "CatalogApi.h"

#include "ApiJson.h"
#include "CatalogStore.h"

#include <QJsonArray>

namespace omnitill::central {

namespace {

Outcome<CatalogCollection> collectionOf(const ApiRequest &request)
{
    const QString code = request.arguments.value(0);
    if (const auto collection = collectionFromCode(code))
        return *collection;
    return ApiError::notFound(
        QStringLiteral("unknown_collection"),
        CatalogApi::tr("There is no catalog collection \"%1\": products, prices or promotions").arg(code));
}

QJsonObject pageJson(CatalogCollection collection, const CatalogPage &page, const char *itemsName, bool bodiesOnly)
{
    QJsonArray items;
    for (const VersionedItem &item : page.items)
        items.append(bodiesOnly ? QJsonValue(*item.body) : QJsonValue(item.toJson()));
    QJsonObject json{{QLatin1String("collection"), collectionCode(collection)},
                     {QLatin1String("version"), page.version},
                     {QLatin1String(itemsName), items}};
    if (!page.next.isEmpty())
        json.insert(QLatin1String("next"), page.next);
    return json;
}

} // namespace

CatalogApi::CatalogApi(ConnectionPool &pool)
    : m_pool(pool)
{
}

QHttpServerResponse CatalogApi::snapshot(const ApiRequest &request)
{
    const auto collection = collectionOf(request);
    if (!collection)
        return collection.error().toResponse();
    const auto limit = wholeParameter(request, QStringLiteral("limit"), 1, CatalogStore::maximumPageSize,
                                      CatalogStore::defaultPageSize);
    if (!limit)
        return limit.error().toResponse();
    return answer(
        CatalogStore(m_pool).snapshot(
            *collection, request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded), int(*limit)),
        [&](const CatalogPage &page) { return pageJson(*collection, page, "items", true); });
}

QHttpServerResponse CatalogApi::changes(const ApiRequest &request)
{
    const auto collection = collectionOf(request);
    if (!collection)
        return collection.error().toResponse();
    const auto since = wholeParameter(request, QStringLiteral("since"), 0, std::numeric_limits<qint64>::max(), {});
    if (!since)
        return since.error().toResponse();
    const auto limit = wholeParameter(request, QStringLiteral("limit"), 1, CatalogStore::maximumPageSize,
                                      CatalogStore::defaultPageSize);
    if (!limit)
        return limit.error().toResponse();
    return answer(CatalogStore(m_pool).changes(
                      *collection, *since, request.query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded),
                      int(*limit)),
                  [&](const CatalogPage &page) {
                      QJsonObject json = pageJson(*collection, page, "changes", false);
                      json.insert(QLatin1String("since"), *since);
                      return json;
                  });
}

} // namespace omnitill::central
