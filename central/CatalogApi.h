#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// The catalog routes of /v1 (central/openapi.yaml): a collection (products, prices, promotions) as a
// snapshot in pages, and its changes since a version in pages. Both answer the catalog's version; a till
// keeps the version of a snapshot's first page and asks for changes since it from then on.
class CatalogApi
{
    Q_DECLARE_TR_FUNCTIONS(CatalogApi)

public:
    explicit CatalogApi(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse snapshot(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse changes(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
