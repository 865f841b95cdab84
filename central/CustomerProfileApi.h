#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// The handlers behind the customer profile routes (central/openapi.yaml): the whole profile for the till's
// customer panel, and what a customer states or a member of staff notes at the till. Every field is checked
// for presence and type before the database is touched; a refused request writes nothing.
class CustomerProfileApi
{
    Q_DECLARE_TR_FUNCTIONS(CustomerProfileApi)

public:
    explicit CustomerProfileApi(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse profile(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse setConsents(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse stateSize(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse addWish(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse removeWish(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse addNote(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse resolveNote(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
