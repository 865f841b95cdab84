#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace omnitill::central {

class ConnectionPool;

// The handlers behind the /v1 routes (documented in central/openapi.yaml): each reads its request,
// checks every field's presence and type before touching the database, and answers JSON, or an ApiError.
// A refused request writes nothing. Handlers run on worker threads; the class holds nothing but the pool.
class CentralApi
{
    Q_DECLARE_TR_FUNCTIONS(CentralApi)

public:
    static constexpr int maximumRegulars = 5000;

    explicit CentralApi(ConnectionPool &pool);

    [[nodiscard]] QHttpServerResponse enroll(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse keys(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse ingestSales(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse ingestTillReturns(const ApiRequest &request);
    // A mixed, ordered batch of the terminal's outbox (OutboxBatchIngest).
    [[nodiscard]] QHttpServerResponse ingestOutboxBatch(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse findCustomer(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse customer(const ApiRequest &request);
    // The terminal's store's regulars for its offline cache (?limit=N&days=D).
    [[nodiscard]] QHttpServerResponse regularCustomers(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse customerPoints(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse recordVisit(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse redeemPoints(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse storeCredit(const ApiRequest &request);
    [[nodiscard]] QHttpServerResponse redeemStoreCredit(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
