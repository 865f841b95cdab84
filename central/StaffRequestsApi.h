#pragma once

#include "ApiRequest.h"

#include <QCoreApplication>
#include <QHttpServerResponse>

namespace omnitill::central {

class ConnectionPool;

// The kiosks' calls for staff (central/openapi.yaml, /v1/staff-requests): a kiosk raises one by its UUID and
// follows it; the cashier tills and the back office of the same store list the open ones and resolve them;
// whoever resolves first wins (StaffRequests). A resolution names the request in its body, so that a kiosk's
// resolution waits in its outbox behind the raise like any other task.
class StaffRequestsApi
{
    Q_DECLARE_TR_FUNCTIONS(StaffRequestsApi)

public:
    explicit StaffRequestsApi(ConnectionPool &pool);

    // POST /v1/staff-requests: 201 with the request, 200 when it was raised before.
    [[nodiscard]] QHttpServerResponse raise(const ApiRequest &request);
    // GET /v1/staff-requests[?resolvedSince=ISO 8601]
    [[nodiscard]] QHttpServerResponse list(const ApiRequest &request);
    // GET /v1/staff-requests/{request}
    [[nodiscard]] QHttpServerResponse find(const ApiRequest &request);
    // POST /v1/staff-requests/resolve
    [[nodiscard]] QHttpServerResponse resolve(const ApiRequest &request);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
