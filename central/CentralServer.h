#pragma once

#include "AppReceipts.h"
#include "CatalogApi.h"
#include "CentralApi.h"
#include "CouponApi.h"
#include "CustomerProfileApi.h"
#include "GiftCardApi.h"
#include "OrdersApi.h"
#include "ReceiptMails.h"
#include "Result.h"
#include "ShipOrdersApi.h"
#include "StaffRequestsApi.h"

#include <QFuture>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>
#include <functional>

namespace omnitill::central {

class ConnectionPool;

// omnitill-central's HTTP side: the /v1 routes and the customer app page (/app) on Qt HttpServer, over
// HTTPS when a certificate is set (plain HTTP is for loopback only; main() enforces that).
//
// Every handler that touches the database runs on the server's own thread pool and answers through a
// QFuture, each worker thread with its own database connection (ConnectionPool), so one slow query does not
// hold up the other requests. Before a handler runs, the body is checked against maximumBodySize and, on
// every route but enrollment and the customer app page, the terminal's credential is checked: an unknown
// or revoked terminal gets 401 and nothing else. Unknown paths get 404 and known paths with another method
// 405, as JSON errors too.
//
// The server owns no state of its own beyond its routes: several servers on one PostgreSQL database behave
// as one.
class CentralServer : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        QString method; // "GET", "POST"
        QString path;   // as in the OpenAPI file: "/v1/customers/{id}"
    };

    static constexpr qsizetype maximumBodySize = 4 * 1024 * 1024;

    explicit CentralServer(ConnectionPool &pool, QObject *parent = nullptr);
    // Waits for the requests in progress.
    ~CentralServer() override;

    // Serves HTTPS from now on; call before listen().
    void setTls(const QSslConfiguration &configuration);
    [[nodiscard]] Result<quint16> listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] const QList<Route> &routes() const { return m_routes; }

private:
    enum class Access {
        Anyone,   // enrollment (the till has no credential yet) and the customer app page (a secret link)
        Terminal, // everything else
    };
    using Handler = std::function<QHttpServerResponse(CentralApi &, const ApiRequest &)>;

    void addRoute(QHttpServerRequest::Method method, const QString &path, Access access, Handler handler);
    [[nodiscard]] QFuture<QHttpServerResponse> dispatch(const QHttpServerRequest &request, QStringList arguments,
                                                        Access access, const Handler &handler);
    void answerMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder) const;

    ConnectionPool &m_pool;
    CentralApi m_api;
    OrdersApi m_orders;
    CouponApi m_coupons;
    CatalogApi m_catalog;
    CustomerProfileApi m_profiles;
    GiftCardApi m_giftCards;
    ShipOrdersApi m_shipOrders;
    ReceiptMails m_receiptMails;
    StaffRequestsApi m_staffRequests;
    AppReceipts m_appReceipts;
    QThreadPool m_workers; // declared before m_server, so it outlives the server's pending continuations
    QHttpServer m_server;
    QList<Route> m_routes;
};

} // namespace omnitill::central
